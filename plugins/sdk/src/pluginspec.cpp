// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/sdk/pluginspec.h"

#include "opsdeck/sdk/iplugin.h"
#include "sdktr.h"

#include <opsdeck/api/backend.h>

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace OpsDeck::Sdk {

QVersionNumber sdkVersion()
{
    return QVersionNumber(OPSDECK_SDK_VERSION_MAJOR, OPSDECK_SDK_VERSION_MINOR, OPSDECK_SDK_VERSION_PATCH);
}

QString pluginStateName(PluginState state)
{
    switch (state) {
    case PluginState::Invalid: return QStringLiteral("invalid");
    case PluginState::Read: return QStringLiteral("read");
    case PluginState::Disabled: return QStringLiteral("disabled");
    case PluginState::Resolved: return QStringLiteral("resolved");
    case PluginState::Loaded: return QStringLiteral("loaded");
    case PluginState::Initialized: return QStringLiteral("initialized");
    case PluginState::Running: return QStringLiteral("running");
    case PluginState::Stopped: return QStringLiteral("stopped");
    case PluginState::Failed: return QStringLiteral("failed");
    }
    return {};
}

QString pluginStateDisplayName(PluginState state)
{
    switch (state) {
    case PluginState::Invalid: return Tr::tr("Invalid");
    case PluginState::Read: return Tr::tr("Read");
    case PluginState::Disabled: return Tr::tr("Disabled");
    case PluginState::Resolved: return Tr::tr("Resolved");
    case PluginState::Loaded: return Tr::tr("Loaded");
    case PluginState::Initialized: return Tr::tr("Initialized");
    case PluginState::Running: return Tr::tr("Running");
    case PluginState::Stopped: return Tr::tr("Stopped");
    case PluginState::Failed: return Tr::tr("Failed");
    }
    return {};
}

bool PluginSpec::provides(const PluginDependency &dependency) const
{
    if (dependency.id != id)
        return false;
    if (dependency.version.isNull())
        return true;
    // Like Qt Creator: compatible when CompatVersion <= requested <= Version.
    // QVersionNumber orders "1.0" before "1.0.0", and metadata may spell a
    // version either way, so compare without trailing zero segments.
    const QVersionNumber requested = dependency.version.normalized();
    return compatVersion.normalized() <= requested && requested <= version.normalized();
}

namespace {

const QString kIidPrefix = QStringLiteral("dev.opsdeck.Plugin/");

// Parses "1", "1.2" or "1.2.3" and nothing else ("1.2-beta" is refused, so a
// typo never silently becomes an older version).
std::optional<QVersionNumber> parseVersion(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{1,6}(\\.[0-9]{1,6}){0,2}$"));
    if (!re.match(text).hasMatch())
        return std::nullopt;
    return QVersionNumber::fromString(text);
}

// Reads object[key] as a string. Returns an error text (translated) or "".
QString readString(const QJsonObject &object, const QString &key, bool required, const QString &where,
                   QString &out)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined()) {
        return required ? Tr::tr("metadata key \"%1\" is missing").arg(where + key) : QString();
    }
    if (!v.isString())
        return Tr::tr("metadata key \"%1\" must be a string").arg(where + key);
    out = v.toString();
    if (required && out.trimmed().isEmpty())
        return Tr::tr("metadata key \"%1\" is empty").arg(where + key);
    return {};
}

QString readVersion(const QJsonObject &object, const QString &key, bool required, const QString &where,
                    QVersionNumber &out)
{
    QString text;
    if (QString e = readString(object, key, required, where, text); !e.isEmpty())
        return e;
    if (text.isEmpty())
        return {};
    const auto parsed = parseVersion(text);
    if (!parsed) {
        return Tr::tr("metadata key \"%1\": \"%2\" is not a version (expected MAJOR[.MINOR[.PATCH]])")
            .arg(where + key, text);
    }
    out = *parsed;
    return {};
}

} // namespace

