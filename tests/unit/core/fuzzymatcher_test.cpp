// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "qtprinters.h"

#include <fuzzymatcher.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>

using OpsDeck::Core::FuzzyMatch;
using OpsDeck::Core::fuzzyMatch;

namespace {

int scoreOf(const char *query, const char *text)
{
    const auto m = fuzzyMatch(QString::fromUtf8(query), QString::fromUtf8(text));
    return m ? m->score : std::numeric_limits<int>::min();
}

QList<int> positionsOf(const char *query, const char *text)
{
    const auto m = fuzzyMatch(QString::fromUtf8(query), QString::fromUtf8(text));
    return m ? m->positions : QList<int>{-1};
}

/** The palette's ordering: best score first. */
QStringList rank(const char *query, const QStringList &texts)
{
    QList<std::pair<int, QString>> scored;
    for (const QString &t : texts) {
        if (const auto m = fuzzyMatch(QString::fromUtf8(query), t))
            scored.append({m->score, t});
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList out;
    for (const auto &s : scored)
        out.append(s.second);
    return out;
}

} // namespace

TEST(FuzzyMatch, RequiresTheQueryAsASubsequence)
{
    EXPECT_TRUE(fuzzyMatch(u"rrp", u"Re-run Pipeline").has_value());
    EXPECT_FALSE(fuzzyMatch(u"rpx", u"Re-run Pipeline").has_value());
    EXPECT_FALSE(fuzzyMatch(u"pr", u"Re-run Pipeline").has_value());  // in the wrong order
    EXPECT_FALSE(fuzzyMatch(u"rrr", u"Re-run Pipeline").has_value()); // each character used once
    EXPECT_FALSE(fuzzyMatch(u"a", u"").has_value());
}

TEST(FuzzyMatch, IsCaseInsensitive)
{
    const auto upper = fuzzyMatch(u"RERUN", u"re-run pipeline");
    const auto lower = fuzzyMatch(u"rerun", u"RE-RUN PIPELINE");
    ASSERT_TRUE(upper.has_value());
    ASSERT_TRUE(lower.has_value());
    EXPECT_EQ(upper->positions, (QList<int>{0, 1, 3, 4, 5}));
    EXPECT_EQ(lower->positions, upper->positions);
    EXPECT_TRUE(fuzzyMatch(u"ÄND", u"Größe ändern").has_value());
}

TEST(FuzzyMatch, WordStartsRankHigher)
{
    EXPECT_GT(scoreOf("rp", "Re-run Pipeline"), scoreOf("rp", "Show Drop Panel"));
    EXPECT_EQ(rank("rp", {QStringLiteral("Show Drop Panel"), QStringLiteral("Re-run Pipeline")}),
              (QStringList{QStringLiteral("Re-run Pipeline"), QStringLiteral("Show Drop Panel")}));
    // camelCase humps count as word starts.
    EXPECT_GT(scoreOf("ls", "openLogSearch"), scoreOf("ls", "openalsearch"));
}

TEST(FuzzyMatch, ConsecutiveCharactersRankHigher)
{
    EXPECT_GT(scoreOf("line", "pipeline"), scoreOf("line", "plain sine"));
    EXPECT_GT(scoreOf("abc", "xabcx"), scoreOf("abc", "xaxbxcx"));
}

TEST(FuzzyMatch, EarlierMatchesRankHigher)
{
    EXPECT_GT(scoreOf("pipe", "Pipelines"), scoreOf("pipe", "Re-run Pipeline"));
    EXPECT_GT(scoreOf("log", "Logs"), scoreOf("log", "Open Logs"));
}

TEST(FuzzyMatch, ReportsThePositionsOfTheBestAlignment)
{
    EXPECT_EQ(positionsOf("rp", "Re-run Pipeline"), (QList<int>{0, 7}));
    EXPECT_EQ(positionsOf("pipe", "Show Pipelines"), (QList<int>{5, 6, 7, 8}));
    // Not the first 'r' and 'n' found, but the word starts.
    EXPECT_EQ(positionsOf("rn", "Open Recent Notifications"), (QList<int>{5, 12}));
    // Spaces in the query only separate words.
    EXPECT_EQ(positionsOf("re pi", "Re-run Pipeline"), (QList<int>{0, 1, 7, 8}));
    for (const int p : positionsOf("dep", "Deploy"))
        EXPECT_LT(p, 6);
}

TEST(FuzzyMatch, EmptyQueryMatchesEverything)
{
    for (const QString &query : {QString(), QStringLiteral("   ")}) {
        const auto m = fuzzyMatch(query, u"Re-run Pipeline");
        ASSERT_TRUE(m.has_value());
        EXPECT_EQ(m->score, 0);
        EXPECT_TRUE(m->positions.isEmpty());
    }
    EXPECT_TRUE(fuzzyMatch(QString(), QString()).has_value());
}

TEST(FuzzyMatch, QueryLongerThanTextFails)
{
    EXPECT_FALSE(fuzzyMatch(u"deploys", u"deploy").has_value());
    EXPECT_FALSE(fuzzyMatch(u"ab", u"a").has_value());
    EXPECT_TRUE(fuzzyMatch(u"deploy", u"deploy").has_value());
}

TEST(FuzzyMatch, ExactTextScoresBestOfAll)
{
    EXPECT_EQ(rank("logs", {QStringLiteral("Toggle Logs Sidebar"), QStringLiteral("Logs"),
                            QStringLiteral("Load Global Settings")})
                  .first(),
              QStringLiteral("Logs"));
}
