// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QComboBox;

namespace OpsDeck::Core {
class AppContext;
}

namespace OpsDeck::Console {

/** File › Settings: the console's own preferences. */
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Core::AppContext &context, QWidget *parent = nullptr);
    void accept() override;

private:
    Core::AppContext &m_context;
    QComboBox *m_language = nullptr;
};

} // namespace OpsDeck::Console
