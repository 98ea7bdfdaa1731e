// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace OpsDeck::Core {
class AppContext;
}

namespace OpsDeck::Console {

/**
 * The console's home view: which workspace and profile are open, which
 * backend capabilities the profile provides (and which are not available),
 * and what went wrong at startup.
 */
class OverviewPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPanel(Core::AppContext &context, QWidget *parent = nullptr);

    /** The capability table as text, row by row (for tests and screen readers). */
    QStringList capabilityRows() const;

Q_SIGNALS:
    void pluginsDialogRequested();

private:
    void refresh();

    Core::AppContext &m_context;
    QLabel *m_workspace = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_plugins = nullptr;
    QPushButton *m_pluginsButton = nullptr;
    QGridLayout *m_capabilities = nullptr;
};

} // namespace OpsDeck::Console
