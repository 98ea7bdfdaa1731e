// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

namespace OpsDeck::Remote {
/** The remote clients' translation context: their errors reach users in panels and the status bar. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Remote)
};
} // namespace OpsDeck::Remote
