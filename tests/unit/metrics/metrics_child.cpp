// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The writer the crash test kills: opens the store in the folder given as the
// first argument and appends sample i = i to series "crash_seq" at time
// base + i s, flushing every BATCH samples (second argument, default 500),
// printing "flushing N" before and "flushed N" after each flush (N samples
// acknowledged). It never stops by itself. With a large batch a flush is one
// write() of many MiB, which a SIGKILL can cut short (Linux stops a write to
// a regular file between pages when a fatal signal is pending): a real torn tail.
#include <opsdeck/metrics/metricsstore.h>

#include <QCoreApplication>

#include <cstdio>

using namespace OpsDeck::Metrics;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: metrics_child WORKSPACE\n");
        return 2;
    }
    StoreOptions options;
    options.backgroundThread = false; // flushes happen exactly where we print them
    options.flushBytes = 1 << 30;
    auto store = MetricsStore::open(QString::fromLocal8Bit(argv[1]), options);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
        return 1;
    }
    Labels labels;
    labels.insert(nameLabel(), QStringLiteral("crash_seq"));
    const auto ref = (*store)->series(labels);
    if (!ref) {
        std::fprintf(stderr, "%s\n", qPrintable(ref.error().toString()));
        return 1;
    }
    const qint64 batch = argc > 2 ? QByteArray(argv[2]).toLongLong() : 500;
    if (batch <= 0) {
        std::fprintf(stderr, "BATCH must be a positive number\n");
        return 2;
    }
    const qint64 base = 1'700'000'000'000;
    for (qint64 i = 0;; ++i) {
        (*store)->append(*ref, base + i * 1000, double(i));
        if ((i + 1) % batch == 0) {
            std::printf("flushing %lld\n", static_cast<long long>(i + 1));
            std::fflush(stdout);
            if (auto r = (*store)->flush(); !r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
                return 1;
            }
            std::printf("flushed %lld\n", static_cast<long long>(i + 1));
            std::fflush(stdout);
        }
    }
}
