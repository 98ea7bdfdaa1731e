// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/sdk/sdk_export.h"

#include <QStringList>
#include <QVariant>

class QSettings;

namespace OpsDeck::Sdk {

/**
 * A plugin's own settings: a private group in the console's settings file,
 * written atomically. Use from the GUI thread.
 *
 * \code
 * const int greetings = host.settings().value(u"greetings"_s, 0).toInt();
 * host.settings().setValue(u"greetings"_s, greetings + 1);
 * \endcode
 */
class OPSDECK_SDK_EXPORT PluginSettings
{
public:
    PluginSettings(QSettings &settings, const QString &pluginId);

    QVariant value(const QString &key, const QVariant &defaultValue = {}) const;
    void setValue(const QString &key, const QVariant &value);
    void remove(const QString &key);
    bool contains(const QString &key) const;
    QStringList keys() const;

private:
    QString fullKey(const QString &key) const;
    QSettings &m_settings;
    QString m_group;
};

} // namespace OpsDeck::Sdk
