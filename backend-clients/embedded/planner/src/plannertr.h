// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

namespace OpsDeck::Planner {
/** The planner's translation context: its errors, labels and findings reach users in the
 *  Capacity panel and in opsctl capacity. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Planner)
};
} // namespace OpsDeck::Planner
