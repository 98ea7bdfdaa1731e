// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/api/logstore.h"

#include "apitr.h"

#include <QFuture>

namespace OpsDeck::Backend {

QString logLevelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Unknown: return QStringLiteral("unknown");
    case LogLevel::Trace: return QStringLiteral("trace");
    case LogLevel::Debug: return QStringLiteral("debug");
    case LogLevel::Info: return QStringLiteral("info");
    case LogLevel::Notice: return QStringLiteral("notice");
    case LogLevel::Warning: return QStringLiteral("warning");
    case LogLevel::Error: return QStringLiteral("error");
    case LogLevel::Critical: return QStringLiteral("critical");
    }
    return QStringLiteral("unknown");
}

LogLevel logLevelFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"trace" || n == u"finest" || n == u"verbose")
        return LogLevel::Trace;
    if (n == u"debug" || n == u"dbg" || n == u"fine")
        return LogLevel::Debug;
    if (n == u"info" || n == u"information" || n == u"informational")
        return LogLevel::Info;
    if (n == u"notice")
        return LogLevel::Notice;
    if (n == u"warn" || n == u"warning")
        return LogLevel::Warning;
    if (n == u"error" || n == u"err" || n == u"severe")
        return LogLevel::Error;
    if (n == u"critical" || n == u"crit" || n == u"fatal" || n == u"alert" || n == u"emerg"
        || n == u"emergency" || n == u"panic")
        return LogLevel::Critical;
    return LogLevel::Unknown;
}

LogSubscription::~LogSubscription() = default;

namespace {
template<typename T>
QFuture<Result<T>> unsupported(const char *what)
{
    return QtFuture::makeReadyFuture(Result<T>(
        fail(ErrorCode::Unsupported, Tr::tr("This log store cannot do that."), QString::fromLatin1(what))));
}
} // namespace

QFuture<Result<QList<LogRecord>>> ILogStore::context(qint64, int, int)
{
    return unsupported<QList<LogRecord>>("context");
}

QFuture<Result<LogStoreStats>> ILogStore::stats()
{
    return unsupported<LogStoreStats>("stats");
}

QFuture<Result<qint64>> ILogStore::ingestFiles(const LogIngestRequest &)
{
    return unsupported<qint64>("ingestFiles");
}

Result<std::unique_ptr<ILogStore>> ILogStore::openFiles(const QStringList &)
{
    return fail(ErrorCode::Unsupported, Tr::tr("This log store cannot do that."), QStringLiteral("openFiles"));
}

QFuture<Result<QStringList>> ILogStore::fieldNames()
{
    return QtFuture::makeReadyFuture(Result<QStringList>(
        QStringList{QStringLiteral("host"), QStringLiteral("service"), QStringLiteral("level"),
                    QStringLiteral("source")}));
}

} // namespace OpsDeck::Backend
