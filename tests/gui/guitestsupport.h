// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <appcontext.h>

#include <QString>
#include <QTemporaryDir>

class QAction;
class QMainWindow;
class QWidget;

namespace OpsDeck::Console {
class MainWindow;
}

namespace OpsDeck::Test::Gui {

/**
 * A private home for one console run: a settings file, a workspace folder
 * and a plugin folder, all under one temporary directory. Two AppContexts
 * built from the same sandbox's options are "the same user restarting".
 */
class ConsoleSandbox
{
public:
    ConsoleSandbox();

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString settingsPath() const;
    QString workspacePath() const;
    QString pluginDir() const;

    /** Settings, workspace and exactly our plugin folder (never the build's or the user's). */
    Core::AppContext::Options options() const;

    /** Copies the example plugin into the plugin folder; false if it was not built. */
    bool addHelloPlugin() const;
    /** Writes \a fileName into the plugin folder: random bytes, not a library. */
    bool addGarbagePlugin(const QString &fileName) const;

private:
    QTemporaryDir m_dir;
};

/** The built example plugin, or empty when the build has none. */
QString helloPluginFile();

/** restoreAndShow()s \a window, makes it the active window and waits until it is. */
bool showActive(Console::MainWindow &window);

/** The action titled \a text (mnemonics ignored) in the menu bar menu titled \a menu. */
QAction *menuAction(QMainWindow &window, const QString &menu, const QString &text);

/** Where screenshots go: <build>/gui-screenshots (created). */
QString screenshotDir();
/** Saves \a widget (and \a overlay, a popup drawn where it is on screen) as \a fileName. */
bool saveScreenshot(QWidget &widget, const QString &fileName, QWidget *overlay = nullptr);

} // namespace OpsDeck::Test::Gui
