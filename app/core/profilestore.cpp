// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "profilestore.h"

#include "coretr.h"

#include <QRegularExpression>
#include <QSettings>

namespace OpsDeck::Core {

namespace {
const QString kListKey = QStringLiteral("profiles/list");
const QString kActiveKey = QStringLiteral("profiles/active");

QVariantMap toMap(const Backend::Profile &p)
{
    return {{QStringLiteral("id"), p.id},           {QStringLiteral("name"), p.name},
            {QStringLiteral("kind"), p.kind},       {QStringLiteral("workspace"), p.workspace},
            {QStringLiteral("url"), p.url.toString()}, {QStringLiteral("options"), p.options}};
}

Backend::Profile fromMap(const QVariantMap &m)
{
    Backend::Profile p;
    p.id = m.value(QStringLiteral("id")).toString();
    p.name = m.value(QStringLiteral("name")).toString();
    p.kind = m.value(QStringLiteral("kind")).toString();
    p.workspace = m.value(QStringLiteral("workspace")).toString();
    p.url = QUrl(m.value(QStringLiteral("url")).toString());
    p.options = m.value(QStringLiteral("options")).toMap();
    return p;
}
} // namespace

ProfileStore::ProfileStore(QSettings &settings, const QString &workspacePath, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_workspacePath(workspacePath)
{
}

Backend::Profile ProfileStore::localProfile() const
{
    Backend::Profile p;
    p.id = QString::fromLatin1(kLocalId);
    p.name = Tr::tr("Local workspace");
    p.kind = QString::fromLatin1(Backend::Profile::kLocalKind);
    p.workspace = m_workspacePath;
    return p;
}

QList<Backend::Profile> ProfileStore::stored() const
{
    QList<Backend::Profile> out;
    const QVariantList list = m_settings.value(kListKey).toList();
    for (const QVariant &v : list) {
        Backend::Profile p = fromMap(v.toMap());
        // Entries a human broke in the file are skipped, not "repaired".
        if (p.isValid() && p.id != QLatin1String(kLocalId))
            out.append(p);
    }
    return out;
}

void ProfileStore::store(const QList<Backend::Profile> &profiles)
{
    QVariantList list;
    for (const Backend::Profile &p : profiles)
        list.append(toMap(p));
    m_settings.setValue(kListKey, list);
    Q_EMIT profilesChanged();
}

QList<Backend::Profile> ProfileStore::profiles() const
{
    QList<Backend::Profile> out{localProfile()};
    out.append(stored());
    return out;
}

std::optional<Backend::Profile> ProfileStore::profile(const QString &id) const
{
    for (const Backend::Profile &p : profiles()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

Result<> ProfileStore::save(const Backend::Profile &profile)
{
    static const QRegularExpression idRe(QStringLiteral("^[a-z0-9][a-z0-9_.-]{0,63}$"));
    if (!idRe.match(profile.id).hasMatch()) {
        return fail(ErrorCode::InvalidArgument, Tr::tr("A profile id must be lowercase letters, digits, '.', '-' or '_'."),
                    QStringLiteral("id: \"%1\"").arg(profile.id));
    }
    if (profile.id == QLatin1String(kLocalId))
        return fail(ErrorCode::InvalidArgument, Tr::tr("The local profile cannot be replaced."));
    if (profile.kind.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("A profile needs a kind."), QStringLiteral("kind"));
    QList<Backend::Profile> list = stored();
    bool replaced = false;
    for (Backend::Profile &p : list) {
        if (p.id == profile.id) {
            p = profile;
            replaced = true;
        }
    }
    if (!replaced)
        list.append(profile);
    store(list);
    return {};
}

Result<> ProfileStore::remove(const QString &id)
{
    if (id == QLatin1String(kLocalId))
        return fail(ErrorCode::InvalidArgument, Tr::tr("The local profile cannot be removed."));
    QList<Backend::Profile> list = stored();
    const auto removed = list.removeIf([&id](const Backend::Profile &p) { return p.id == id; });
    if (removed == 0)
        return fail(ErrorCode::NotFound, Tr::tr("There is no profile \"%1\".").arg(id));
    store(list);
    return {};
}

QString ProfileStore::lastActiveId() const
{
    const QString id = m_settings.value(kActiveKey).toString();
    return profile(id) ? id : QString::fromLatin1(kLocalId);
}

void ProfileStore::setLastActiveId(const QString &id)
{
    m_settings.setValue(kActiveKey, id);
}

} // namespace OpsDeck::Core
