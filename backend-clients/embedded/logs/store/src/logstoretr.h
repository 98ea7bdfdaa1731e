// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

namespace OpsDeck::Logs {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LogStore)
};
} // namespace OpsDeck::Logs
