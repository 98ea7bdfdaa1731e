// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace OpsDeck::LogSearch {

/**
 * A lenient reading of the log query language for the query bar: it never
 * fails (the store is the judge of what is valid), it only says which
 * characters are what, so they can be coloured, completed and highlighted
 * in the results. Qt::Core only.
 */
struct QueryToken
{
    enum class Kind {
        Word,       ///< a bare term (maybe `prefix*`)
        Phrase,     ///< "a quoted phrase", quotes included
        FieldName,  ///< `host:` — the name and the colon
        FieldValue, ///< what follows a field name (maybe quoted)
        TimeName,   ///< `since:` / `until:`
        Operator,   ///< OR, AND, NOT, a leading `-`, ( and )
        Regex,      ///< /regex/, slashes included
    };
    Kind kind = Kind::Word;
    qsizetype start = 0;
    qsizetype length = 0;
    bool negated = false; ///< preceded by `-` or NOT
    QString text;         ///< the term without quotes/slashes/escapes (Word, Phrase, FieldValue, Regex)
    QString field;        ///< FieldValue: the field name, lowercase for built-ins
};

QList<QueryToken> tokenizeQuery(const QString &query);

/**
 * A case-insensitive expression that finds the positive terms of \a query
 * in a message: bare words and phrases on word boundaries, `prefix*` as a
 * prefix, `/regex/` as written. Invalid (isValid() false or empty pattern)
 * when there is nothing to highlight.
 */
QRegularExpression highlightExpression(const QString &query);

/**
 * The range [start, cursor) of a field name being typed at \a cursor, or
 * nullopt when the word under the cursor does not look like the start of
 * `field:` (it already has a colon, is quoted, or is empty).
 */
std::optional<std::pair<qsizetype, qsizetype>> fieldPrefixAt(const QString &query, qsizetype cursor);

/** A store's parse error detail "1:COL: what" as (COL, what); nullopt for other text. */
std::optional<std::pair<int, QString>> parseErrorColumn(const QString &detail);

/** `field:value` (or `-field:value`) with the value quoted when it has to be. */
QString filterTerm(const QString &field, const QString &value, bool exclude);

/**
 * \a query with \a term added (AND). An existing identical term is left
 * alone; the opposite term (`-x` for `x` and vice versa) is replaced.
 */
QString addFilterTerm(const QString &query, const QString &field, const QString &value, bool exclude);

} // namespace OpsDeck::LogSearch
