// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
class QComboBox;
class QDockWidget;
class QListWidget;
class QStackedWidget;

namespace OpsDeck::Core {
class AppContext;
}

namespace OpsDeck::Console {

class CommandPalette;
class NotificationsPanel;
class PluginsDialog;
class StatusBarHost;

/**
 * The console's window. It hosts what plugins register (views, commands,
 * status items) and implements none of it: navigation on the left, the
 * active view in the middle, the profile switcher and palette on top, the
 * status bar and notifications at the bottom.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Core::AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Restores the saved geometry and layout, then shows the window. */
    void restoreAndShow();
    /** Runs \a callback once, when the window is first painted. */
    void onFirstPaint(std::function<void()> callback);

    void openCommandPalette();
    void showPluginsDialog();
    void showSettingsDialog();
    void showAboutDialog();
    void activateView(const QString &id);
    QString currentViewId() const;

    // For tests and for the palette.
    CommandPalette *commandPalette() const { return m_palette; }
    PluginsDialog *pluginsDialog() const;
    QComboBox *profileSwitcher() const { return m_profiles; }
    QListWidget *navigation() const { return m_navigation; }
    StatusBarHost *statusBarHost() const { return m_statusBar; }

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setupBuiltinViews();
    void setupBuiltinCommands();
    void setupMenus();
    void setupToolBar();
    void rebuildNavigation();
    void syncViewCommands();
    void syncShortcut(const QString &commandId);
    QWidget *ensureViewWidget(const QString &id);
    void refreshProfiles();
    void switchProfile(const QString &id);
    void runCommand(const QString &id);
    void reportStartupProblems();

    Core::AppContext &m_context;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QComboBox *m_profiles = nullptr;
    QDockWidget *m_notificationsDock = nullptr;
    NotificationsPanel *m_notifications = nullptr;
    StatusBarHost *m_statusBar = nullptr;
    CommandPalette *m_palette = nullptr;
    QPointer<PluginsDialog> m_pluginsDialog;
    QMenu *m_viewMenu = nullptr;
    QHash<QString, QWidget *> m_viewWidgets;   // view id → page in m_stack
    QHash<QString, QAction *> m_shortcuts;     // command id → window-wide action
    QStringList m_viewCommandIds;              // "console.view.*" we registered
    std::function<void()> m_firstPaint;
    bool m_stopping = false;       // close requested, plugins shutting down
    bool m_pluginsStopped = false; // plugins done: the next close is real
};

} // namespace OpsDeck::Console
