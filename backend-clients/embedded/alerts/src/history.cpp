// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/alerts/history.h"

#include "alertstr_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace OpsDeck::Alerts {

QString AlertHistory::historyPath(const QString &workspace)
{
    return QDir(workspace).filePath(u"alerts/history.jsonl"_s);
}

AlertHistory::AlertHistory(QString path, HistoryOptions options) : m_path(std::move(path)), m_options(options) {}

AlertHistory::~AlertHistory() = default;

QString AlertHistory::path() const
{
    return m_path;
}

QList<HistoryProblem> AlertHistory::openProblems() const
{
    QMutexLocker lock(&m_mutex);
    return m_openProblems;
}

QString AlertHistory::rotatedPath(int index) const
{
    const QFileInfo info(m_path);
    return info.dir().filePath(u"%1.%2.%3"_s.arg(info.completeBaseName()).arg(index).arg(info.suffix()));
}

Result<std::shared_ptr<AlertHistory>> AlertHistory::open(const QString &path, HistoryOptions options)
{
    const QString cannot = Tr::tr("Cannot open the alert history.");
    if (options.maxBytes < 1024)
        return fail(ErrorCode::InvalidArgument, cannot, u"maxBytes: "_s + Tr::tr("%1 is below the minimum of 1024 bytes").arg(options.maxBytes));
    if (options.keepRotated < 0)
        return fail(ErrorCode::InvalidArgument, cannot, u"keepRotated: "_s + Tr::tr("must not be negative"));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(ErrorCode::Io, cannot, Tr::tr("%1: cannot create the folder").arg(QFileInfo(path).absolutePath()));
    std::shared_ptr<AlertHistory> history(new AlertHistory(path, options));
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadWrite))
            return fail(ErrorCode::Io, cannot, path + u": "_s + file.errorString());
        const QByteArray data = file.readAll();
        qint64 size = data.size();
        if (!data.isEmpty() && !data.endsWith('\n')) {
            // Every append writes whole lines ending in '\n': a last line
            // without one is a write a crash cut short. Cut it off so the next
            // line starts on a line of its own, and say so.
            const qint64 keep = data.lastIndexOf('\n') + 1;
            const int line = int(data.left(keep).count('\n')) + 1;
            if (!file.resize(keep))
                return fail(ErrorCode::Io, cannot, path + u": "_s + file.errorString());
            history->m_openProblems << HistoryProblem{path, line, keep, true,
                                                      Tr::tr("%1:%2: the last entry was cut short (%n byte(s), probably a crash "
                                                             "while it was written) and was removed", nullptr, int(size - keep))
                                                          .arg(path).arg(line)};
            qCWarning(lcAlerts).noquote() << history->m_openProblems.constLast().message;
            size = keep;
        }
        history->m_size = size;
    }
    return history;
}

Result<> AlertHistory::rotateLocked()
{
    const QString cannot = Tr::tr("Cannot rotate the alert history.");
    if (m_options.keepRotated == 0) {
        if (!QFile::remove(m_path))
            return fail(ErrorCode::Io, cannot, m_path);
        m_size = 0;
        return {};
    }
    QFile::remove(rotatedPath(m_options.keepRotated));
    for (int i = m_options.keepRotated - 1; i >= 1; --i)
        if (QFile::exists(rotatedPath(i)) && !QFile::rename(rotatedPath(i), rotatedPath(i + 1)))
            return fail(ErrorCode::Io, cannot, rotatedPath(i));
    if (!QFile::rename(m_path, rotatedPath(1)))
        return fail(ErrorCode::Io, cannot, m_path);
    m_size = 0;
    return {};
}

Result<> AlertHistory::append(const QList<Transition> &transitions)
{
    QMutexLocker lock(&m_mutex);
    const QString cannot = Tr::tr("Cannot write the alert history.");
    for (const Transition &t : transitions) {
        const QByteArray line = QJsonDocument(t.toJson()).toJson(QJsonDocument::Compact) + '\n';
        if (m_size > 0 && m_size + line.size() > m_options.maxBytes)
            if (auto r = rotateLocked(); !r)
                return r;
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
            return fail(ErrorCode::Io, cannot, m_path + u": "_s + file.errorString());
        // One write() per line: a crash leaves whole lines and at most one torn tail.
        if (file.write(line) != line.size() || !file.flush())
            return fail(ErrorCode::Io, cannot, m_path + u": "_s + file.errorString());
        m_size += line.size();
    }
    return {};
}

Result<QList<Transition>> AlertHistory::read(int limit, QList<HistoryProblem> *problems) const
{
    QMutexLocker lock(&m_mutex);
    QStringList files;
    for (int i = m_options.keepRotated; i >= 1; --i)
        if (QFile::exists(rotatedPath(i)))
            files << rotatedPath(i);
    files << m_path;
    QList<Transition> out;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io, Tr::tr("Cannot read the alert history."), path + u": "_s + file.errorString());
        const QByteArray data = file.readAll();
        qint64 offset = 0;
        int lineNo = 0;
        while (offset < data.size()) {
            ++lineNo;
            qint64 end = data.indexOf('\n', offset);
            const bool torn = end < 0;
            if (torn)
                end = data.size();
            const QByteArray line = data.mid(offset, end - offset);
            if (!line.trimmed().isEmpty()) {
                QJsonParseError error{};
                const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
                Result<Transition> t = doc.isObject()
                                           ? Transition::fromJson(doc.object())
                                           : Result<Transition>(fail(ErrorCode::Parse, error.errorString(),
                                                                     Tr::tr("not a JSON object")));
                if (t.ok() && !torn) {
                    out << *t;
                } else if (problems) {
                    const QString why = torn ? Tr::tr("the last entry is cut short")
                                             : (t.ok() ? QString() : t.error().detail.isEmpty() ? t.error().message : t.error().detail);
                    *problems << HistoryProblem{path, lineNo, offset, torn,
                                                Tr::tr("%1:%2: damaged history entry skipped: %3").arg(path).arg(lineNo).arg(why)};
                }
            }
            offset = end + 1;
        }
    }
    if (limit > 0 && out.size() > limit)
        out = out.mid(out.size() - limit);
    return out;
}

} // namespace OpsDeck::Alerts
