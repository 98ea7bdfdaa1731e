// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace OpsDeck::Core {

/**
 * Fuzzy matching for the command palette, in the spirit of editors' "go to
 * anything": the query's characters must appear in order (case-insensitive);
 * matches at word starts and runs of consecutive characters score higher,
 * gaps and a late first match score lower.
 */
struct FuzzyMatch
{
    int score = 0;
    QList<int> positions; ///< indexes into the text, for highlighting
};

/** Matches \a query against \a text; std::nullopt when it does not match. */
std::optional<FuzzyMatch> fuzzyMatch(QStringView query, QStringView text);

} // namespace OpsDeck::Core
