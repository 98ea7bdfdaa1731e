// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The plain logic under the panel (query tokens, highlight terms, filter
// terms, export lines) and what the in-memory store does beyond the shared
// contract for the panel (counts, histograms, context, field names, import).
#include "logsearchtestsupport.h"

#include <logexport.h>
#include <querysyntax.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace OpsDeck;
using namespace OpsDeck::LogSearch;
using OpsDeck::Test::LogSearchGui::await;

namespace {

QStringList kinds(const QString &query)
{
    QStringList out;
    for (const QueryToken &t : tokenizeQuery(query)) {
        QString k;
        switch (t.kind) {
        case QueryToken::Kind::Word: k = u"word"_s; break;
        case QueryToken::Kind::Phrase: k = u"phrase"_s; break;
        case QueryToken::Kind::FieldName: k = u"field"_s; break;
        case QueryToken::Kind::FieldValue: k = u"value"_s; break;
        case QueryToken::Kind::TimeName: k = u"time"_s; break;
        case QueryToken::Kind::Operator: k = u"op"_s; break;
        case QueryToken::Kind::Regex: k = u"regex"_s; break;
        }
        out.append(k + u':' + query.mid(t.start, t.length) + (t.negated ? u"!"_s : QString()));
    }
    return out;
}

} // namespace

TEST(QuerySyntax, TokensCoverTheLanguage)
{
    EXPECT_EQ(kinds(u"disk \"no space\" host:web-1 -level:debug OR /time(out)?/ since:24h"_s),
              (QStringList{u"word:disk"_s, u"phrase:\"no space\""_s, u"field:host:"_s, u"value:web-1"_s,
                           u"op:-"_s, u"field:level:!"_s, u"value:debug!"_s, u"op:OR"_s, u"regex:/time(out)?/"_s,
                           u"time:since:"_s, u"value:24h"_s}));
    EXPECT_EQ(kinds(u"NOT (a b)"_s), (QStringList{u"op:NOT"_s, u"op:("_s, u"word:a!"_s, u"word:b"_s, u"op:)"_s}));
    EXPECT_EQ(kinds(u"service:\"my app\" \"open"_s),
              (QStringList{u"field:service:"_s, u"value:\"my app\""_s, u"phrase:\"open"_s}));
    // A URL is a word with a field-looking start: its colour does not matter,
    // but it must not swallow the rest of the query.
    EXPECT_EQ(kinds(u"http://x/y z"_s), (QStringList{u"field:http:"_s, u"value://x/y"_s, u"word:z"_s}));
}

TEST(QuerySyntax, HighlightMarksPositiveTermsOnWordBoundaries)
{
    const QRegularExpression re = highlightExpression(u"timeout \"disk full\" conn* -debug host:web-1 /db-\\d/"_s);
    ASSERT_TRUE(re.isValid()) << re.errorString().toStdString();
    const auto found = [&re](const QString &text) {
        QStringList out;
        auto it = re.globalMatch(text);
        while (it.hasNext())
            out.append(it.next().captured());
        return out;
    };
    EXPECT_EQ(found(u"Connection TIMEOUT to db-3: Disk Full; debug timeouts"_s),
              (QStringList{u"Connection"_s, u"TIMEOUT"_s, u"db-3"_s, u"Disk Full"_s}));
    // Only exclusions and field terms: nothing in the message to mark.
    EXPECT_TRUE(highlightExpression(u"-a host:b level:error"_s).pattern().isEmpty());
}

TEST(QuerySyntax, FieldPrefixOnlyWhereAFieldCanStart)
{
    const auto at = [](const QString &q) {
        const auto r = fieldPrefixAt(q, q.size());
        return r ? q.mid(r->first, r->second - r->first) : u"<none>"_s;
    };
    EXPECT_EQ(at(u"ser"_s), u"ser"_s);
    EXPECT_EQ(at(u"disk -lev"_s), u"lev"_s);
    EXPECT_EQ(at(u"(ho"_s), u"ho"_s);
    EXPECT_EQ(at(u"host:we"_s), u"<none>"_s);     // a value, not a name
    EXPECT_EQ(at(u"\"disk ser"_s), u"<none>"_s);  // inside a phrase
    EXPECT_EQ(at(u"disk "_s), u"<none>"_s);
    EXPECT_EQ(at(u"42"_s), u"<none>"_s);
}

