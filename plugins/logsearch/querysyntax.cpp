// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "querysyntax.h"

#include <QRegularExpressionMatch>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace OpsDeck::LogSearch {

namespace {

bool isFieldChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'-';
}

bool isFieldName(QStringView name)
{
    if (name.isEmpty() || !(name.front().isLetter() || name.front() == u'_'))
        return false;
    return std::all_of(name.begin(), name.end(), isFieldChar);
}

bool isBoundary(QChar c)
{
    return c.isSpace() || c == u'(' || c == u')';
}

// Reads a quoted run starting at text[pos] == '"'; returns the unescaped
// content and moves pos past the closing quote (or to the end).
QString readQuoted(const QString &text, qsizetype &pos)
{
    QString out;
    for (++pos; pos < text.size(); ++pos) {
        const QChar c = text.at(pos);
        if (c == u'\\' && pos + 1 < text.size()) {
            out.append(text.at(++pos));
        } else if (c == u'"') {
            ++pos;
            return out;
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace

QList<QueryToken> tokenizeQuery(const QString &query)
{
    QList<QueryToken> tokens;
    qsizetype pos = 0;
    bool negateNext = false;
    const qsizetype n = query.size();
    while (pos < n) {
        const QChar c = query.at(pos);
        if (c.isSpace()) {
            ++pos;
            continue;
        }
        if (c == u'(' || c == u')') {
            tokens.append({QueryToken::Kind::Operator, pos, 1, false, QString(c), {}});
            ++pos;
            continue;
        }
        if (c == u'-' && pos + 1 < n && !query.at(pos + 1).isSpace()) {
            tokens.append({QueryToken::Kind::Operator, pos, 1, false, u"-"_s, {}});
            negateNext = true;
            ++pos;
            continue;
        }
        const bool negated = std::exchange(negateNext, false);
        if (c == u'"') {
            const qsizetype start = pos;
            const QString text = readQuoted(query, pos);
            tokens.append({QueryToken::Kind::Phrase, start, pos - start, negated, text, {}});
            continue;
        }
        if (c == u'/') {
            const qsizetype start = pos;
            QString text;
            for (++pos; pos < n; ++pos) {
                if (query.at(pos) == u'\\' && pos + 1 < n) {
                    text.append(query.at(pos));
                    text.append(query.at(++pos));
                } else if (query.at(pos) == u'/') {
                    ++pos;
                    break;
                } else {
                    text.append(query.at(pos));
                }
            }
            tokens.append({QueryToken::Kind::Regex, start, pos - start, negated, text, {}});
            continue;
        }
        const qsizetype start = pos;
        while (pos < n && !isBoundary(query.at(pos)))
            ++pos;
        const QString word = query.mid(start, pos - start);
        if (word == u"OR" || word == u"AND" || word == u"NOT") {
            tokens.append({QueryToken::Kind::Operator, start, pos - start, false, word, {}});
            if (word == u"NOT")
                negateNext = true;
            continue;
        }
        const qsizetype colon = word.indexOf(u':');
        if (colon > 0 && isFieldName(QStringView(word).left(colon))) {
            QString field = word.left(colon);
            const QString lower = field.toLower();
            const bool time = lower == u"since" || lower == u"until";
            if (time || lower == u"host" || lower == u"service" || lower == u"level" || lower == u"source")
                field = lower;
            tokens.append({time ? QueryToken::Kind::TimeName : QueryToken::Kind::FieldName, start,
                           colon + 1, negated, field, {}});
            const qsizetype valueStart = start + colon + 1;
            QString value;
            if (valueStart < n && query.at(valueStart) == u'"') {
                pos = valueStart;
                value = readQuoted(query, pos);
            } else {
                value = query.mid(valueStart, pos - valueStart);
            }
            if (pos > valueStart) {
                tokens.append({QueryToken::Kind::FieldValue, valueStart, pos - valueStart, negated,
                               value, field});
            }
            continue;
        }
        tokens.append({QueryToken::Kind::Word, start, pos - start, negated, word, {}});
    }
    return tokens;
}

QRegularExpression highlightExpression(const QString &query)
{
    QStringList alternatives;
    const auto bounded = [](const QString &term, bool prefix) {
        QString pattern = QRegularExpression::escape(term);
        if (term.front().isLetterOrNumber() || term.front() == u'_')
            pattern.prepend(u"\\b"_s);
        if (prefix)
            pattern.append(u"\\w*"_s);
        else if (term.back().isLetterOrNumber() || term.back() == u'_')
            pattern.append(u"\\b"_s);
        return pattern;
    };
    for (const QueryToken &t : tokenizeQuery(query)) {
        if (t.negated || t.text.isEmpty())
            continue;
        switch (t.kind) {
        case QueryToken::Kind::Word: {
            QString term = t.text;
            const bool prefix = term.endsWith(u'*');
            while (term.endsWith(u'*'))
                term.chop(1);
            if (!term.isEmpty())
                alternatives.append(bounded(term, prefix));
            break;
        }
        case QueryToken::Kind::Phrase: alternatives.append(bounded(t.text, false)); break;
        case QueryToken::Kind::Regex:
            if (QRegularExpression(t.text).isValid())
                alternatives.append(u"(?:"_s + t.text + u')');
            break;
        default: break;
        }
    }
    if (alternatives.isEmpty())
        return QRegularExpression();
    // Longest first, so "disk full" wins over "disk" where both match.
    std::sort(alternatives.begin(), alternatives.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return QRegularExpression(alternatives.join(u'|'), QRegularExpression::CaseInsensitiveOption
                                                           | QRegularExpression::UseUnicodePropertiesOption);
}

std::optional<std::pair<qsizetype, qsizetype>> fieldPrefixAt(const QString &query, qsizetype cursor)
{
    if (cursor < 0 || cursor > query.size())
        return std::nullopt;
    qsizetype start = cursor;
    while (start > 0 && isFieldChar(query.at(start - 1)))
        --start;
    // A leading '-' is the exclusion operator, not part of the name.
    while (start < cursor && query.at(start) == u'-')
        ++start;
    if (start == cursor)
        return std::nullopt;
    if (start > 0) {
        const QChar before = query.at(start - 1);
        if (!(before.isSpace() || before == u'(' || before == u'-'))
            return std::nullopt; // inside a value, a phrase or after a colon
    }
    if (cursor < query.size() && isFieldChar(query.at(cursor)))
        return std::nullopt; // in the middle of a word
    if (!(query.at(start).isLetter() || query.at(start) == u'_'))
        return std::nullopt;
    // Inside an open quote? Count unescaped quotes before the word.
    int quotes = 0;
    for (qsizetype i = 0; i < start; ++i) {
        if (query.at(i) == u'\\')
            ++i;
        else if (query.at(i) == u'"')
            ++quotes;
    }
    if (quotes % 2 != 0)
        return std::nullopt;
    return std::make_pair(start, cursor);
}

std::optional<std::pair<int, QString>> parseErrorColumn(const QString &detail)
{
    static const QRegularExpression re(uR"(^\s*\d+:(\d+):\s*(.*)$)"_s,
                                       QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(detail);
    if (!m.hasMatch())
        return std::nullopt;
    return std::make_pair(m.captured(1).toInt(), m.captured(2).trimmed());
}

QString filterTerm(const QString &field, const QString &value, bool exclude)
{
    bool plain = !value.isEmpty();
    for (QChar c : value) {
        if (c.isSpace() || c == u'"' || c == u'\\' || c == u'(' || c == u')') {
            plain = false;
            break;
        }
    }
    QString quotedValue = value;
    if (!plain) {
        quotedValue.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
        quotedValue = u'"' + quotedValue + u'"';
    }
    return (exclude ? u"-"_s : QString()) + field + u':' + quotedValue;
}

QString addFilterTerm(const QString &query, const QString &field, const QString &value, bool exclude)
{
    const QString wanted = filterTerm(field, value, exclude);
    QString out = query;
    // Work on token boundaries, so "host:a" does not match inside "host:ab".
    for (const QueryToken &t : tokenizeQuery(query)) {
        if (t.kind != QueryToken::Kind::FieldValue)
            continue;
        if (t.field.compare(field, Qt::CaseInsensitive) != 0 || t.text != value)
            continue;
        if (t.negated == exclude)
            return query; // already there
        // Replace the opposite term: from its '-' (or name) to the end of the value.
        qsizetype begin = t.start - field.size() - 1;
        if (t.negated && begin > 0 && out.at(begin - 1) == u'-')
            --begin;
        const qsizetype end = t.start + t.length;
        out.replace(begin, end - begin, wanted);
        return out;
    }
    const QString trimmed = out.trimmed();
    return trimmed.isEmpty() ? wanted : trimmed + u' ' + wanted;
}

} // namespace OpsDeck::LogSearch
