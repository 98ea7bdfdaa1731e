// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// "Open a file" mode (issue #3, part 7): RawFileStore over one big raw log
// file, with ripgrep on the same file in the same run as the reference.
// Prints a Markdown table; asserts nothing.
//
//   rawfile_bench [--file PATH] [--mb 1024] [--work DIR] [--no-rg]
//
// Without --file it writes (once; reused while it has the right size) a
// corpus of loghub lines with RFC 3339 timestamps over 30 days, made by the
// deterministic generator the log store benchmark uses (loggen.h).
#include "loggen.h"

#include <opsdeck/logs/rawfilestore.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>

using namespace OpsDeck;
namespace fs = std::filesystem;

namespace {

double nowSeconds()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
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

std::string ms(double seconds)
{
    char b[32];
    std::snprintf(b, sizeof b, seconds < 0.01 ? "%.2f ms" : "%.1f ms", seconds * 1000);
    return b;
}

/** Waits for \a future with the event loop running (queued signals keep flowing). */
template<typename T>
T await(QFuture<T> future)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

struct Timed
{
    double seconds = 0;
    qint64 total = -1;
    qsizetype records = 0;
    QString error;
};

Timed runSearch(Logs::RawFileStore &store, const QString &text, bool countOnly, int buckets = 0,
                int limit = 100)
{
    Backend::LogQuery query;
    query.text = text;
    query.countOnly = countOnly;
    query.limit = limit;
    query.histogramBuckets = buckets;
    const double t = nowSeconds();
    const auto result = await(store.search(query));
    Timed out;
    out.seconds = nowSeconds() - t;
    if (!result) {
        out.error = result.error().toString();
        return out;
    }
    out.total = result->total;
    out.records = result->records.size();
    return out;
}

std::optional<std::pair<double, QByteArray>> rgCount(const QStringList &args)
{
    // Median of three runs, output of the last.
    std::vector<double> times;
    QByteArray out;
    for (int i = 0; i < 3; ++i) {
        QProcess p;
        const double t = nowSeconds();
        p.start(QStringLiteral("rg"), args);
        if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit)
            return std::nullopt;
        times.push_back(nowSeconds() - t);
        out = p.readAllStandardOutput().trimmed();
    }
    std::sort(times.begin(), times.end());
    return std::make_pair(times[1], out);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::uint64_t mb = 1024;
    std::string work = (fs::temp_directory_path() / "opsdeck-rawbench").string();
    std::string file;
    bool rg = true;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--mb" && i + 1 < argc)
            mb = std::stoull(argv[++i]);
        else if (a == "--work" && i + 1 < argc)
            work = argv[++i];
        else if (a == "--file" && i + 1 < argc)
            file = argv[++i];
        else if (a == "--no-rg")
            rg = false;
        else {
            std::fprintf(stderr,
                         "usage: rawfile_bench [--file PATH] [--mb N] [--work DIR] [--no-rg]\n");
            return 2;
        }
    }

    // Terms: the generator's facts, or fixed ones for a file given on the command line.
    Bench::CorpusFacts facts;
    facts.rareToken = "zqxneedle7";
    facts.commonWord = "session";
    facts.phrase = "Received block";
    if (file.empty()) {
        const char *source = std::getenv("OPSDECK_SOURCE_DIR");
        Bench::CorpusSpec spec;
        spec.loghubDir = (fs::path(source ? source : OPSDECK_BENCH_SOURCE_DIR) / ".." / "shared"
                          / "data" / "loghub")
                             .string();
        spec.bytes = mb << 20;
        spec.days = 30;
        spec.endMs = 1'795'000'000'000; // fixed: the corpus is byte-identical run to run
        fs::create_directories(work);
        file = work + "/raw-" + std::to_string(mb) + "m.log";
        // The generator is deterministic: a corpus written before (with its facts beside it) is
        // reused.
        const std::string factsPath = file + ".facts";
        std::ifstream saved(factsPath);
        std::uint64_t lines = 0, bytes = 0, rareCount = 0;
        std::error_code sizeError;
        if (saved >> lines >> bytes >> rareCount && fs::file_size(file, sizeError) == bytes) {
            facts.lines = lines;
            facts.bytes = bytes;
            facts.rareCount = rareCount;
        } else {
            std::string error;
            const double t = nowSeconds();
            if (!Bench::writeCorpus(spec, file, facts, &error)) {
                std::fprintf(stderr, "corpus: %s\n", error.c_str());
                return 1;
            }
            std::fprintf(stderr, "corpus: %llu lines, %.1f MiB in %.1f s\n",
                         static_cast<unsigned long long>(facts.lines), facts.bytes / 1048576.0,
                         nowSeconds() - t);
            std::ofstream(factsPath)
                << facts.lines << ' ' << facts.bytes << ' ' << facts.rareCount << '\n';
        }
    }
    std::error_code ec;
    const double gib = static_cast<double>(fs::file_size(file, ec)) / (1024.0 * 1024.0 * 1024.0);
    // Warm the page cache the way a second open would find it (rg below reads it too).
    {
        QProcess cat;
        cat.start(QStringLiteral("sh"),
                  {QStringLiteral("-c"),
                   QStringLiteral("cat '%1' > /dev/null").arg(QString::fromStdString(file))});
        cat.waitForFinished(-1);
    }

    // --- open, first screen, full index ------------------------------------------------------
    const double t0 = nowSeconds();
    auto opened = Logs::RawFileStore::open({QString::fromStdString(file)});
    if (!opened) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    Logs::RawFileStore &store = **opened;
    double indexedAt = 0;
    QEventLoop indexLoop;
    QObject::connect(&store, &Logs::RawFileStore::indexingFinished, &indexLoop, [&] {
        indexedAt = nowSeconds() - t0;
        indexLoop.quit();
    });
    const double openTime = nowSeconds() - t0;
    Backend::LogQuery first;
    const auto firstPage = await(store.search(first));
    const double firstScreen = nowSeconds() - t0;
    const bool firstWhileIndexing = !store.isIndexed();
    if (!store.isIndexed())
        indexLoop.exec();
    else
        indexedAt = nowSeconds() - t0;

    // --- queries after indexing --------------------------------------------------------------
    const QString rare = QString::fromStdString(facts.rareToken);
    const QString common = QString::fromStdString(facts.commonWord);
    const QString phrase = QStringLiteral("\"%1\"").arg(QString::fromStdString(facts.phrase));
    const QString regex = QStringLiteral("/blk_-?[0-9]{19}/");
    const Timed newest = runSearch(store, {}, false);
    const Timed rareRun = runSearch(store, rare, false);
    const Timed rareAgain = runSearch(store, rare, false);
    const Timed commonRun = runSearch(store, common, true);
    const Timed phraseRun = runSearch(store, phrase, true);
    const Timed regexRun = runSearch(store, regex, true);
    const Timed histogramRun = runSearch(store, {}, true, 60);
    const Timed levelRun = runSearch(store, QStringLiteral("level:error"), true);
    const long rssKb = statusKb("VmRSS:");
    const long hwmKb = statusKb("VmHWM:");
    const auto stats = await(store.stats());

    std::string rgRare = "-", rgCommon = "-", rgPhrase = "-", rgRegex = "-";
    QByteArray rgRareCount, rgCommonCount, rgPhraseCount, rgRegexCount;
    if (rg) {
        const QString path = QString::fromStdString(file);
        auto run = [&](QStringList args, std::string &timeOut, QByteArray &countOut) {
            args.prepend(QStringLiteral("--no-mmap"));
            args.append(path);
            if (const auto r = rgCount(args)) {
                timeOut = ms(r->first);
                countOut = r->second;
            }
        };
        run({QStringLiteral("-c"), QStringLiteral("-i"), QStringLiteral("-w"), rare}, rgRare,
            rgRareCount);
        run({QStringLiteral("-c"), QStringLiteral("-i"), QStringLiteral("-w"), common}, rgCommon,
            rgCommonCount);
        run({QStringLiteral("-c"), QStringLiteral("-i"), QStringLiteral("-w"),
             QString::fromStdString(facts.phrase)},
            rgPhrase, rgPhraseCount);
        run({QStringLiteral("-c"), QStringLiteral("blk_-?[0-9]{19}")}, rgRegex, rgRegexCount);
    }

    auto count = [](const Timed &t) {
        return t.error.isEmpty() ? std::to_string(t.total) : ("error: " + t.error.toStdString());
    };
    std::printf("## RawFileStore on %.2f GiB (%s), %d threads\n\n", gib, file.c_str(),
                QThread::idealThreadCount());
    std::printf("| what | RawFileStore | result | reference (rg --no-mmap, same run) | target |\n");
    std::printf("|---|---|---|---|---|\n");
    std::printf("| open() returns | %s | %s | | |\n", ms(openTime).c_str(),
                qPrintable(store.displayName()));
    std::printf("| first page (open → first LogPage, empty query) | %s | %lld records, %s | lnav ≈ "
                "7 s to open | ≤ 100 ms |\n",
                ms(firstScreen).c_str(),
                static_cast<long long>(firstPage ? firstPage->records.size() : -1),
                firstWhileIndexing ? "while indexing" : "index already done");
    std::printf("| fully indexed (open → indexingFinished) | %.2f s = %.2f s/GiB | %lld lines | | "
                "≤ 1.5 s/GiB |\n",
                indexedAt, indexedAt / gib,
                static_cast<long long>(
                    stats && !stats->tiers.isEmpty() ? stats->tiers.front().records : -1));
    std::printf("| newest 100 (indexed) | %s | %lld records | | |\n", ms(newest.seconds).c_str(),
                static_cast<long long>(newest.records));
    std::printf("| rare term `%s`, first page | %s | %s | %s (%s) | |\n", facts.rareToken.c_str(),
                ms(rareRun.seconds).c_str(), count(rareRun).c_str(), rgRare.c_str(),
                rgRareCount.constData());
    std::printf("| same again (match cache) | %s | %s | | |\n", ms(rareAgain.seconds).c_str(),
                count(rareAgain).c_str());
    std::printf("| common term `%s`, count | %s | %s | %s (%s) | |\n", facts.commonWord.c_str(),
                ms(commonRun.seconds).c_str(), count(commonRun).c_str(), rgCommon.c_str(),
                rgCommonCount.constData());
    std::printf("| phrase `%s`, count | %s | %s | %s (%s, -w) | |\n", facts.phrase.c_str(),
                ms(phraseRun.seconds).c_str(), count(phraseRun).c_str(), rgPhrase.c_str(),
                rgPhraseCount.constData());
    std::printf("| regex `%s`, count | %s | %s | %s (%s) | |\n", qPrintable(regex),
                ms(regexRun.seconds).c_str(), count(regexRun).c_str(), rgRegex.c_str(),
                rgRegexCount.constData());
    std::printf("| histogram, 60 buckets, everything | %s | %s | | |\n",
                ms(histogramRun.seconds).c_str(), count(histogramRun).c_str());
    std::printf("| `level:error` (no literal: parse every line) | %s | %s | | |\n",
                ms(levelRun.seconds).c_str(), count(levelRun).c_str());
    const qint64 lines = stats && !stats->tiers.isEmpty() ? stats->tiers.front().records : 0;
    std::printf("| line index in memory | %.1f MiB = %.1f bytes/line | | | ≤ 16 bytes/line |\n",
                store.indexMemoryBytes() / 1048576.0,
                lines > 0 ? double(store.indexMemoryBytes()) / double(lines) : 0.0);
    std::printf("| process memory after the queries (RSS / peak; RSS counts the mapped file's "
                "pages) | %.0f / %.0f MiB | | | |\n",
                rssKb / 1024.0, hwmKb / 1024.0);
    if (facts.rareCount > 0)
        std::printf("\nGenerator facts: rare token in %llu lines.\n",
                    static_cast<unsigned long long>(facts.rareCount));
    return 0;
}
