// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "aboutdialog.h"
#include "commandpalette.h"
#include "consoletr.h"
#include "notificationspanel.h"
#include "overviewpanel.h"
#include "pluginsdialog.h"
#include "settingsdialog.h"
#include "statusbarhost.h"

#include <appcontext.h>
#include <opsdeck/api/backendregistry.h>
#include <opsdeck/sdk/commandregistry.h>
#include <opsdeck/sdk/hostservices.h>
#include <opsdeck/sdk/notificationcenter.h>
#include <opsdeck/sdk/pluginmanager.h>
#include <opsdeck/sdk/viewregistry.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

#include <exception>

Q_LOGGING_CATEGORY(lcWindow, "opsdeck.app.console", QtWarningMsg)

namespace OpsDeck::Console {

namespace {
const QString kOverviewId = QStringLiteral("console.overview");
const QString kViewCommandPrefix = QStringLiteral("console.view.");
constexpr int kViewIdRole = Qt::UserRole + 1;
constexpr int kAsyncShutdownMs = 3000;
} // namespace

MainWindow::MainWindow(Core::AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("OpsDeckMainWindow"));
    setWindowTitle(Tr::tr("OpsDeck"));
    setMinimumSize(720, 480);

    Sdk::HostServices &services = m_context.services();

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(Tr::tr("Views"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setSpacing(2);
    m_navigation->setMinimumWidth(160);
    m_navigation->setMaximumWidth(260);
    m_navigation->setBackgroundRole(QPalette::Window);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("views"));

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({190, 900});
    setCentralWidget(splitter);

    m_notifications = new NotificationsPanel(services.notifications(), this);
    m_notificationsDock = new QDockWidget(Tr::tr("Notifications"), this);
    m_notificationsDock->setObjectName(QStringLiteral("notificationsDock"));
    m_notificationsDock->setWidget(m_notifications);
    m_notificationsDock->setAllowedAreas(Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_notificationsDock);
    m_notificationsDock->hide();
    connect(m_notificationsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            m_context.services().notifications().markAllRead();
    });

    m_statusBar = new StatusBarHost(m_context, statusBar(), this);
    connect(m_statusBar, &StatusBarHost::commandRequested, this, &MainWindow::runCommand);
    connect(m_statusBar, &StatusBarHost::notificationsRequested, this, [this] {
        m_notificationsDock->setVisible(!m_notificationsDock->isVisible());
    });

    m_palette = new CommandPalette(services.commands(), this);
    connect(m_palette, &CommandPalette::commandChosen, this, &MainWindow::runCommand);

    setupBuiltinViews();
    setupBuiltinCommands();
    setupToolBar();
    setupMenus();
    rebuildNavigation();

    Sdk::ViewRegistry &views = services.views();
    connect(&views, &Sdk::ViewRegistry::viewAdded, this, &MainWindow::rebuildNavigation);
    connect(&views, &Sdk::ViewRegistry::viewRemoved, this, [this](const QString &id) {
        if (QWidget *page = m_viewWidgets.take(id)) {
            m_stack->removeWidget(page);
            page->deleteLater();
        }
        rebuildNavigation();
    });
    connect(&views, &Sdk::ViewRegistry::activationRequested, this, &MainWindow::activateView);
    connect(m_navigation, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        if (QWidget *page = ensureViewWidget(item->data(kViewIdRole).toString()))
            m_stack->setCurrentWidget(page);
    });

    Sdk::CommandRegistry &commands = services.commands();
    connect(&commands, &Sdk::CommandRegistry::commandAdded, this, &MainWindow::syncShortcut);
    connect(&commands, &Sdk::CommandRegistry::commandRemoved, this, &MainWindow::syncShortcut);
    for (const Sdk::Command &c : commands.commands())
        syncShortcut(c.id);

    connect(&m_context.profiles(), &Core::ProfileStore::profilesChanged, this, &MainWindow::refreshProfiles);
    connect(&m_context.backends(), &Backend::BackendRegistry::backendsChanged, this, &MainWindow::refreshProfiles);
    refreshProfiles();

    reportStartupProblems();
}

MainWindow::~MainWindow()
{
    // Plugin widgets go before the plugins that made them.
    for (QWidget *page : std::as_const(m_viewWidgets))
        delete page;
    m_viewWidgets.clear();
}

