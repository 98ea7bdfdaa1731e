// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace OpsDeck::Alerts::Internal {

struct TextPosition
{
    int line = 1;    ///< 1-based
    int column = 1;  ///< 1-based, in characters (UTF-8 sequences count once)
};

/** Line and column of byte \a offset in \a text. */
TextPosition positionOf(const QByteArray &text, qint64 offset);

/**
 * Where each value (and each object key) of a JSON text starts, by JSON
 * path ("rules[2].comparison"), so a rule file's field errors name a line and
 * column people can open in an editor. QJsonDocument keeps no positions;
 * this is a second, small pass over text QJsonDocument already accepted.
 */
class JsonLocator
{
public:
    explicit JsonLocator(const QByteArray &json);

    /** Where the value at \a path starts; the nearest enclosing value when \a path is unknown. */
    TextPosition value(const QString &path) const;
    /** Where the key of the member at \a path starts (its opening quote); falls back like value(). */
    TextPosition key(const QString &path) const;

private:
    void parseValue(const QString &path);
    void parseObject(const QString &path);
    void parseArray(const QString &path);
    QString parseString();
    void skipWhitespace();
    qint64 lookup(const QHash<QString, qint64> &map, QString path) const;

    const QByteArray &m_text;
    qint64 m_pos = 0;
    QHash<QString, qint64> m_values;
    QHash<QString, qint64> m_keys;
};

} // namespace OpsDeck::Alerts::Internal
