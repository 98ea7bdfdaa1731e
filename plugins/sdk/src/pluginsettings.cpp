// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/sdk/pluginsettings.h"

#include <QSettings>

namespace OpsDeck::Sdk {

PluginSettings::PluginSettings(QSettings &settings, const QString &pluginId)
    : m_settings(settings)
    , m_group(QStringLiteral("plugins/") + pluginId + QStringLiteral("/settings/"))
{
}

QString PluginSettings::fullKey(const QString &key) const
{
    return m_group + key;
}

QVariant PluginSettings::value(const QString &key, const QVariant &defaultValue) const
{
    return m_settings.value(fullKey(key), defaultValue);
}

void PluginSettings::setValue(const QString &key, const QVariant &value)
{
    m_settings.setValue(fullKey(key), value);
}

void PluginSettings::remove(const QString &key)
{
    m_settings.remove(fullKey(key));
}

bool PluginSettings::contains(const QString &key) const
{
    return m_settings.contains(fullKey(key));
}

QStringList PluginSettings::keys() const
{
    QStringList out;
    const QStringList all = m_settings.allKeys();
    for (const QString &k : all) {
        if (k.startsWith(m_group))
            out.append(k.mid(m_group.size()));
    }
    return out;
}

} // namespace OpsDeck::Sdk