void MainWindow::setupBuiltinViews()
{
    Sdk::HostServices &services = m_context.services();
    services.setCurrentOwner({});
    services.views().add({.id = kOverviewId,
                          .title = Tr::tr("Overview"),
                          .icon = QIcon(QStringLiteral(":/opsdeck/icons/overview.svg")),
                          .toolTip = Tr::tr("Workspace, profile and the state of every backend"),
                          .priority = 0,
                          .factory = [this](QWidget *parent) -> QWidget * {
                              auto *panel = new OverviewPanel(m_context, parent);
                              connect(panel, &OverviewPanel::pluginsDialogRequested, this,
                                      &MainWindow::showPluginsDialog);
                              return panel;
                          }});
}

void MainWindow::setupBuiltinCommands()
{
    Sdk::CommandRegistry &commands = m_context.services().commands();
    const QString category = Tr::tr("Console");
    auto add = [&](const QString &id, const QString &title, const QString &description, const QKeySequence &key,
                   std::function<void()> handler) {
        commands.add({.id = id, .title = title, .category = category, .description = description,
                      .shortcut = key, .handler = std::move(handler)});
    };
    add(QStringLiteral("console.palette"), Tr::tr("Show Command Palette"), Tr::tr("Find and run any command"),
        QKeySequence(Qt::CTRL | Qt::Key_K), [this] { openCommandPalette(); });
    add(QStringLiteral("console.plugins"), Tr::tr("About Plugins"), Tr::tr("Every plugin found, its state and why a plugin was refused"),
        {}, [this] { showPluginsDialog(); });
    add(QStringLiteral("console.settings"), Tr::tr("Settings"), Tr::tr("Language and other preferences"),
        QKeySequence(QKeySequence::Preferences), [this] { showSettingsDialog(); });
    add(QStringLiteral("console.about"), Tr::tr("About OpsDeck"), Tr::tr("Version, SDK and workspace"), {},
        [this] { showAboutDialog(); });
    add(QStringLiteral("console.notifications"), Tr::tr("Toggle Notifications"), Tr::tr("Show or hide the notification list"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { m_notificationsDock->setVisible(!m_notificationsDock->isVisible()); });
    add(QStringLiteral("console.notifications.clear"), Tr::tr("Clear Notifications"), Tr::tr("Remove every notification"),
        {}, [this] { m_context.services().notifications().clear(); });
    add(QStringLiteral("console.quit"), Tr::tr("Quit"), Tr::tr("Close OpsDeck"), QKeySequence(QKeySequence::Quit),
        [this] { close(); });
}

void MainWindow::setupToolBar()
{
    auto *bar = addToolBar(Tr::tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *profileLabel = new QLabel(Tr::tr("&Profile:"), bar);
    m_profiles = new QComboBox(bar);
    m_profiles->setObjectName(QStringLiteral("profileSwitcher"));
    m_profiles->setAccessibleName(Tr::tr("Profile"));
    m_profiles->setToolTip(Tr::tr("Where the backends come from: the local workspace or a remote system"));
    m_profiles->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    profileLabel->setBuddy(m_profiles);
    auto *holder = new QWidget(bar);
    auto *row = new QHBoxLayout(holder);
    row->setContentsMargins(6, 0, 6, 0);
    row->addWidget(profileLabel);
    row->addWidget(m_profiles);
    bar->addWidget(holder);
    connect(m_profiles, &QComboBox::activated, this, [this](int index) {
        switchProfile(m_profiles->itemData(index).toString());
    });

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    auto *paletteButton = new QToolButton(bar);
    paletteButton->setObjectName(QStringLiteral("paletteButton"));
    paletteButton->setText(Tr::tr("Commands…  %1").arg(QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText)));
    paletteButton->setToolTip(Tr::tr("Find and run any command"));
    paletteButton->setAutoRaise(true);
    connect(paletteButton, &QToolButton::clicked, this, &MainWindow::openCommandPalette);
    bar->addWidget(paletteButton);
}

void MainWindow::setupMenus()
{
    auto action = [this](QMenu *menu, const QString &commandId) {
        const auto command = m_context.services().commands().command(commandId);
        if (!command)
            return;
        QAction *a = menu->addAction(command->title);
        a->setShortcut(command->shortcut);
        a->setShortcutContext(Qt::WidgetShortcut); // the window-wide action handles the key
        connect(a, &QAction::triggered, this, [this, commandId] { runCommand(commandId); });
    };
    QMenu *file = menuBar()->addMenu(Tr::tr("&File"));
    action(file, QStringLiteral("console.settings"));
    file->addSeparator();
    action(file, QStringLiteral("console.quit"));

    m_viewMenu = menuBar()->addMenu(Tr::tr("&View"));

    QMenu *go = menuBar()->addMenu(Tr::tr("&Go"));
    action(go, QStringLiteral("console.palette"));
    action(go, QStringLiteral("console.notifications"));

    QMenu *help = menuBar()->addMenu(Tr::tr("&Help"));
    action(help, QStringLiteral("console.plugins"));
    action(help, QStringLiteral("console.about"));
}

void MainWindow::rebuildNavigation()
{
    const QString current = currentViewId();
    const QList<Sdk::View> views = m_context.services().views().views();
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->clear();
        for (const Sdk::View &v : views) {
            auto *item = new QListWidgetItem(v.icon, v.title, m_navigation);
            item->setData(kViewIdRole, v.id);
            item->setToolTip(v.toolTip);
            item->setSizeHint(QSize(0, 34));
        }
    }
    syncViewCommands();
    // Keep the user where they were; else the first view.
    QString target = current;
    if (target.isEmpty() || !m_context.services().views().view(target))
        target = views.isEmpty() ? QString() : views.constFirst().id;
    if (!target.isEmpty())
        activateView(target);
}

