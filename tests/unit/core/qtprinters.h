// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Readable GoogleTest output for Qt strings, and a substring check that shows
// both texts when it fails.

#include <QString>
#include <QStringList>

#include <ostream>

inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

inline void PrintTo(const QStringList &list, std::ostream *os)
{
    *os << '[' << list.join(QStringLiteral(", ")).toStdString() << ']';
}

#define OPSDECK_EXPECT_CONTAINS(haystack, needle)                                                  \
    EXPECT_TRUE(QString(haystack).contains(needle))                                                \
        << "  text: " << QString(haystack).toStdString()                                           \
        << "\n  lacks: " << QString(needle).toStdString()