PluginSpec PluginSpec::fromMetaData(const QJsonObject &metaData, const QString &filePath,
                                    const QVersionNumber &hostSdkVersion)
{
    PluginSpec spec;
    spec.filePath = filePath;
    spec.fileName = QFileInfo(filePath).fileName();
    spec.state = PluginState::Invalid;
    auto invalid = [&spec](const QString &why) {
        spec.state = PluginState::Invalid;
        spec.error = why;
        return spec;
    };

    if (metaData.isEmpty())
        return invalid(Tr::tr("not a Qt plugin: the file has no plugin metadata"));

    const QString iid = metaData.value(QStringLiteral("IID")).toString();
    if (iid != QLatin1String(OPSDECK_PLUGIN_IID)) {
        if (iid.startsWith(kIidPrefix)) {
            return invalid(Tr::tr("built for SDK major version %1, but this console provides SDK %2")
                               .arg(iid.mid(kIidPrefix.size()), hostSdkVersion.toString()));
        }
        return invalid(Tr::tr("not an OpsDeck plugin (interface \"%1\")").arg(iid));
    }

    const QJsonValue mdValue = metaData.value(QStringLiteral("MetaData"));
    if (!mdValue.isObject() || mdValue.toObject().isEmpty())
        return invalid(Tr::tr("the plugin's JSON metadata is missing or empty"));
    const QJsonObject md = mdValue.toObject();

    // Fill what we can first, so even a refused plugin shows a name.
    QString ignored;
    readString(md, QStringLiteral("Id"), false, {}, spec.id);
    readString(md, QStringLiteral("Name"), false, {}, spec.name);
    readString(md, QStringLiteral("Vendor"), false, {}, spec.vendor);
    readString(md, QStringLiteral("Description"), false, {}, spec.description);
    readString(md, QStringLiteral("Category"), false, {}, spec.category);
    readString(md, QStringLiteral("License"), false, {}, spec.license);
    readString(md, QStringLiteral("Url"), false, {}, spec.url);
    if (auto v = parseVersion(md.value(QStringLiteral("Version")).toString()))
        spec.version = *v;

    for (const char *key : {"Id", "Name"}) {
        if (QString e = readString(md, QString::fromLatin1(key), true, {}, ignored); !e.isEmpty())
            return invalid(e);
    }
    static const QRegularExpression idRe(QStringLiteral("^[a-z][a-z0-9_.-]{0,63}$"));
    if (!idRe.match(spec.id).hasMatch()) {
        return invalid(Tr::tr("metadata key \"Id\": \"%1\" must be lowercase letters, digits, '.', '-' or '_', "
                              "starting with a letter")
                           .arg(spec.id));
    }
    for (const QString &key : {QStringLiteral("Vendor"), QStringLiteral("Description"), QStringLiteral("Category"),
                               QStringLiteral("License"), QStringLiteral("Url")}) {
        if (QString e = readString(md, key, false, {}, ignored); !e.isEmpty())
            return invalid(e);
    }
    if (QString e = readVersion(md, QStringLiteral("Version"), true, {}, spec.version); !e.isEmpty())
        return invalid(e);
    if (QString e = readVersion(md, QStringLiteral("SdkVersion"), true, {}, spec.sdkVersion); !e.isEmpty())
        return invalid(e);
    spec.compatVersion = spec.version;
    if (QString e = readVersion(md, QStringLiteral("CompatVersion"), false, {}, spec.compatVersion); !e.isEmpty())
        return invalid(e);
    if (spec.version.normalized() < spec.compatVersion.normalized()) { // "1.0" and "1.0.0" are equal
        return invalid(Tr::tr("metadata key \"CompatVersion\" (%1) is newer than \"Version\" (%2)")
                           .arg(spec.compatVersion.toString(), spec.version.toString()));
    }

    const QJsonValue deps = md.value(QStringLiteral("Dependencies"));
    if (!deps.isUndefined() && !deps.isArray())
        return invalid(Tr::tr("metadata key \"Dependencies\" must be an array"));
    const QJsonArray depArray = deps.toArray();
    for (qsizetype i = 0; i < depArray.size(); ++i) {
        const QString where = QStringLiteral("Dependencies[%1].").arg(i);
        if (!depArray.at(i).isObject())
            return invalid(Tr::tr("metadata key \"%1\" must be an object").arg(where.chopped(1)));
        const QJsonObject d = depArray.at(i).toObject();
        PluginDependency dep;
        if (QString e = readString(d, QStringLiteral("Id"), true, where, dep.id); !e.isEmpty())
            return invalid(e);
        if (QString e = readVersion(d, QStringLiteral("Version"), true, where, dep.version); !e.isEmpty())
            return invalid(e);
        QString type = QStringLiteral("required");
        if (QString e = readString(d, QStringLiteral("Type"), false, where, type); !e.isEmpty())
            return invalid(e);
        if (type != u"required" && type != u"optional") {
            return invalid(Tr::tr("metadata key \"%1Type\": \"%2\" must be \"required\" or \"optional\"")
                               .arg(where, type));
        }
        dep.optional = type == u"optional";
        if (dep.id == spec.id)
            return invalid(Tr::tr("metadata key \"%1Id\": a plugin cannot depend on itself").arg(where));
        spec.dependencies.append(dep);
    }

    const QJsonValue caps = md.value(QStringLiteral("Capabilities"));
    if (!caps.isUndefined() && !caps.isArray())
        return invalid(Tr::tr("metadata key \"Capabilities\" must be an array of strings"));
    const QJsonArray capArray = caps.toArray();
    for (qsizetype i = 0; i < capArray.size(); ++i) {
        if (!capArray.at(i).isString())
            return invalid(Tr::tr("metadata key \"Capabilities[%1]\" must be a string").arg(i));
        const QString cap = capArray.at(i).toString();
        if (!Backend::capabilityFromId(cap)) {
            QStringList known;
            for (Backend::Capability c : Backend::allCapabilities())
                known.append(Backend::capabilityId(c));
            return invalid(Tr::tr("metadata key \"Capabilities[%1]\": unknown capability \"%2\" (known: %3)")
                               .arg(i)
                               .arg(cap, known.join(QStringLiteral(", "))));
        }
        spec.capabilities.append(cap);
    }

    // Same major, and no newer minor than the host: a plugin built against
    // SDK 1.3 may call what 1.2 does not have.
    if (spec.sdkVersion.majorVersion() != hostSdkVersion.majorVersion()
        || spec.sdkVersion.minorVersion() > hostSdkVersion.minorVersion()) {
        return invalid(Tr::tr("built against SDK %1, but this console provides SDK %2")
                           .arg(spec.sdkVersion.toString(), hostSdkVersion.toString()));
    }

    spec.state = PluginState::Read;
    spec.error.clear();
    return spec;
}

} // namespace OpsDeck::Sdk
