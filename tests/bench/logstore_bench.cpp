// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// The log store benchmark of issue #3: ingest, disk, queries, memory and live
// tail on a generated corpus, with ripgrep and SQLite FTS5 measured in the
// same run as references. Prints a Markdown table; asserts nothing.
//
//   logstore_bench [--mb 1024] [--days 30] [--work DIR] [--no-fts] [--no-rg]
#include "loggen.h"
#include "segment.h"

#include <opsdeck/logs/embeddedlogstore.h>
#include <opsdeck/logs/engine.h>
#include <opsdeck/logs/fileingest.h>
#include <opsdeck/logs/matcher.h>
#include <opsdeck/logs/query.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include <malloc.h>
#include <thread>

using namespace OpsDeck;
namespace fs = std::filesystem;

namespace {

double nowSeconds()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

std::uint64_t duBytes(const fs::path &dir)
{
    std::uint64_t total = 0;
    std::error_code ec;
    for (const auto &e : fs::recursive_directory_iterator(dir, ec)) {
        if (e.is_regular_file(ec))
            total += e.file_size(ec);
    }
    return total;
}

long statusKb(const char *key)
{
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind(key, 0) == 0)
            return std::stol(line.substr(std::strlen(key)));
    }
    return -1;
}

struct Row
{
    std::string what;
    std::string ours;
    std::string reference;
    std::string target;
};

std::vector<Row> g_rows;

std::string ms(double seconds)
{
    char b[32];
    std::snprintf(b, sizeof b, seconds < 0.01 ? "%.2f ms" : "%.1f ms", seconds * 1000);
    return b;
}

/** Median of \a runs timings of \a f after one warm-up. */
template<typename F>
double median(int runs, F &&f)
{
    f();
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        const double a = nowSeconds();
        f();
        t.push_back(nowSeconds() - a);
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

struct QueryRun
{
    std::uint64_t total = 0;
    std::size_t records = 0;
};

QueryRun runQuery(const Logs::LogEngine &engine, const std::string &text, std::int64_t from, std::int64_t to,
                  std::size_t limit, bool countOnly, int buckets = 0)
{
    auto parsed = Logs::parseQuery(text, to);
    auto &query = std::get<Logs::ParsedQuery>(parsed);
    auto compiled = Logs::Matcher::compile(query.root);
    const auto &matcher = std::get<Logs::Matcher>(compiled);
    Logs::SearchRequest request;
    request.query = &query.root;
    request.matcher = &matcher;
    request.fromMs = from;
    request.toMs = to;
    request.limit = limit;
    request.countOnly = countOnly;
    request.buckets = buckets;
    Logs::SearchResult result;
    std::string error;
    if (!engine.search(request, result, &error))
        std::fprintf(stderr, "query %s: %s\n", text.c_str(), error.c_str());
    return {result.total, result.records.size()};
}

double runCommand(const QString &program, const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    const double a = nowSeconds();
    p.start(program, args);
    p.waitForFinished(-1);
    const double t = nowSeconds() - a;
    if (out)
        *out = p.readAllStandardOutput().trimmed();
    return t;
}

int sqliteExec(sqlite3 *db, const char *sql)
{
    char *msg = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &msg);
    if (rc != SQLITE_OK) {
        std::fprintf(stderr, "sqlite: %s\n", msg ? msg : "?");
        sqlite3_free(msg);
    }
    return rc;
}

