// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "guitestsupport.h"

#include <mainwindow.h>
#include <testsupport.h>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPixmap>
#include <QRandomGenerator>
#include <QTest>

namespace OpsDeck::Test::Gui {

namespace {
QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}
} // namespace

ConsoleSandbox::ConsoleSandbox()
{
    QDir(m_dir.path()).mkpath(QStringLiteral("config"));
    QDir(m_dir.path()).mkpath(QStringLiteral("plugins"));
}

QString ConsoleSandbox::settingsPath() const
{
    return m_dir.filePath(QStringLiteral("config/settings.json"));
}

QString ConsoleSandbox::workspacePath() const
{
    return m_dir.filePath(QStringLiteral("workspace"));
}

QString ConsoleSandbox::pluginDir() const
{
    return m_dir.filePath(QStringLiteral("plugins"));
}

Core::AppContext::Options ConsoleSandbox::options() const
{
    Core::AppContext::Options options;
    options.settingsPath = settingsPath();
    options.workspaceFlag = workspacePath();
    options.pluginPaths = QStringList{pluginDir()};
    return options;
}

bool ConsoleSandbox::addHelloPlugin() const
{
    const QString source = helloPluginFile();
    if (source.isEmpty() || !QFile::exists(source))
        return false;
    return QFile::copy(source, QDir(pluginDir()).filePath(QStringLiteral("opsdeck_hello.so")));
}

bool ConsoleSandbox::addGarbagePlugin(const QString &fileName) const
{
    QFile file(QDir(pluginDir()).filePath(fileName));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray bytes(4096, Qt::Uninitialized);
    QRandomGenerator generator(42); // reproducible garbage
    for (char &c : bytes)
        c = char(generator.bounded(256));
    return file.write(bytes) == bytes.size();
}

QString helloPluginFile()
{
#ifdef OPSDECK_HELLO_PLUGIN_FILE
    return QStringLiteral(OPSDECK_HELLO_PLUGIN_FILE);
#else
    return {};
#endif
}

bool showActive(Console::MainWindow &window)
{
    // restoreAndShow() is what main() calls; the window must then be active,
    // or window-wide shortcuts (Ctrl+K, Ctrl+1) are not delivered.
    window.restoreAndShow();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

QAction *menuAction(QMainWindow &window, const QString &menu, const QString &text)
{
    for (QAction *top : window.menuBar()->actions()) {
        if (withoutMnemonic(top->text()) != withoutMnemonic(menu) || !top->menu())
            continue;
        for (QAction *a : top->menu()->actions()) {
            if (withoutMnemonic(a->text()) == withoutMnemonic(text))
                return a;
        }
    }
    return nullptr;
}

QString screenshotDir()
{
    const QString dir = QDir(buildDir()).filePath(QStringLiteral("gui-screenshots"));
    QDir().mkpath(dir);
    return dir;
}

bool saveScreenshot(QWidget &widget, const QString &fileName, QWidget *overlay)
{
    QPixmap shot = widget.grab();
    if (overlay && overlay->isVisible()) {
        // A popup is its own top-level window: paint it where it sits.
        QPainter painter(&shot);
        painter.drawPixmap(widget.mapFromGlobal(overlay->mapToGlobal(QPoint(0, 0))), overlay->grab());
    }
    return shot.save(QDir(screenshotDir()).filePath(fileName));
}

} // namespace OpsDeck::Test::Gui
