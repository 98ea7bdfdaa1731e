// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "fuzzymatcher.h"

#include <QVarLengthArray>

#include <limits>

namespace OpsDeck::Core {

namespace {

constexpr int kMatch = 16;
constexpr int kWordStart = 24;       // "rp" → "Re-run Pipeline"
constexpr int kConsecutive = 20;     // "pipe" → "pipeline"
constexpr int kFirstCharacter = 16;  // the text starts with the query
constexpr int kGap = 2;              // per skipped character
constexpr int kMaxLeadingPenalty = 12;
constexpr int kNone = std::numeric_limits<int>::min() / 2;

bool isWordStart(QStringView text, qsizetype i)
{
    if (i == 0)
        return true;
    const QChar prev = text.at(i - 1);
    const QChar cur = text.at(i);
    if (!prev.isLetterOrNumber())
        return cur.isLetterOrNumber();
    return prev.isLower() && cur.isUpper(); // camelCase
}

} // namespace

std::optional<FuzzyMatch> fuzzyMatch(QStringView query, QStringView text)
{
    // Spaces in the query only separate words; they need not match.
    QVarLengthArray<QChar, 64> q;
    for (QChar c : query) {
        if (!c.isSpace())
            q.append(c.toCaseFolded());
    }
    if (q.isEmpty())
        return FuzzyMatch{};
    const qsizetype n = q.size();
    const qsizetype m = text.size();
    if (n > m)
        return std::nullopt;

    QVarLengthArray<QChar, 128> t(m);
    for (qsizetype j = 0; j < m; ++j)
        t[j] = text.at(j).toCaseFolded();

    // Dynamic programming over (query index, text index): best[i][j] is the
    // best score with q[i] matched at t[j]. O(n*m), fine for palette-sized
    // strings, and it finds the best alignment, not just the first one.
    std::vector<int> best(size_t(n * m), kNone);
    std::vector<int> from(size_t(n * m), -1);
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i; j < m; ++j) {
            if (t[j] != q[i])
                continue;
            const int bonus = kMatch + (isWordStart(text, j) ? kWordStart : 0);
            if (i == 0) {
                const int lead = int(std::min<qsizetype>(j, kMaxLeadingPenalty));
                best[size_t(j)] = bonus - lead + (j == 0 ? kFirstCharacter : 0);
                continue;
            }
            int bestPrev = kNone;
            int bestK = -1;
            for (qsizetype k = i - 1; k < j; ++k) {
                const int prev = best[size_t((i - 1) * m + k)];
                if (prev == kNone)
                    continue;
                const int gap = int(j - k - 1);
                const int s = prev + (gap == 0 ? kConsecutive : -kGap * std::min(gap, 10));
                if (s > bestPrev) {
                    bestPrev = s;
                    bestK = int(k);
                }
            }
            if (bestK >= 0) {
                best[size_t(i * m + j)] = bestPrev + bonus;
                from[size_t(i * m + j)] = bestK;
            }
        }
    }
    int bestScore = kNone;
    int bestEnd = -1;
    for (qsizetype j = n - 1; j < m; ++j) {
        const int s = best[size_t((n - 1) * m + j)];
        if (s > bestScore) {
            bestScore = s;
            bestEnd = int(j);
        }
    }
    if (bestEnd < 0)
        return std::nullopt;

    FuzzyMatch match;
    match.score = bestScore;
    match.positions.resize(n);
    int j = bestEnd;
    for (qsizetype i = n - 1; i >= 0; --i) {
        match.positions[i] = j;
        j = from[size_t(i * m + j)];
    }
    return match;
}

} // namespace OpsDeck::Core
