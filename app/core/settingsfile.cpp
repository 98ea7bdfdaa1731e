// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "settingsfile.h"

#include "coretr.h"
#include "jsonerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

namespace OpsDeck::Core {

namespace {

// Bytes (window geometry and the like) have no JSON type; they travel as
// {"@bytes": "<base64>"} so a human editing the file sees what they are.
// A map stored as one value travels as {"@map": {…}}: a plain object is a
// settings group, and would come back as separate keys.
const QString kBytesKey = QStringLiteral("@bytes");
const QString kMapKey = QStringLiteral("@map");

bool isTagged(const QJsonValue &v)
{
    if (!v.isObject())
        return false;
    const QJsonObject o = v.toObject();
    return o.size() == 1 && (o.contains(kBytesKey) || o.contains(kMapKey));
}

QVariant fromJson(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.size() == 1 && o.contains(kBytesKey))
            return QByteArray::fromBase64(o.value(kBytesKey).toString().toLatin1());
        if (o.size() == 1 && o.contains(kMapKey))
            return o.value(kMapKey).toObject().toVariantMap();
        return o.toVariantMap();
    }
    return value.toVariant();
}

QJsonValue toJson(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::QByteArray: {
        QJsonObject o;
        o.insert(kBytesKey, QString::fromLatin1(value.toByteArray().toBase64()));
        return o;
    }
    case QMetaType::QStringList:
        return QJsonArray::fromStringList(value.toStringList());
    case QMetaType::QVariantMap: {
        QJsonObject o;
        o.insert(kMapKey, QJsonObject::fromVariantMap(value.toMap()));
        return o;
    }
    default:
        return QJsonValue::fromVariant(value);
    }
}

void flatten(const QJsonObject &object, const QString &prefix, QSettings::SettingsMap &out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('/') + it.key();
        const QJsonValue v = it.value();
        if (v.isObject() && !isTagged(v))
            flatten(v.toObject(), key, out);
        else
            out.insert(key, fromJson(v));
    }
}

void insertPath(QJsonObject &root, const QStringList &parts, qsizetype index, const QJsonValue &value)
{
    const QString &part = parts.at(index);
    if (index == parts.size() - 1) {
        root.insert(part, value);
        return;
    }
    QJsonObject child = root.value(part).toObject();
    insertPath(child, parts, index + 1, value);
    root.insert(part, child);
}

bool readJson(QIODevice &device, QSettings::SettingsMap &map)
{
    const QByteArray data = device.readAll();
    if (data.trimmed().isEmpty())
        return true; // a new, empty file
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    if (!doc.isObject())
        return false;
    flatten(doc.object(), {}, map);
    return true;
}

bool writeJson(QIODevice &device, const QSettings::SettingsMap &map)
{
    QJsonObject root;
    for (auto it = map.begin(); it != map.end(); ++it)
        insertPath(root, it.key().split(QLatin1Char('/'), Qt::SkipEmptyParts), 0, toJson(it.value()));
    return device.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) >= 0;
}

} // namespace

QSettings::Format SettingsFile::format()
{
    static const QSettings::Format id = QSettings::registerFormat(QStringLiteral("json"), readJson, writeJson);
    return id;
}

QString SettingsFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/opsdeck/settings.json");
}

Result<> SettingsFile::check(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, Tr::tr("Cannot read the settings file."),
                    QStringLiteral("%1: %2").arg(path, file.errorString()));
    }
    const QByteArray data = file.readAll();
    if (data.trimmed().isEmpty())
        return {};
    auto parsed = parseJsonObject(data, path);
    if (!parsed)
        return fail(ErrorCode::Corrupt, Tr::tr("The settings file is damaged."), parsed.error().detail);
    return {};
}

SettingsFile::Opened SettingsFile::open(const QString &path)
{
    Opened result;
    if (auto checked = check(path); !checked) {
        // Keep the user's file: move it aside under a name that says why, and
        // start from defaults. Never write over what we could not read.
        const QString aside = path + QStringLiteral(".corrupt-")
            + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
        Error error = checked.error();
        if (QFile::rename(path, aside)) {
            // The line and column belong to the copy now, not to the fresh file.
            error.detail.replace(path + QLatin1Char(':'), aside + QLatin1Char(':'));
            error.message = Tr::tr("The settings file was damaged. It was kept as %1 and OpsDeck started with "
                                   "default settings.")
                                .arg(QDir::toNativeSeparators(aside));
        } else {
            error.message = Tr::tr("The settings file is damaged and could not be moved aside; settings will "
                                   "not be saved this session.");
        }
        result.recovered = error;
    }
    QString usePath = path;
    if (result.recovered && QFileInfo::exists(path)) {
        // Could not move it aside: don't let QSettings overwrite it either;
        // this session's changes go to a scratch file instead.
        usePath = QDir::temp().filePath(QStringLiteral("opsdeck-settings-%1.json").arg(QCoreApplication::applicationPid()));
    }
    QDir().mkpath(QFileInfo(usePath).absolutePath());
    result.settings = std::make_unique<QSettings>(usePath, format());
    return result;
}

} // namespace OpsDeck::Core
