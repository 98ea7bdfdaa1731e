// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "appcontext.h"

#include "buildconfig.h"
#include "coretr.h"
#include "joblogforwarder.h"
#include "localprovider.h"
#include "settingsfile.h"

#include <opsdeck/api/backendregistry.h>
#include <opsdeck/sdk/hostservices.h>
#include <opsdeck/sdk/pluginmanager.h>
#include <opsdeck/sdk/taskmanager.h>

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QLoggingCategory>
#include <QSettings>
#include <QThreadPool>

Q_LOGGING_CATEGORY(lcApp, "opsdeck.app.core", QtWarningMsg)

namespace OpsDeck::Core {

namespace {
// Not under "plugins/": that group holds one subgroup per plugin id, and a
// plugin called "disabled" would collide with the list.
const QString kDisabledKey = QStringLiteral("pluginManager/disabled");
} // namespace

struct AppContext::Private
{
    Options options;
    Workspace::Location location;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<Backend::BackendRegistry> backends;
    std::unique_ptr<Sdk::HostServices> services;
    std::unique_ptr<Sdk::PluginManager> plugins;
    std::unique_ptr<ProfileStore> profiles;
    std::optional<WorkspaceInfo> workspace;
    std::optional<Error> workspaceError;
    QList<Error> problems;
    bool opened = false;
    /** Finished jobs' logs into the log store, while both are bound (console only). */
    std::unique_ptr<JobLogForwarder> jobLogs;

    void bindJobLogs()
    {
        jobLogs.reset();
        if (!runsBackgroundWork() || !backends)
            return;
        auto *engine = backends->get<Backend::IPipelineEngine>();
        auto *store = backends->get<Backend::ILogStore>();
        if (engine && store)
            jobLogs = std::make_unique<JobLogForwarder>(engine, store);
    }
};

AppContext::AppContext(Options options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->options = std::move(options);
}

AppContext::~AppContext()
{
    if (d->services) {
        // Work on the pool may run plugin code: stop it before plugins go.
        d->services->tasks().cancelAll();
        d->services->tasks().pool()->waitForDone();
    }
    d->plugins.reset();
    d->services.reset();
    d->jobLogs.reset();
    d->backends.reset();
    d->profiles.reset();
    if (d->settings)
        d->settings->sync();
    d->settings.reset();
}

void AppContext::open()
{
    if (d->opened)
        return;
    d->opened = true;

    const QString settingsPath = d->options.settingsPath.isEmpty() ? SettingsFile::defaultPath()
                                                                   : d->options.settingsPath;
    SettingsFile::Opened opened = SettingsFile::open(settingsPath);
    d->settings = std::move(opened.settings);
    if (d->options.installTranslations) {
        installTranslations(d->options.language.isEmpty()
                                ? d->settings->value(QStringLiteral("general/language")).toString()
                                : d->options.language);
    }
    if (opened.recovered) {
        qCWarning(lcApp).noquote() << opened.recovered->toString();
        d->problems.append(*opened.recovered);
    }

    d->location = Workspace::locate(d->options.workspaceFlag);
    auto ws = d->options.demo ? Workspace::makeDemo(d->location.path)
                              : Workspace::open(d->location.path, d->options.createWorkspace);
    if (ws) {
        d->workspace = *ws;
    } else {
        Error e = ws.error();
        e.message = Tr::tr("Cannot open the workspace (from %1): %2")
                        .arg(Workspace::sourceName(d->location.source), e.message);
        qCWarning(lcApp).noquote() << e.toString();
        d->workspaceError = e;
        d->problems.append(e);
    }

    d->backends = std::make_unique<Backend::BackendRegistry>();
    registerLocalProvider(*d->backends);
    connect(d->backends.get(), &Backend::BackendRegistry::aboutToRebind, this, [this] { d->jobLogs.reset(); });
    connect(d->backends.get(), &Backend::BackendRegistry::backendsChanged, this, [this] { d->bindJobLogs(); });
    d->services = std::make_unique<Sdk::HostServices>(*d->settings, *d->backends);
    d->plugins = std::make_unique<Sdk::PluginManager>(*d->services);
    d->plugins->setSearchPaths(d->options.pluginPaths ? *d->options.pluginPaths
                                                      : Sdk::PluginManager::defaultSearchPaths(installPluginDir()));
    d->plugins->setDisabledIds(disabledPlugins());
    d->profiles = std::make_unique<ProfileStore>(*d->settings, d->location.path);

    if (d->workspace) {
        const QString start = d->profiles->lastActiveId();
        if (auto activated = activateProfile(start); !activated && start != QLatin1String(ProfileStore::kLocalId)) {
            d->problems.append(activated.error());
            if (auto local = activateProfile(QString::fromLatin1(ProfileStore::kLocalId)); !local)
                d->problems.append(local.error());
        }
        d->bindJobLogs();
        // An engine that could not open (another process holds it, a damaged
        // file) leaves its capability "not available"; say why.
        for (const Error &e : localProviderProblems()) {
            qCWarning(lcApp).noquote() << e.toString();
            d->problems.append(e);
        }
    }
}

void AppContext::readPlugins()
{
    open();
    d->plugins->readAll();
}

void AppContext::loadPlugins()
{
    open();
    d->plugins->loadAll();
}

QSettings &AppContext::settings() { return *d->settings; }
Backend::BackendRegistry &AppContext::backends() { return *d->backends; }
Sdk::HostServices &AppContext::services() { return *d->services; }
Sdk::PluginManager &AppContext::plugins() { return *d->plugins; }
ProfileStore &AppContext::profiles() { return *d->profiles; }
Workspace::Location AppContext::workspaceLocation() const { return d->location; }
std::optional<WorkspaceInfo> AppContext::workspace() const { return d->workspace; }
std::optional<Error> AppContext::workspaceError() const { return d->workspaceError; }
QList<Error> AppContext::problems() const { return d->problems; }

Result<> AppContext::activateProfile(const QString &id)
{
    const auto profile = d->profiles->profile(id);
    if (!profile)
        return fail(ErrorCode::NotFound, Tr::tr("There is no profile \"%1\".").arg(id));
    auto activated = d->backends->activate(*profile);
    if (!activated)
        return activated;
    d->profiles->setLastActiveId(id);
    return {};
}

QSet<QString> AppContext::disabledPlugins() const
{
    const QStringList list = d->settings->value(kDisabledKey).toStringList();
    return {list.begin(), list.end()};
}

void AppContext::setPluginEnabled(const QString &id, bool enabled)
{
    QSet<QString> disabled = disabledPlugins();
    if (enabled)
        disabled.remove(id);
    else
        disabled.insert(id);
    QStringList list(disabled.begin(), disabled.end());
    list.sort();
    d->settings->setValue(kDisabledKey, list);
    d->settings->sync();
}

QString AppContext::installPluginDir()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/')
                           + QStringLiteral(OPSDECK_PLUGIN_DIR_FROM_BIN));
}

QString AppContext::translationsDir()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/')
                           + QStringLiteral(OPSDECK_TRANSLATIONS_DIR_FROM_BIN));
}

void AppContext::installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    // Owned by the application object, so they live exactly as long as it.
    // Without a catalog for the locale (C, fr, …) the English one still
    // supplies the plural forms ("1 greeting", "2 greetings").
    auto *ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(locale, QStringLiteral("opsdeck"), QStringLiteral("_"), translationsDir())
        || ours->load(QStringLiteral("opsdeck_en"), translationsDir()))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace OpsDeck::Core
