// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "workspace.h"

#include "coretr.h"
#include "jsonerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <cmath>

namespace OpsDeck::Core {

namespace {

QString manifestPath(const QString &dir)
{
    return QDir(dir).filePath(QString::fromLatin1(WorkspaceInfo::kManifestName));
}

// \a base holds what the file had: fields a newer version (or a person)
// added survive a rewrite.
Result<> writeManifest(const WorkspaceInfo &info, QJsonObject o = {})
{
    o.insert(QStringLiteral("format"), info.formatVersion);
    o.insert(QStringLiteral("name"), info.name);
    if (info.created.isValid())
        o.insert(QStringLiteral("created"), info.created.toUTC().toString(Qt::ISODate));
    o.insert(QStringLiteral("demo"), info.demo);
    // QSaveFile writes a temporary file and renames it over the old one, so a
    // crash leaves either the old manifest or the new one, never half of one.
    QSaveFile file(manifestPath(info.path));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(o).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        return fail(ErrorCode::Io, Tr::tr("Cannot write the workspace manifest."),
                    QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
    }
    return {};
}

Result<WorkspaceInfo> readManifest(const QString &dir)
{
    const QString path = manifestPath(dir);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, Tr::tr("Cannot read the workspace manifest."),
                    QStringLiteral("%1: %2").arg(path, file.errorString()));
    }
    // A manifest is a few hundred bytes; a huge one is not ours.
    const QByteArray data = file.read(1 << 20);
    auto parsed = parseJsonObject(data, path);
    if (!parsed) {
        return fail(ErrorCode::Corrupt, Tr::tr("The workspace manifest is damaged; it was left as it is."),
                    parsed.error().detail);
    }
    const QJsonObject o = *parsed;
    WorkspaceInfo info;
    info.path = dir;
    const QJsonValue format = o.value(QStringLiteral("format"));
    if (!format.isDouble() || format.toDouble() < 1 || format.toDouble() != std::floor(format.toDouble())) {
        return fail(ErrorCode::Corrupt, Tr::tr("The workspace manifest is damaged; it was left as it is."),
                    QStringLiteral("%1: %2").arg(path, Tr::tr("field \"format\" must be a positive whole number")));
    }
    info.formatVersion = format.toInt();
    if (info.formatVersion > WorkspaceInfo::kFormatVersion) {
        return fail(ErrorCode::Unsupported,
                    Tr::tr("This workspace was made by a newer OpsDeck (format %1; this version reads up to %2).")
                        .arg(info.formatVersion)
                        .arg(WorkspaceInfo::kFormatVersion),
                    path);
    }
    info.name = o.value(QStringLiteral("name")).toString();
    info.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODate);
    info.demo = o.value(QStringLiteral("demo")).toBool(false);
    return info;
}

// Permission bits do not stop root, so the only honest test of "can we
// write here" is to try it.
Result<> probeWritable(const QString &dir)
{
    QTemporaryFile probe(QDir(dir).filePath(QStringLiteral(".opsdeck-probe-XXXXXX")));
    if (!probe.open()) {
        return fail(ErrorCode::PermissionDenied, Tr::tr("Cannot write to the workspace folder."),
                    QStringLiteral("%1: %2").arg(dir, probe.errorString()));
    }
    return {};
}

} // namespace

Workspace::Location Workspace::locate(const QString &flagValue)
{
    if (!flagValue.isEmpty())
        return {QDir::cleanPath(QFileInfo(flagValue).absoluteFilePath()), Source::Flag};
    const QString env = qEnvironmentVariable("OPSDECK_WORKSPACE");
    if (!env.isEmpty())
        return {QDir::cleanPath(QFileInfo(env).absoluteFilePath()), Source::Environment};
    return {defaultPath(), Source::Default};
}

QString Workspace::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/opsdeck/workspace");
}

QString Workspace::sourceName(Source source)
{
    switch (source) {
    case Source::Flag: return QStringLiteral("--workspace");
    case Source::Environment: return QStringLiteral("OPSDECK_WORKSPACE");
    case Source::Default: return QStringLiteral("default");
    }
    return {};
}

Result<WorkspaceInfo> Workspace::open(const QString &rawPath, bool create)
{
    if (rawPath.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("No workspace folder given."));
    const QString path = QDir::cleanPath(QFileInfo(rawPath).absoluteFilePath());
    const QFileInfo info(path);
    bool createdNow = false;
    if (info.exists() && !info.isDir()) {
        return fail(ErrorCode::InvalidArgument, Tr::tr("The workspace path is not a folder."),
                    QStringLiteral("%1: %2").arg(path, Tr::tr("it is a file")));
    }
    if (!info.exists()) {
        if (!create)
            return fail(ErrorCode::NotFound, Tr::tr("The workspace folder does not exist."), path);
        if (!QDir().mkpath(path)) {
            return fail(ErrorCode::Io, Tr::tr("Cannot create the workspace folder."),
                        QStringLiteral("%1: %2").arg(path, Tr::tr("the parent is missing, not a folder or not writable")));
        }
        createdNow = true;
    }
    if (!QFileInfo(path).isReadable() || !QFileInfo(path).isExecutable()) {
        return fail(ErrorCode::PermissionDenied, Tr::tr("Cannot read the workspace folder."),
                    QStringLiteral("%1: %2").arg(path, Tr::tr("permission denied")));
    }
    if (QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty() && !createdNow) {
        // An empty folder someone made for us: adopt it.
        createdNow = true;
    }

    if (QFileInfo::exists(manifestPath(path))) {
        auto manifest = readManifest(path);
        if (!manifest)
            return manifest.error();
        manifest->path = path;
        return manifest;
    }
    // No manifest: only a caller that may create writes one. A folder with
    // other things in it is used as the user asked, but we only add our file.
    if (!create)
        return fail(ErrorCode::NotFound, Tr::tr("The folder is not an OpsDeck workspace."), path);
    if (auto writable = probeWritable(path); !writable)
        return writable.error();
    WorkspaceInfo fresh;
    fresh.path = path;
    fresh.name = QFileInfo(path).fileName();
    // The manifest keeps whole seconds: return what is stored, so reopening
    // gives back the same `created` as this first open.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    fresh.created = now.addMSecs(-now.time().msec());
    fresh.createdNow = true;
    if (auto written = writeManifest(fresh); !written)
        return written.error();
    return fresh;
}

Result<WorkspaceInfo> Workspace::makeDemo(const QString &path)
{
    auto opened = open(path, true);
    if (!opened)
        return opened;
    if (opened->demo)
        return opened;
    if (auto writable = probeWritable(opened->path); !writable)
        return writable.error();
    opened->demo = true;
    if (!opened->createdNow && opened->name.isEmpty())
        opened->name = QFileInfo(opened->path).fileName();
    // open() has just parsed this file, so reading it again cannot fail in a
    // way that matters; if it does, the fields we know are still written.
    QJsonObject existing;
    QFile file(manifestPath(opened->path));
    if (file.open(QIODevice::ReadOnly))
        existing = QJsonDocument::fromJson(file.read(1 << 20)).object();
    // The demo shows the whole loop: the console serves its metrics where a
    // local Prometheus can scrape them (docs/metrics-store.md).
    if (!existing.contains(QStringLiteral("metrics")))
        existing.insert(QStringLiteral("metrics"), QJsonObject{{QStringLiteral("listen"), QStringLiteral("127.0.0.1:9469")}});
    if (auto written = writeManifest(*opened, existing); !written)
        return written.error();
    return opened;
}

} // namespace OpsDeck::Core
