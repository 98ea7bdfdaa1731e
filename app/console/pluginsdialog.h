// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QLabel;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace OpsDeck::Core {
class AppContext;
}
namespace OpsDeck::Sdk {
struct PluginSpec;
}

namespace OpsDeck::Console {

/**
 * Help › About Plugins: every plugin file found, its state, and for a
 * refused one the reason. Enabling or disabling is remembered and takes
 * effect at the next start.
 */
class PluginsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PluginsDialog(Core::AppContext &context, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    /** Selects the row of the plugin with \a idOrFileName; false if none. */
    bool select(const QString &idOrFileName);
    /** The details pane as plain text (what the user reads). */
    QString detailsText() const;

private:
    void populate();
    void showDetails(QTreeWidgetItem *item);

    Core::AppContext &m_context;
    QTreeWidget *m_tree = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_restartNote = nullptr;
};

} // namespace OpsDeck::Console