TEST(QuerySyntax, FilterTermsQuoteAndReplaceTheirOpposite)
{
    EXPECT_EQ(filterTerm(u"host"_s, u"web-1"_s, false), u"host:web-1"_s);
    EXPECT_EQ(filterTerm(u"service"_s, u"my \"app\""_s, true), u"-service:\"my \\\"app\\\"\""_s);
    EXPECT_EQ(addFilterTerm(QString(), u"level"_s, u"error"_s, false), u"level:error"_s);
    EXPECT_EQ(addFilterTerm(u"timeout "_s, u"level"_s, u"error"_s, true), u"timeout -level:error"_s);
    EXPECT_EQ(addFilterTerm(u"timeout level:error"_s, u"level"_s, u"error"_s, false), u"timeout level:error"_s);
    EXPECT_EQ(addFilterTerm(u"timeout level:error x"_s, u"level"_s, u"error"_s, true), u"timeout -level:error x"_s);
    EXPECT_EQ(addFilterTerm(u"-host:web-1"_s, u"host"_s, u"web-1"_s, false), u"host:web-1"_s);
    EXPECT_EQ(addFilterTerm(u"host:web-10"_s, u"host"_s, u"web-1"_s, false), u"host:web-10 host:web-1"_s);
}

TEST(QuerySyntax, ParseErrorColumnComesFromTheDetail)
{
    const auto e = parseErrorColumn(u"1:12: expected a value after \"host:\""_s);
    ASSERT_TRUE(e.has_value());
    EXPECT_EQ(e->first, 12);
    EXPECT_EQ(e->second, u"expected a value after \"host:\""_s);
    EXPECT_FALSE(parseErrorColumn(u"nothing here"_s).has_value());
}

TEST(LogExport, CsvAndJsonLinesAreParseable)
{
    Backend::LogRecord r;
    r.id = 7;
    r.timestamp = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), QTimeZone::utc());
    r.level = Backend::LogLevel::Warning;
    r.host = u"web-1"_s;
    r.service = u"api"_s;
    r.source = u"/var/log/a.log"_s;
    r.message = u"said \"hi\", then\nleft"_s;
    r.fields.insert(u"user"_s, u"bob"_s);
    EXPECT_EQ(csvHeader(), QByteArray("time,level,host,service,source,message,fields\r\n"));
    EXPECT_EQ(csvLine(r), QByteArray("2026-01-02T03:04:05.678Z,warning,web-1,api,/var/log/a.log,"
                                     "\"said \"\"hi\"\", then\nleft\",\"{\"\"user\"\":\"\"bob\"\"}\"\r\n"));
    const QJsonObject o = QJsonDocument::fromJson(jsonLine(r)).object();
    EXPECT_EQ(o.value(u"id"_s).toInteger(), 7);
    EXPECT_EQ(o.value(u"message"_s).toString(), r.message);
    EXPECT_EQ(o.value(u"time"_s).toString(), u"2026-01-02T03:04:05.678Z"_s);
    EXPECT_EQ(o.value(u"fields"_s).toObject().value(u"user"_s).toString(), u"bob"_s);
    EXPECT_TRUE(jsonLine(r).endsWith('\n'));
    EXPECT_EQ(jsonLine(r).count('\n'), 1);
}

// --- the in-memory store's optional calls --------------------------------

class MemoryLogStoreExtras : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_base = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
        QList<Backend::LogRecord> records;
        for (int i = 0; i < 40; ++i) {
            Backend::LogRecord r;
            r.timestamp = m_base.addSecs(i * 60);
            r.source = i % 2 ? u"b.log"_s : u"a.log"_s;
            r.service = i % 4 < 2 ? u"api"_s : u"db"_s;
            r.level = i % 5 == 0 ? Backend::LogLevel::Error : Backend::LogLevel::Info;
            r.message = u"line %1 of %2"_s.arg(i).arg(r.source);
            if (i % 3 == 0)
                r.fields.insert(u"user"_s, u"alice"_s);
            records.append(r);
        }
        ASSERT_TRUE(await(m_store.append(records)).ok());
    }

    Backend::LogQuery query(const QString &text) const
    {
        Backend::LogQuery q;
        q.text = text;
        q.from = m_base;
        q.to = m_base.addSecs(40 * 60);
        q.limit = 10;
        return q;
    }

    OpsDeck::Test::MemoryLogStore m_store{u"extras"_s};
    QDateTime m_base;
};

