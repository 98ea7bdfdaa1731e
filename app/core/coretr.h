// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

namespace OpsDeck::Core {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Core)
};
} // namespace OpsDeck::Core