long long sqliteCount(sqlite3 *db, const std::string &match)
{
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "SELECT count(*) FROM logs WHERE logs MATCH ?", -1, &st, nullptr);
    sqlite3_bind_text(st, 1, match.c_str(), -1, SQLITE_TRANSIENT);
    long long n = -1;
    if (sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return n;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::uint64_t mb = 1024;
    int days = 30;
    std::string work = (fs::temp_directory_path() / "opsdeck-logbench").string();
    bool fts = true, rg = true;
    bool ingestOnly = false;       // stop after ingest and the disk figures (for profiling)
    std::uint64_t memtableMb = 0;  // 0: the store's default
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--mb" && i + 1 < argc)
            mb = std::stoull(argv[++i]);
        else if (a == "--days" && i + 1 < argc)
            days = std::stoi(argv[++i]);
        else if (a == "--work" && i + 1 < argc)
            work = argv[++i];
        else if (a == "--no-fts")
            fts = false;
        else if (a == "--no-rg")
            rg = false;
        else if (a == "--ingest-only")
            ingestOnly = true;
        else if (a == "--memtable-mb" && i + 1 < argc)
            memtableMb = std::stoull(argv[++i]);
        else {
            std::fprintf(stderr, "usage: logstore_bench [--mb N] [--days N] [--work DIR] [--no-fts] [--no-rg] [--ingest-only] [--memtable-mb N]\n");
            return 2;
        }
    }
    const char *source = std::getenv("OPSDECK_SOURCE_DIR");
    const std::string loghub = (fs::path(source ? source : OPSDECK_BENCH_SOURCE_DIR) / ".." / "shared" / "data" / "loghub").string();
    fs::create_directories(work);
    const std::string corpus = work + "/corpus.log";
    const std::string storeDir = work + "/store";
    fs::remove_all(storeDir);

    // A fixed end time keeps the corpus byte-identical run to run; the store's
    // clock is set to it so the "last 7 days" and retention see the same data.
    const std::int64_t end = 1'795'000'000'000;
    Bench::CorpusSpec spec;
    spec.loghubDir = loghub;
    spec.bytes = mb << 20;
    spec.days = days;
    spec.endMs = end;
    Bench::CorpusFacts facts;
    std::string error;
    double t = nowSeconds();
    if (!Bench::writeCorpus(spec, corpus, facts, &error)) {
        std::fprintf(stderr, "corpus: %s\n", error.c_str());
        return 1;
    }
    std::fprintf(stderr, "corpus: %llu lines, %.1f MiB in %.1f s\n", static_cast<unsigned long long>(facts.lines),
                 facts.bytes / 1048576.0, nowSeconds() - t);
    const double rawMb = facts.bytes / 1048576.0;

    // --- ingest --------------------------------------------------------------
    Logs::EngineOptions options;
    options.dir = storeDir;
    options.nowMs = [end] { return end; };
    options.retentionDays = 10000;
    if (memtableMb > 0)
        options.memtableBytes = memtableMb << 20;
    options.hotDays = 10000;
    {
        auto engine = Logs::LogEngine::open(options, &error);
        if (!engine) {
            std::fprintf(stderr, "open: %s\n", error.c_str());
            return 1;
        }
        t = nowSeconds();
        const auto r = Logs::ingestFiles(*engine, {corpus}, {});
        const double committed = nowSeconds() - t;
        engine->flush(&error);
        const double flushed = nowSeconds() - t;
        engine->merge(&error);
        const double merged = nowSeconds() - t;
        std::fprintf(stderr, "ingest: %llu records committed in %.2f s, flushed %.2f s, merged %.2f s\n",
                     static_cast<unsigned long long>(r.committed), committed, flushed, merged);
        char b[96];
        std::snprintf(b, sizeof b, "%.0f MB/s (%.1f s to durable segments)", rawMb / flushed, flushed);
        g_rows.push_back({"ingest (committed and in segments)", b, "", ">= 150 MB/s"});
    }
    const std::uint64_t disk = duBytes(storeDir);
    {
        // Where the bytes go: text, per-record metadata, posting lists, dictionary.
        std::uint64_t text = 0, meta = 0, postings = 0, templates = 0, dict = 0, keys = 0, templateCount = 0;
        for (const auto &e : fs::recursive_directory_iterator(storeDir)) {
            if (e.path().extension() != ".ods")
                continue;
            auto seg = Logs::SegmentReader::open(e.path().string(), &error);
            if (!seg)
                continue;
            for (const auto &b : seg->blocks()) {
                text += b.textBytes;
                meta += b.metaBytes;
            }
            postings += seg->postingsBytes();
            templates += seg->templateBytes();
            templateCount += seg->templateCount();
            dict += seg->dictionaryBytes();
            keys += seg->dictionaryKeys();
        }
        std::fprintf(stderr,
                     "disk: text %.1f MiB, meta %.1f MiB, postings %.1f MiB, templates %.1f MiB (%llu), "
                     "dictionary %.1f MiB (~%llu keys)\n",
                     text / 1048576.0, meta / 1048576.0, postings / 1048576.0, templates / 1048576.0,
                     static_cast<unsigned long long>(templateCount), dict / 1048576.0,
                     static_cast<unsigned long long>(keys));
    }
    {
        char b[64];
        std::snprintf(b, sizeof b, "%.1f %% (%.0f MiB)", 100.0 * double(disk) / double(facts.bytes), disk / 1048576.0);
        g_rows.push_back({"on disk / raw", b, "", "<= 40 %"});
    }

    if (!ingestOnly) {
    // --- queries -------------------------------------------------------------
    // Peak RSS from here on: writing 5 to clear_refs resets VmHWM (Linux >= 4.0).
    // The ingest above freed its memtables; hand that heap back first, so the
    // figure is what querying holds, not what the allocator kept from ingest.
    malloc_trim(0);
    {
        std::ofstream clear("/proc/self/clear_refs");
        clear << "5";
    }
    const long rssBefore = statusKb("VmRSS:");
    auto engine = Logs::LogEngine::open(options, &error);
    const std::int64_t from = end - std::int64_t(days + 1) * 86'400'000, to = end + 86'400'000; // the generator runs a little past end
    char b[160];
    auto query = [&](const char *what, const std::string &text, std::size_t limit, bool countOnly, const char *target,
                     const std::string &reference, int buckets = 0) {
        QueryRun r;
        const double m = median(7, [&] { r = runQuery(*engine, text, from, to, limit, countOnly, buckets); });
        std::snprintf(b, sizeof b, "%s (total %llu)", ms(m).c_str(), static_cast<unsigned long long>(r.total));
        g_rows.push_back({what, b, reference, target});
        return r;
    };
    std::string rgRare, rgCommon, rgPhrase, rgRegex, rgId;
    if (rg) {
        QByteArray out;
        auto rgTime = [&](QStringList args) {
            args.prepend(QStringLiteral("--no-mmap"));
            args.append(QString::fromStdString(corpus));
            const double m = median(3, [&] { runCommand(QStringLiteral("rg"), args, &out); });
            return ms(m) + " (" + out.toStdString() + ")";
        };
        rgRare = "rg " + rgTime({QStringLiteral("-c"), QString::fromStdString(facts.rareToken)});
        rgCommon = "rg " + rgTime({QStringLiteral("-c"), QStringLiteral("-iw"), QString::fromStdString(facts.commonWord)});
        rgPhrase = "rg " + rgTime({QStringLiteral("-c"), QStringLiteral("-i"), QString::fromStdString(facts.phrase)});
        rgRegex = "rg " + rgTime({QStringLiteral("-c"), QStringLiteral("blk_-?[0-9]{19}")});
        rgId = "rg " + rgTime({QStringLiteral("-c"), QString::fromStdString(facts.rareId)});
    }
    query("rare term, first page", facts.rareToken, 100, false, "<= 10 ms", rgRare);
    query("common term, count", facts.commonWord, 100, true, "<= 30 ms", rgCommon);
    query("newest 100", "", 100, false, "<= 10 ms", "");
    query("phrase, first page + total", "\"" + facts.phrase + "\"", 100, false, "<= 30 ms", rgPhrase);
    query("regex, count", "/blk_-?[0-9]{19}/", 100, true, "<= 400 ms", rgRegex);
    query("histogram (60 buckets), all records", "", 100, true, "<= 50 ms", "", 60);
    query("rare id over 30 days, warm", facts.rareId, 100, false, "<= 100 ms", rgId);
    {
        // Segments are mmapped: pages a scan touched count in RSS but are the
        // kernel's page cache, so the anonymous part is shown on its own.
        std::snprintf(b, sizeof b, "%ld MiB peak RSS (%ld MiB before the store opened; now %ld MiB anonymous, %ld MiB mapped files)",
                      statusKb("VmHWM:") / 1024, rssBefore / 1024, statusKb("RssAnon:") / 1024, statusKb("RssFile:") / 1024);
        g_rows.push_back({"memory while querying", b, "", "<= 256 MiB"});
    }
    engine.reset();

    // --- live tail -------------------------------------------------------------
    // Live tail twice: under a load at a steady rate many servers would send
    // (50,000 lines/s), and under bulk appends as fast as ingest takes them,
    // where a probe also waits for the store's back-pressure on the disk.
    for (const int linesPerSecond : {50'000, 0}) {
        const std::string tailDir = work + "/tail";
        fs::remove_all(tailDir);
        auto store = Logs::EmbeddedLogStore::open(QString::fromStdString(tailDir), {});
        if (!store) {
            std::fprintf(stderr, "tail store: %s\n", store.error().toString().toUtf8().constData());
            return 1;
        }
        auto subscription = (*store)->subscribe(QStringLiteral("tailprobe"));
        std::vector<double> latencies;
        QObject::connect(subscription.get(), &Backend::LogSubscription::recordsArrived, subscription.get(),
                         [&](const QList<Backend::LogRecord> &records) {
                             const double now = nowSeconds();
                             for (const auto &r : records)
                                 latencies.push_back(now - r.message.section(u' ', 1, 1).toDouble());
                         });
        // Background load: bulk appends of other lines while probes go in one by one.
        std::atomic<bool> stop{false};
        std::thread load([&] {
            std::ifstream in(corpus);
            std::string line;
            const double started = nowSeconds();
            std::uint64_t appended = 0;
            while (!stop.load()) {
                if (linesPerSecond > 0 && appended > (nowSeconds() - started) * linesPerSecond) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
                    continue;
                }
                std::vector<Logs::StoredRecord> batch;
                for (int i = 0; i < 2000 && std::getline(in, line); ++i) {
                    Logs::StoredRecord r;
                    r.ts = r.ingested = QDateTime::currentMSecsSinceEpoch();
                    r.message = line;
                    batch.push_back(std::move(r));
                }
                if (batch.empty())
                    break;
                appended += batch.size();
                (*store)->engine().append(std::move(batch), true, &error);
            }
        });
        QTimer probe;
        int sent = 0;
        QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
            Backend::LogRecord r;
            char msg[64];
            std::snprintf(msg, sizeof msg, "tailprobe %.6f", nowSeconds());
            r.message = QString::fromLatin1(msg);
            (void)(*store)->append({r});
            if (++sent == 300)
                probe.stop();
        });
        probe.start(10);
        QElapsedTimer wait;
        wait.start();
        while ((latencies.size() < 300) && wait.elapsed() < 30'000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        stop.store(true);
        load.join();
        std::sort(latencies.begin(), latencies.end());
        if (!latencies.empty()) {
            std::snprintf(b, sizeof b, "p50 %s, p95 %s, max %s (%zu probes under %s)",
                          ms(latencies[latencies.size() / 2]).c_str(), ms(latencies[latencies.size() * 95 / 100]).c_str(),
                          ms(latencies.back()).c_str(), latencies.size(),
                          linesPerSecond > 0 ? "50k lines/s" : "saturating bulk load");
            g_rows.push_back({"live tail, append to delivery", b, "", "p95 <= 200 ms"});
        }
    }

    // --- SQLite FTS5 reference ------------------------------------------------------
    if (fts) {
        const std::string dbPath = work + "/fts.db";
        fs::remove(dbPath);
        sqlite3 *db = nullptr;
        sqlite3_open(dbPath.c_str(), &db);
        sqliteExec(db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;");
        sqliteExec(db, "CREATE VIRTUAL TABLE logs USING fts5(line)");
        t = nowSeconds();
        sqliteExec(db, "BEGIN");
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db, "INSERT INTO logs(line) VALUES (?)", -1, &st, nullptr);
        std::ifstream in(corpus);
        std::string line;
        while (std::getline(in, line)) {
            sqlite3_bind_text(st, 1, line.data(), static_cast<int>(line.size()), SQLITE_STATIC);
            sqlite3_step(st);
            sqlite3_reset(st);
        }
        sqlite3_finalize(st);
        sqliteExec(db, "COMMIT");
        const double build = nowSeconds() - t;
        const auto size = fs::file_size(dbPath);
        std::snprintf(b, sizeof b, "FTS5 %.1f MB/s, index %.0f %% of raw", rawMb / build, 100.0 * double(size) / double(facts.bytes));
        g_rows.push_back({"reference: SQLite FTS5 build", "", b, ""});
        long long n = 0;
        const double rare = median(5, [&] { n = sqliteCount(db, facts.rareToken); });
        std::snprintf(b, sizeof b, "FTS5 %s (%lld)", ms(rare).c_str(), n);
        g_rows.push_back({"reference: FTS5 rare term count", "", b, ""});
        const double common = median(3, [&] { n = sqliteCount(db, facts.commonWord); });
        std::snprintf(b, sizeof b, "FTS5 %s (%lld)", ms(common).c_str(), n);
        g_rows.push_back({"reference: FTS5 common term count", "", b, ""});
        const double phrase = median(3, [&] { n = sqliteCount(db, "\"" + facts.phrase + "\""); });
        std::snprintf(b, sizeof b, "FTS5 %s (%lld)", ms(phrase).c_str(), n);
        g_rows.push_back({"reference: FTS5 phrase count", "", b, ""});
        sqlite3_close(db);
        fs::remove(dbPath);
    }

    } // !ingestOnly
    std::printf("\nCorpus: %.0f MiB, %llu lines over %d days (rare token in %llu lines, rare id in %llu)\n\n", rawMb,
                static_cast<unsigned long long>(facts.lines), days, static_cast<unsigned long long>(facts.rareCount),
                static_cast<unsigned long long>(facts.rareIdCount));
    std::printf("| measurement | OpsDeck | reference (same run) | target |\n|---|---|---|---|\n");
    for (const auto &r : g_rows)
        std::printf("| %s | %s | %s | %s |\n", r.what.c_str(), r.ours.c_str(), r.reference.c_str(), r.target.c_str());
    return 0;
}
