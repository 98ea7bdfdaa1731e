// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// Startup of the console: from exec() to the first painted main window with
// every bundled plugin loaded. Two figures per run:
//   first_paint_ms  what opsdeck measures itself (main() → first paint);
//   wall time       the whole process, spawn → exit (adds exec, dynamic
//                   linking, Qt start-up and shutdown).
// The console runs on the offscreen platform unless DISPLAY is set (then it
// uses xcb, e.g. under xvfb-run), in a fresh temporary workspace.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>

namespace {

void BM_ConsoleStartupToFirstPaint(benchmark::State &state)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString workspace = home.filePath(QStringLiteral("ws"));

    double firstPaintTotal = 0;
    double firstPaintMax = 0;
    for (auto _ : state) {
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer wall;
        wall.start();
        p.start(QStringLiteral(OPSDECK_BENCH_OPSDECK),
                {QStringLiteral("--measure-startup"), QStringLiteral("--workspace"), workspace});
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            state.SkipWithError("opsdeck did not start and quit");
            break;
        }
        state.SetIterationTime(double(wall.nsecsElapsed()) / 1e9);
        const QByteArray out = p.readAllStandardOutput();
        const qsizetype at = out.indexOf("startup-ms ");
        if (at < 0) {
            state.SkipWithError("opsdeck printed no startup-ms line");
            break;
        }
        const double ms = out.mid(at + 11).trimmed().split('\n').value(0).toDouble();
        firstPaintTotal += ms;
        firstPaintMax = std::max(firstPaintMax, ms);
    }
    if (state.iterations() > 0) {
        state.counters["first_paint_ms"] = firstPaintTotal / double(state.iterations());
        state.counters["first_paint_max_ms"] = firstPaintMax;
    }
}
BENCHMARK(BM_ConsoleStartupToFirstPaint)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(20);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
