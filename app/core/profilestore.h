// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/profile.h>
#include <opsdeck/api/result.h>

#include <QList>
#include <QObject>

class QSettings;

namespace OpsDeck::Core {

/**
 * The profiles the user can switch between. The local workspace profile
 * (id "local") always exists and points at the workspace this process
 * opened; others are kept in the settings under "profiles/".
 */
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kLocalId = "local";

    ProfileStore(QSettings &settings, const QString &workspacePath, QObject *parent = nullptr);

    QList<Backend::Profile> profiles() const;
    std::optional<Backend::Profile> profile(const QString &id) const;
    Backend::Profile localProfile() const;

    /** Adds or replaces a stored profile; "local" cannot be replaced. */
    Result<> save(const Backend::Profile &profile);
    Result<> remove(const QString &id);

    /** The profile to start with: the last one used, if it still exists. */
    QString lastActiveId() const;
    void setLastActiveId(const QString &id);

Q_SIGNALS:
    void profilesChanged();

private:
    QList<Backend::Profile> stored() const;
    void store(const QList<Backend::Profile> &profiles);

    QSettings &m_settings;
    QString m_workspacePath;
};

} // namespace OpsDeck::Core
