// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "jsonlocator_p.h"

namespace OpsDeck::Alerts::Internal {

TextPosition positionOf(const QByteArray &text, qint64 offset)
{
    TextPosition p;
    const qint64 end = std::min<qint64>(offset, text.size());
    for (qint64 i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(text.at(i));
        if (c == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((c & 0xC0) != 0x80) { // not a UTF-8 continuation byte
            ++p.column;
        }
    }
    return p;
}

JsonLocator::JsonLocator(const QByteArray &json) : m_text(json)
{
    skipWhitespace();
    parseValue(QString());
}

TextPosition JsonLocator::value(const QString &path) const
{
    return positionOf(m_text, lookup(m_values, path));
}

TextPosition JsonLocator::key(const QString &path) const
{
    if (m_keys.contains(path))
        return positionOf(m_text, m_keys.value(path));
    return value(path);
}

qint64 JsonLocator::lookup(const QHash<QString, qint64> &map, QString path) const
{
    // "rules[2].for" → "rules[2]" → "rules" → "": the closest thing that exists.
    while (!path.isEmpty() && !map.contains(path)) {
        const qsizetype cut = std::max(path.lastIndexOf(QLatin1Char('.')), path.lastIndexOf(QLatin1Char('[')));
        path = cut > 0 ? path.left(cut) : QString();
    }
    return map.value(path, 0);
}

void JsonLocator::skipWhitespace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        ++m_pos;
    }
}

QString JsonLocator::parseString()
{
    // At the opening quote. Escapes are decoded only as far as keys need:
    // "\"" and "\\" (a key with \u escapes keeps its raw spelling, which only
    // costs a fallback position in a message).
    QByteArray out;
    ++m_pos;
    while (m_pos < m_text.size() && m_text.at(m_pos) != '"') {
        if (m_text.at(m_pos) == '\\' && m_pos + 1 < m_text.size()) {
            ++m_pos;
            const char e = m_text.at(m_pos);
            out.append(e == '"' || e == '\\' || e == '/' ? e : '?');
        } else {
            out.append(m_text.at(m_pos));
        }
        ++m_pos;
    }
    ++m_pos; // closing quote
    return QString::fromUtf8(out);
}

void JsonLocator::parseValue(const QString &path)
{
    if (m_pos >= m_text.size())
        return;
    m_values.insert(path, m_pos);
    const char c = m_text.at(m_pos);
    if (c == '{') {
        parseObject(path);
    } else if (c == '[') {
        parseArray(path);
    } else if (c == '"') {
        parseString();
    } else {
        while (m_pos < m_text.size()) {
            const char d = m_text.at(m_pos);
            if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\n' || d == '\r' || d == '\t')
                break;
            ++m_pos;
        }
    }
}

void JsonLocator::parseObject(const QString &path)
{
    ++m_pos; // {
    skipWhitespace();
    while (m_pos < m_text.size() && m_text.at(m_pos) != '}') {
        const qint64 keyPos = m_pos;
        const QString name = parseString();
        const QString child = path.isEmpty() ? name : path + QLatin1Char('.') + name;
        m_keys.insert(child, keyPos);
        skipWhitespace();
        ++m_pos; // :
        skipWhitespace();
        parseValue(child);
        skipWhitespace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == ',') {
            ++m_pos;
            skipWhitespace();
        }
    }
    ++m_pos; // }
}

void JsonLocator::parseArray(const QString &path)
{
    ++m_pos; // [
    skipWhitespace();
    int index = 0;
    while (m_pos < m_text.size() && m_text.at(m_pos) != ']') {
        parseValue(path + QLatin1Char('[') + QString::number(index++) + QLatin1Char(']'));
        skipWhitespace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == ',') {
            ++m_pos;
            skipWhitespace();
        }
    }
    ++m_pos; // ]
}

} // namespace OpsDeck::Alerts::Internal