TEST_F(MemoryLogStoreExtras, CountOnlyAndHistogram)
{
    Backend::LogQuery q = query(u"service:api"_s);
    q.countOnly = true;
    q.histogramBuckets = 4;
    const auto page = await(m_store.search(q));
    ASSERT_TRUE(page.ok());
    EXPECT_TRUE(page->records.isEmpty());
    EXPECT_EQ(page->total, 20);
    EXPECT_EQ(page->from, q.from);
    EXPECT_EQ(page->to, q.to);
    EXPECT_EQ(page->bucketMs, 10 * 60 * 1000);
    EXPECT_EQ(page->histogram, (QList<qint64>{6, 4, 6, 4}));
}

TEST_F(MemoryLogStoreExtras, ExclusionAndExtractedFields)
{
    EXPECT_EQ(await(m_store.search(query(u"-level:error"_s)))->total, 32);
    EXPECT_EQ(await(m_store.search(query(u"NOT service:db"_s)))->total, 20);
    EXPECT_EQ(await(m_store.search(query(u"user:alice"_s)))->total, 14);
    EXPECT_EQ(await(m_store.search(query(u"-user:alice source:a.log"_s)))->total, 13);
    const auto bad = await(m_store.search(query(u"disk NOT"_s)));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::Parse);
    EXPECT_TRUE(bad.error().detail.startsWith(u"1:9:"_s)) << bad.error().detail.toStdString();
}

TEST_F(MemoryLogStoreExtras, ContextStaysInTheSource)
{
    const auto all = await(m_store.search(query(u"\"line 20 \""_s)));
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->records.size(), 1);
    const qint64 id = all->records.first().id;
    const auto context = await(m_store.context(id, 3, 2));
    ASSERT_TRUE(context.ok());
    QStringList messages;
    for (const auto &r : *context)
        messages.append(r.message);
    EXPECT_EQ(messages, (QStringList{u"line 14 of a.log"_s, u"line 16 of a.log"_s, u"line 18 of a.log"_s,
                                     u"line 20 of a.log"_s, u"line 22 of a.log"_s, u"line 24 of a.log"_s}));
    EXPECT_EQ(await(m_store.context(99999, 1, 1)).error().code, ErrorCode::NotFound);
}

TEST_F(MemoryLogStoreExtras, FieldNamesStatsImportAndOpen)
{
    EXPECT_EQ(*await(m_store.fieldNames()),
              (QStringList{u"host"_s, u"level"_s, u"service"_s, u"source"_s, u"user"_s}));
    const auto stats = await(m_store.stats());
    ASSERT_TRUE(stats.ok());
    ASSERT_EQ(stats->tiers.size(), 1);
    EXPECT_EQ(stats->tiers.first().records, 40);
    EXPECT_EQ(stats->tiers.first().oldest, QDate(2026, 3, 1));

    QTemporaryDir dir;
    QFile file(dir.filePath(u"app.log"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("2026-03-02T10:00:00Z ERROR boom user=zed\n"
               "  at frame one\n"
               "2026-03-02T10:00:01Z INFO fine\n");
    file.close();
    Backend::LogIngestRequest request;
    request.paths = {dir.path()};
    request.service = u"importer"_s;
    request.multiline = u"indent"_s;
    const auto imported = await(m_store.ingestFiles(request));
    ASSERT_TRUE(imported.ok()) << imported.error().toString().toStdString();
    EXPECT_EQ(*imported, 2);
    Backend::LogQuery q;
    q.text = u"service:importer level:error user:zed"_s;
    const auto found = await(m_store.search(q));
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->records.size(), 1);
    EXPECT_EQ(found->records.first().message, u"2026-03-02T10:00:00Z ERROR boom user=zed\n  at frame one"_s);
    EXPECT_EQ(found->records.first().timestamp, QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::utc()));

    auto opened = m_store.openFiles({file.fileName()});
    ASSERT_TRUE(opened.ok());
    Backend::LogQuery everything;
    everything.from = QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc());
    everything.to = QDateTime::currentDateTimeUtc().addSecs(60); // the continuation line has no time: now
    EXPECT_EQ(await((*opened)->search(everything))->total, 3);
    EXPECT_EQ(await((*opened)->append({Backend::LogRecord{}})).error().code, ErrorCode::Unsupported);
}
