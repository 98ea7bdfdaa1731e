// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

namespace OpsDeck::Pipelines {
/** The pipelines translation context: the demo's messages reach users in the console's problems. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Pipelines)
};
} // namespace OpsDeck::Pipelines
