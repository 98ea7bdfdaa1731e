// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "qtprinters.h"

#include <jsonerror.h>

#include <QJsonObject>

#include <gtest/gtest.h>

using namespace OpsDeck;
using OpsDeck::Core::parseJsonObject;
using OpsDeck::Core::positionOf;
using OpsDeck::Core::TextPosition;

namespace {

std::pair<int, int> at(const QByteArray &data, qsizetype offset)
{
    const TextPosition p = positionOf(data, offset);
    return {p.line, p.column};
}

} // namespace

TEST(PositionOf, CountsLinesAndColumnsFromOne)
{
    const QByteArray text("ab\ncd\n\nef");
    EXPECT_EQ(at(text, 0), std::make_pair(1, 1));
    EXPECT_EQ(at(text, 1), std::make_pair(1, 2));
    EXPECT_EQ(at(text, 2), std::make_pair(1, 3)); // the newline ends line 1
    EXPECT_EQ(at(text, 3), std::make_pair(2, 1));
    EXPECT_EQ(at(text, 4), std::make_pair(2, 2));
    EXPECT_EQ(at(text, 6), std::make_pair(3, 1)); // an empty line
    EXPECT_EQ(at(text, 7), std::make_pair(4, 1));
    EXPECT_EQ(at(text, 8), std::make_pair(4, 2));
}

TEST(PositionOf, CountsCharactersNotBytesInUtf8)
{
    // "ä" is 2 bytes, "€" 3, "中" 3.
    const QByteArray text = QStringLiteral("ä€x\n中文y").toUtf8();
    ASSERT_EQ(text.indexOf('x'), 5);
    EXPECT_EQ(at(text, text.indexOf('x')), std::make_pair(1, 3));
    EXPECT_EQ(at(text, text.indexOf('y')), std::make_pair(2, 3));
    EXPECT_EQ(at(text, 2), std::make_pair(1, 2)); // the start of "€"
}

TEST(PositionOf, ClampsAnOffsetPastTheEnd)
{
    const QByteArray text("ab\nc");
    EXPECT_EQ(at(text, 100), std::make_pair(2, 2));
    EXPECT_EQ(at(QByteArray(), 5), std::make_pair(1, 1));
}

TEST(ParseJsonObject, ReturnsTheObject)
{
    const auto parsed =
        parseJsonObject("{\"a\": [1, 2], \"b\": {\"c\": true}}", QStringLiteral("x.json"));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->value(QStringLiteral("a")).toArray().size(), 2);
    EXPECT_TRUE(parsed->value(QStringLiteral("b")).toObject().value(QStringLiteral("c")).toBool());
}

TEST(ParseJsonObject, NamesFileLineAndColumnOfTheError)
{
    // The value of "b" is missing: the parser stops at the "}" on line 3, column 8.
    const QByteArray text("{\n  \"a\": 1,\n  \"b\": }\n");
    const auto parsed = parseJsonObject(text, QStringLiteral("conf/x.json"));
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().code, ErrorCode::Parse);
    EXPECT_TRUE(parsed.error().detail.startsWith(QStringLiteral("conf/x.json:3:8: ")))
        << parsed.error().detail.toStdString();
}

TEST(ParseJsonObject, ColumnsCountCharactersOnLinesWithUmlauts)
{
    const QByteArray text = QStringLiteral("{\n  \"grüße\": \"ä\" \"ö\"\n}").toUtf8();
    const auto parsed = parseJsonObject(text, QStringLiteral("x.json"));
    ASSERT_FALSE(parsed.ok());
    // The stray second string starts at character 16 of line 2.
    EXPECT_TRUE(parsed.error().detail.startsWith(QStringLiteral("x.json:2:16: ")))
        << parsed.error().detail.toStdString();
}

TEST(ParseJsonObject, ColumnPointsAtTheOffendingCharacterForEveryKindOfError)
{
    const struct
    {
        QByteArray text;
        const char *where;
    } cases[] = {
        {QByteArray("\x89PNG"), "x.json:1:1: "},           // illegal value: the first byte
        {QByteArray("{\"a\" 1}"), "x.json:1:6: "},         // missing name separator: the 1
        {QByteArray("[1 2]"), "x.json:1:4: "},             // missing value separator: the 2
        {QByteArray("{\"a\": }"), "x.json:1:7: "},         // missing value: the }
        {QByteArray("{\"a\": ,}"), "x.json:1:7: "},        // illegal value: the ,
        {QByteArray("{\"a\": 1} x"), "x.json:1:10: "},     // garbage at the end: the x
        {QByteArray("{\"a\": \"\xff\"}"), "x.json:1:8: "}, // invalid UTF-8: the byte itself
        {QByteArray("{\"a\": 1\n"), "x.json:"},            // cut off: somewhere at the end
    };
    for (const auto &c : cases) {
        const auto parsed = parseJsonObject(c.text, QStringLiteral("x.json"));
        ASSERT_FALSE(parsed.ok()) << c.text.toStdString();
        EXPECT_TRUE(parsed.error().detail.startsWith(QString::fromLatin1(c.where)))
            << c.text.toStdString() << " -> " << parsed.error().detail.toStdString();
    }
}

TEST(ParseJsonObject, RefusesANonObjectTopLevel)
{
    for (const char *text : {"[1, 2]", "\"text\"", "42"}) {
        const auto parsed = parseJsonObject(text, QStringLiteral("x.json"));
        ASSERT_FALSE(parsed.ok()) << text;
        EXPECT_EQ(parsed.error().code, ErrorCode::Parse);
        EXPECT_TRUE(parsed.error().detail.startsWith(QStringLiteral("x.json:1:1: ")))
            << parsed.error().detail.toStdString();
    }
}
