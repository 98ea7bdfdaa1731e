// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

#include <chrono>

class QSpinBox;

namespace OpsDeck::Sdk {
class PluginSettings;
}

namespace OpsDeck::Secrets {

/** The panel's timings, kept in the plugin's settings group. */
struct SecretsSettings
{
    std::chrono::milliseconds autoLock = std::chrono::minutes(5);   ///< idle time before locking; 0 = never
    std::chrono::milliseconds reveal = std::chrono::seconds(10);    ///< how long a revealed value stays
    std::chrono::milliseconds clipboard = std::chrono::seconds(30); ///< when a copied value is cleared

    static SecretsSettings load(const Sdk::PluginSettings &settings);
    void save(Sdk::PluginSettings &settings) const;
};

/** Edits SecretsSettings in whole minutes and seconds. */
class SecretsSettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    SecretsSettingsDialog(const SecretsSettings &settings, QWidget *parent = nullptr);
    SecretsSettings settings() const;

private:
    QSpinBox *m_autoLock = nullptr;
    QSpinBox *m_reveal = nullptr;
    QSpinBox *m_clipboard = nullptr;
};

} // namespace OpsDeck::Secrets
