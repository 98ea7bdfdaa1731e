// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// opsdeck: the desktop console. main() only parses the command line, checks
// for a display and hands over to AppContext and MainWindow.
#include "consoletr.h"
#include "mainwindow.h"

#include <appcontext.h>
#include <buildconfig.h>
#include <localprovider.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QSettings>
#include <QTimer>

#include <cstdio>

using namespace OpsDeck;

namespace {

// Without a display QApplication aborts with a long plugin message; say in
// one line what is wrong and what works instead.
bool haveDisplay()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty())
        return true; // the user chose (offscreen, vnc, …)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

bool wantsOnlyText(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "--version" || a == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    if (!haveDisplay() && !wantsOnlyText(argc, argv)) {
        std::fputs("opsdeck: no display found (DISPLAY and WAYLAND_DISPLAY are unset); run it as "
                   "'xvfb-run -a opsdeck', or use 'opsctl' for headless work.\n",
                   stderr);
        return 1;
    }
    if (wantsOnlyText(argc, argv) && !haveDisplay())
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OpsDeck"));
    QApplication::setApplicationName(QStringLiteral("opsdeck"));
    QApplication::setApplicationDisplayName(QStringLiteral("OpsDeck"));
    QApplication::setApplicationVersion(QStringLiteral(OPSDECK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(OPSDECK_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/opsdeck/icons/dev.opsdeck.OpsDeck.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(Console::Tr::tr("Operations console for on-call engineers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOpt(QStringLiteral("workspace"),
                                          Console::Tr::tr("Open the workspace in DIR (else $OPSDECK_WORKSPACE, "
                                                          "else the default)."),
                                          QStringLiteral("DIR"));
    const QCommandLineOption demoOpt(QStringLiteral("demo"),
                                     Console::Tr::tr("Create the workspace as a demo workspace."));
    const QCommandLineOption languageOpt(QStringLiteral("language"),
                                         Console::Tr::tr("Use LANG (\"en\", \"de\") instead of the saved setting."),
                                         QStringLiteral("LANG"));
    const QCommandLineOption measureOpt(QStringLiteral("measure-startup"),
                                        Console::Tr::tr("Print the milliseconds to the first painted window, then "
                                                        "quit (for benchmarks)."));
    parser.addOptions({workspaceOpt, demoOpt, languageOpt, measureOpt});
    parser.process(app);

    Core::AppContext::Options options;
    options.workspaceFlag = parser.value(workspaceOpt);
    // A first start (no default workspace yet) gets a demo workspace, so
    // there is something to look at in the first minute.
    const auto location = Core::Workspace::locate(options.workspaceFlag);
    options.demo = parser.isSet(demoOpt)
        || (location.source == Core::Workspace::Source::Default && !QFileInfo::exists(location.path));
    options.installTranslations = true;
    options.language = parser.value(languageOpt);
    // The console runs pipeline jobs, watches repositories and keeps the
    // deployed services up; opsctl's one-shot commands do not.
    Core::setRunsBackgroundWork(true);
    Core::AppContext context(options);
    context.open();
    context.loadPlugins();

    Console::MainWindow window(context);
    if (parser.isSet(measureOpt)) {
        window.onFirstPaint([&sinceStart] {
            std::printf("startup-ms %.3f\n", double(sinceStart.nsecsElapsed()) / 1e6);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        });
    }
    window.restoreAndShow();
    return QApplication::exec();
}
