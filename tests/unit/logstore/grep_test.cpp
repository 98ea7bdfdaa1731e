// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// Counts from the store against grep over the same files: the index, the
// planner and the matcher together must agree with a tool everyone trusts.
#include "enginetestsupport.h"

#include <opsdeck/logs/fileingest.h>

#include <testsupport.h>

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace OpsDeck::Logs;
using namespace OpsDeck::Test;

namespace {

std::uint64_t grepCount(const QStringList &args, const QStringList &files)
{
    QProcess grep;
    grep.start(QStringLiteral("grep"), QStringList{QStringLiteral("-c"), QStringLiteral("-h")} + args
                                           + QStringList{QStringLiteral("--")} + files);
    EXPECT_TRUE(grep.waitForFinished(60'000));
    std::uint64_t total = 0;
    for (const QByteArray &line : grep.readAllStandardOutput().split('\n')) {
        if (!line.isEmpty())
            total += line.toULongLong();
    }
    return total;
}

class GrepAgreement : public ::testing::Test
{
protected:
    // One store for the whole suite: ingesting the samples is the slow part.
    static void SetUpTestSuite()
    {
        m_dir = new QTemporaryDir;
        const QDir data(sharedDataDir() + QStringLiteral("/loghub"));
        for (const QFileInfo &f : data.entryInfoList({QStringLiteral("*_2k.log")}, QDir::Files, QDir::Name))
            m_files.append(f.absoluteFilePath());
        ASSERT_GE(m_files.size(), 16) << "loghub samples missing in " << data.path().toStdString();
        EngineOptions options;
        options.dir = m_dir->filePath(QStringLiteral("logs")).toStdString();
        options.memtableBytes = 1u << 20; // several segments per run
        std::string error;
        m_engine = LogEngine::open(options, &error);
        ASSERT_TRUE(m_engine) << error;
        for (const QString &file : m_files) {
            FileIngestOptions ingest;
            ingest.service = QFileInfo(file).baseName().section(u'_', 0, 0).toLower().toStdString();
            const FileIngestResult r = ingestFiles(*m_engine, {file.toStdString()}, ingest);
            ASSERT_TRUE(r.error.empty()) << r.error;
            m_total += r.committed;
        }
        ASSERT_TRUE(m_engine->flush(&error)) << error;
    }
    static void TearDownTestSuite()
    {
        m_engine.reset();
        delete m_dir;
        m_dir = nullptr;
    }
    void SetUp() override
    {
        ASSERT_TRUE(m_engine) << "the suite's store did not open";
    }

    static std::uint64_t count(const std::string &query)
    {
        return searchEngine(*m_engine, query, std::numeric_limits<std::int64_t>::min() / 2,
                            std::numeric_limits<std::int64_t>::max() / 2, 10, true)
            .total;
    }

    static inline QTemporaryDir *m_dir = nullptr;
    static inline QStringList m_files;
    static inline std::unique_ptr<LogEngine> m_engine;
    static inline std::uint64_t m_total = 0;
};

} // namespace

TEST_F(GrepAgreement, EveryLineIsARecord)
{
    EXPECT_EQ(m_total, grepCount({QStringLiteral("")}, m_files));
    EXPECT_EQ(count(""), m_total);
}

TEST_F(GrepAgreement, Terms)
{
    for (const char *term : {"error", "failed", "root", "exception", "session", "blk_", "connection", "info", "null"}) {
        SCOPED_TRACE(term);
        EXPECT_EQ(count(term), grepCount({QStringLiteral("-iw"), QString::fromLatin1(term)}, m_files));
    }
}

TEST_F(GrepAgreement, Phrases)
{
    for (const char *phrase : {"authentication failure", "session opened for user", "Received block",
                               "Connection closed by"}) {
        SCOPED_TRACE(phrase);
        EXPECT_EQ(count(std::string("\"") + phrase + "\""),
                  grepCount({QStringLiteral("-iw"), QString::fromLatin1(phrase)}, m_files));
    }
}

TEST_F(GrepAgreement, NegationAndOr)
{
    EXPECT_EQ(count("-error"), m_total - grepCount({QStringLiteral("-iw"), QStringLiteral("error")}, m_files));
    EXPECT_EQ(count("error OR failed"),
              grepCount({QStringLiteral("-iwE"), QStringLiteral("error|failed")}, m_files));
}

TEST_F(GrepAgreement, Prefixes)
{
    EXPECT_EQ(count("auth*"), grepCount({QStringLiteral("-iwE"), QStringLiteral("auth[[:alnum:]_]*")}, m_files));
}

TEST_F(GrepAgreement, Regexes)
{
    EXPECT_EQ(count("/[0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+/"),
              grepCount({QStringLiteral("-E"), QStringLiteral("[0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+")}, m_files));
    EXPECT_EQ(count("/Fail(ed|ure)/"), grepCount({QStringLiteral("-E"), QStringLiteral("Fail(ed|ure)")}, m_files));
}

TEST_F(GrepAgreement, ServiceFieldSelectsOneFile)
{
    for (const QString &file : m_files) {
        const std::string service = QFileInfo(file).baseName().section(u'_', 0, 0).toLower().toStdString();
        SCOPED_TRACE(service);
        EXPECT_EQ(count("service:" + service), grepCount({QStringLiteral("")}, {file}));
        EXPECT_EQ(count("service:" + service + " error"), grepCount({QStringLiteral("-iw"), QStringLiteral("error")}, {file}));
    }
}
