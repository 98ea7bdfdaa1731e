// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "testsupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <cstdlib>
#include <memory>

namespace OpsDeck::Test {

bool waitUntil(const std::function<bool()> &predicate, std::chrono::milliseconds timeout)
{
    QDeadlineTimer deadline(timeout);
    while (!predicate()) {
        if (deadline.hasExpired())
            return predicate();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::yieldCurrentThread();
    }
    return true;
}

void prepareEnvironment()
{
    // Held for the life of the process; QTemporaryDir removes it at exit.
    static std::unique_ptr<QTemporaryDir> home;
    home = std::make_unique<QTemporaryDir>();
    const QString root = home->path();
    for (const char *sub : {"config", "data", "cache", "state"})
        QDir(root).mkpath(QString::fromLatin1(sub));
    qputenv("HOME", root.toUtf8());
    qputenv("XDG_CONFIG_HOME", (root + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (root + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_CACHE_HOME", (root + QStringLiteral("/cache")).toUtf8());
    qputenv("XDG_STATE_HOME", (root + QStringLiteral("/state")).toUtf8());
    qputenv("LANG", "C.UTF-8");
    qunsetenv("OPSDECK_WORKSPACE");
    qunsetenv("OPSDECK_PLUGIN_PATH");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QString sourceDir()
{
    return qEnvironmentVariable("OPSDECK_SOURCE_DIR", QStringLiteral(OPSDECK_TEST_SOURCE_DIR));
}

QString buildDir()
{
    return qEnvironmentVariable("OPSDECK_BUILD_DIR", QStringLiteral(OPSDECK_TEST_BUILD_DIR));
}

QString sharedDataDir()
{
    return QDir(sourceDir()).absoluteFilePath(QStringLiteral("../shared/data"));
}

} // namespace OpsDeck::Test
