// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

namespace OpsDeck::Pipelines {
/** The engine's translation context: its messages reach users in job logs and errors. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Pipelines)
};
} // namespace OpsDeck::Pipelines