// Every view gets a "Go to …" command (Ctrl+1…9), so the palette and the
// keyboard reach plugin views the same way as built-in ones.
void MainWindow::syncViewCommands()
{
    Sdk::CommandRegistry &commands = m_context.services().commands();
    for (const QString &id : std::as_const(m_viewCommandIds))
        commands.remove(id);
    m_viewCommandIds.clear();
    if (m_viewMenu)
        m_viewMenu->clear();
    const QList<Sdk::View> views = m_context.services().views().views();
    int n = 0;
    for (const Sdk::View &v : views) {
        ++n;
        const QString id = kViewCommandPrefix + v.id;
        const QString viewId = v.id;
        const QKeySequence key = n <= 9 ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)) : QKeySequence();
        commands.add({.id = id, .title = Tr::tr("Go to %1").arg(v.title), .category = Tr::tr("View"),
                      .description = v.toolTip, .shortcut = key,
                      .handler = [this, viewId] { activateView(viewId); }, .owner = QStringLiteral("console")});
        m_viewCommandIds.append(id);
        if (m_viewMenu) {
            QAction *a = m_viewMenu->addAction(v.icon, v.title);
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetShortcut);
            connect(a, &QAction::triggered, this, [this, viewId] { activateView(viewId); });
        }
    }
    if (m_viewMenu) {
        m_viewMenu->addSeparator();
        QAction *a = m_viewMenu->addAction(Tr::tr("Notifications"));
        connect(a, &QAction::triggered, this, [this] { runCommand(QStringLiteral("console.notifications")); });
    }
}

void MainWindow::syncShortcut(const QString &commandId)
{
    delete m_shortcuts.take(commandId);
    const auto command = m_context.services().commands().command(commandId);
    if (!command || command->shortcut.isEmpty())
        return;
    auto *a = new QAction(command->title, this);
    a->setShortcut(command->shortcut);
    a->setShortcutContext(Qt::WindowShortcut);
    connect(a, &QAction::triggered, this, [this, commandId] { runCommand(commandId); });
    addAction(a);
    m_shortcuts.insert(commandId, a);
}

QWidget *MainWindow::ensureViewWidget(const QString &id)
{
    if (QWidget *page = m_viewWidgets.value(id))
        return page;
    const auto view = m_context.services().views().view(id);
    if (!view)
        return nullptr;
    QWidget *page = nullptr;
    QString failure;
    try {
        page = view->factory(m_stack);
    } catch (const std::exception &e) {
        failure = QString::fromLocal8Bit(e.what());
    } catch (...) {
        failure = Tr::tr("unknown exception");
    }
    if (!page) {
        // A broken view must not take the window with it: show why instead.
        qCWarning(lcWindow).noquote() << "view" << id << "could not be created:" << failure;
        auto *label = new QLabel(Tr::tr("The view \"%1\" could not be opened: %2")
                                     .arg(view->title, failure.isEmpty() ? Tr::tr("its plugin returned no widget") : failure),
                                 m_stack);
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        page = label;
    }
    page->setObjectName(id);
    m_stack->addWidget(page);
    m_viewWidgets.insert(id, page);
    return page;
}

void MainWindow::activateView(const QString &id)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        if (item->data(kViewIdRole).toString() == id) {
            m_navigation->setCurrentItem(item); // creates and shows the page
            if (QWidget *page = ensureViewWidget(id))
                m_stack->setCurrentWidget(page);
            return;
        }
    }
}

