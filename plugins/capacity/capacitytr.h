// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

namespace OpsDeck::Capacity::Internal {
// One translation context for the whole plugin survives class renames.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Capacity)
};
} // namespace OpsDeck::Capacity::Internal
