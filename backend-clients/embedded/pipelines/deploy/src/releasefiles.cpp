// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "releasefiles.h"

#include <opsdeck/embedded/fileutil.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <string>

namespace OpsDeck::Pipelines::Internal {

namespace {

QString copyTree(const QString &source, const QString &target)
{
    if (!QDir().mkpath(target))
        return QStringLiteral("%1: cannot create the folder").arg(target);
    QDirIterator it(source, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    const QDir from(source);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        const QString destination = target + QLatin1Char('/') + from.relativeFilePath(path);
        if (info.isSymLink()) {
            if (!QFile::link(info.symLinkTarget(), destination))
                return QStringLiteral("%1: cannot create the symbolic link").arg(destination);
        } else if (info.isDir()) {
            if (!QDir().mkpath(destination))
                return QStringLiteral("%1: cannot create the folder").arg(destination);
        } else {
            QFile file(path);
            if (!file.copy(destination)) // keeps the permissions (an executable stays one)
                return QStringLiteral("%1: cannot copy to %2: %3").arg(path, destination, file.errorString());
        }
    }
    return {};
}

} // namespace

QString copyRelease(const QString &source, const QString &target)
{
    const QFileInfo sourceInfo(source);
    if (!sourceInfo.isDir())
        return QStringLiteral("artifact folder %1: not a folder").arg(source);
    if (sourceInfo.canonicalFilePath() == QFileInfo(target).canonicalFilePath())
        return {}; // the release is the job's output folder already
    if (QFileInfo::exists(target))
        return QStringLiteral("%1: already exists").arg(target);
    const QString temporary = target + QStringLiteral(".tmp");
    if (QFileInfo::exists(temporary) && !QDir(temporary).removeRecursively())
        return QStringLiteral("%1: cannot remove the leftover of an earlier attempt").arg(temporary);
    if (QString error = copyTree(source, temporary); !error.isEmpty()) {
        QDir(temporary).removeRecursively();
        return error;
    }
    if (!QDir().rename(temporary, target))
        return QStringLiteral("%1: cannot rename to %2").arg(temporary, target);
    return {};
}

Result<> writeStateFile(const QString &dir, const QString &path, const QByteArray &data)
{
    std::string error;
    if (!Embedded::makeDirectories(dir.toStdString(), &error)
        || !Embedded::writeFileAtomically(path.toStdString(), std::string_view(data.constData(), size_t(data.size())),
                                          &error)) {
        return fail(ErrorCode::Io, QStringLiteral("The deployment state cannot be saved."),
                    QStringLiteral("%1: %2").arg(path, QString::fromStdString(error)));
    }
    return {};
}

} // namespace OpsDeck::Pipelines::Internal