QString MainWindow::currentViewId() const
{
    const QListWidgetItem *item = m_navigation ? m_navigation->currentItem() : nullptr;
    return item ? item->data(kViewIdRole).toString() : QString();
}

void MainWindow::refreshProfiles()
{
    const QSignalBlocker blocker(m_profiles);
    m_profiles->clear();
    const QString active = m_context.backends().activeProfile().id;
    for (const Backend::Profile &p : m_context.profiles().profiles()) {
        m_profiles->addItem(p.name, p.id);
        if (p.id == active)
            m_profiles->setCurrentIndex(m_profiles->count() - 1);
    }
    if (active.isEmpty()) {
        m_profiles->insertItem(0, Tr::tr("(no profile)"), QString());
        m_profiles->setCurrentIndex(0);
    }
}

void MainWindow::switchProfile(const QString &id)
{
    if (id.isEmpty() || id == m_context.backends().activeProfile().id)
        return;
    if (auto switched = m_context.activateProfile(id); !switched) {
        m_context.services().notifications().post({.severity = Sdk::Notification::Severity::Error,
                                                   .title = Tr::tr("Cannot switch profile"),
                                                   .body = switched.error().toString()});
        refreshProfiles(); // back to the profile that is still bound
        return;
    }
    statusBar()->showMessage(Tr::tr("Switched to profile \"%1\"").arg(m_context.backends().activeProfile().name), 4000);
}

void MainWindow::runCommand(const QString &id)
{
    if (auto ran = m_context.services().commands().trigger(id); !ran) {
        m_context.services().notifications().post({.severity = Sdk::Notification::Severity::Error,
                                                   .title = ran.error().message,
                                                   .body = ran.error().detail});
    }
}

void MainWindow::openCommandPalette()
{
    m_palette->popup();
}

void MainWindow::showPluginsDialog()
{
    if (!m_pluginsDialog) {
        m_pluginsDialog = new PluginsDialog(m_context, this);
        m_pluginsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_pluginsDialog->show();
    m_pluginsDialog->raise();
    m_pluginsDialog->activateWindow();
}

PluginsDialog *MainWindow::pluginsDialog() const
{
    return m_pluginsDialog.data();
}

void MainWindow::showSettingsDialog()
{
    auto *dialog = new SettingsDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAboutDialog()
{
    auto *dialog = new AboutDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::reportStartupProblems()
{
    Sdk::NotificationCenter &notes = m_context.services().notifications();
    for (const Error &e : m_context.problems()) {
        notes.post({.severity = Sdk::Notification::Severity::Error, .title = e.message, .body = e.detail,
                    .owner = QStringLiteral("console")});
    }
    const auto problems = m_context.plugins().problems();
    if (!problems.isEmpty()) {
        QStringList names;
        for (const Sdk::PluginSpec *spec : problems)
            names.append(spec->name.isEmpty() ? spec->fileName : spec->name);
        notes.post({.severity = Sdk::Notification::Severity::Warning,
                    .title = Tr::tr("%n plugin(s) could not be loaded", nullptr, int(problems.size())),
                    .body = Tr::tr("%1. See Help › About Plugins for the reasons.").arg(names.join(QStringLiteral(", "))),
                    .owner = QStringLiteral("console")});
    }
}

void MainWindow::restoreAndShow()
{
    QSettings &s = m_context.settings();
    const QByteArray geometry = s.value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1200, 760);
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    const QString lastView = s.value(QStringLiteral("window/view")).toString();
    if (!lastView.isEmpty())
        activateView(lastView);
    installEventFilter(this);
    show();
}

void MainWindow::onFirstPaint(std::function<void()> callback)
{
    m_firstPaint = std::move(callback);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == this && event->type() == QEvent::Paint && m_firstPaint) {
        // Report after this paint has been done, not before it.
        auto callback = std::move(m_firstPaint);
        m_firstPaint = nullptr;
        QMetaObject::invokeMethod(this, [callback] { callback(); }, Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_pluginsStopped) {
        QMainWindow::closeEvent(event);
        return;
    }
    // First close: remember the window, then let plugins stop (Async ones
    // get a few seconds, without blocking the event loop), then close.
    event->ignore();
    if (m_stopping)
        return;
    m_stopping = true;
    QSettings &s = m_context.settings();
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/view"), currentViewId());
    s.sync();
    connect(&m_context.plugins(), &Sdk::PluginManager::shutdownFinished, this, [this] {
        m_pluginsStopped = true;
        close();
    }, Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    m_context.plugins().shutdown(kAsyncShutdownMs);
}

} // namespace OpsDeck::Console
