// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/sdk/pluginmanager.h"

#include "opsdeck/sdk/hostservices.h"
#include "opsdeck/sdk/iplugin.h"
#include "plugincontext_p.h"
#include "sdktr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLibrary>
#include <QLocale>
#include <QLoggingCategory>
#include <QPluginLoader>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <exception>
#include <map>
#include <vector>

Q_LOGGING_CATEGORY(lcPlugins, "opsdeck.sdk.pluginmanager", QtWarningMsg)

namespace OpsDeck::Sdk {

struct PluginManager::Private
{
    explicit Private(HostServices &s)
        : services(s)
    {
    }

    HostServices &services;
    QStringList searchPaths;
    QSet<QString> disabledIds;
    std::vector<std::unique_ptr<PluginSpec>> specs;   // discovery order
    QList<PluginSpec *> loadOrder;                     // dependencies first
    std::map<PluginSpec *, std::unique_ptr<QPluginLoader>> loaders;
    std::map<PluginSpec *, std::unique_ptr<Internal::PluginContext>> contexts;
    std::vector<std::unique_ptr<QTranslator>> translators;
    bool read = false;
    bool loaded = false;
    bool shutDown = false;
    int pendingAsync = 0;

    PluginSpec *byId(const QString &id) const
    {
        for (const auto &spec : specs) {
            if (spec->id == id && spec->state != PluginState::Invalid)
                return spec.get();
        }
        return nullptr;
    }

    void setFailed(PluginSpec *spec, const QString &why)
    {
        spec->state = PluginState::Failed;
        spec->error = why;
        qCWarning(lcPlugins).noquote() << QStringLiteral("plugin %1 (%2) failed: %3")
                                              .arg(spec->name.isEmpty() ? spec->id : spec->name,
                                                   spec->filePath, why);
    }

    void discover();
    void resolve();
    bool visit(PluginSpec *spec, QList<PluginSpec *> &stack, QHash<PluginSpec *, int> &marks);
    void loadOne(PluginSpec *spec);
    void installTranslator(PluginSpec *spec);
};

void PluginManager::Private::discover()
{
    QSet<QString> seen;
    for (const QString &path : std::as_const(searchPaths)) {
        const QDir dir(path);
        if (path.isEmpty() || !dir.exists())
            continue;
        const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Readable | QDir::NoDotAndDotDot,
                                                         QDir::Name);
        for (const QFileInfo &info : entries) {
            if (!QLibrary::isLibrary(info.fileName()))
                continue; // README, .qm files and the like
            const QString canonical = info.canonicalFilePath();
            if (canonical.isEmpty() || seen.contains(canonical))
                continue;
            seen.insert(canonical);
            // Reading metadata does not run any code of the plugin: Qt parses
            // the ELF section itself.
            QPluginLoader probe(info.absoluteFilePath());
            auto spec = std::make_unique<PluginSpec>(
                PluginSpec::fromMetaData(probe.metaData(), info.absoluteFilePath(), sdkVersion()));
            if (spec->state == PluginState::Invalid) {
                qCWarning(lcPlugins).noquote()
                    << QStringLiteral("%1: refused: %2").arg(spec->filePath, spec->error);
            }
            specs.push_back(std::move(spec));
        }
    }
}

bool PluginManager::Private::visit(PluginSpec *spec, QList<PluginSpec *> &stack,
                                   QHash<PluginSpec *, int> &marks)
{
    enum { White = 0, Grey = 1, Black = 2 };
    const int mark = marks.value(spec, White);
    if (mark == Black)
        return spec->state == PluginState::Resolved;
    if (mark == Grey) {
        // A cycle: every member fails with the whole loop in its message.
        const qsizetype from = stack.indexOf(spec);
        QStringList names;
        for (qsizetype i = from; i < stack.size(); ++i)
            names.append(stack.at(i)->id);
        names.append(spec->id);
        const QString why = Tr::tr("dependency cycle: %1").arg(names.join(QStringLiteral(" → ")));
        for (qsizetype i = from; i < stack.size(); ++i) {
            if (stack.at(i)->state != PluginState::Failed)
                setFailed(stack.at(i), why);
        }
        return false;
    }
    marks.insert(spec, Grey);
    stack.append(spec);
    bool ok = true;
    for (const PluginDependency &dep : std::as_const(spec->dependencies)) {
        PluginSpec *target = byId(dep.id);
        if (!target) {
            if (dep.optional)
                continue;
            if (spec->state != PluginState::Failed) {
                setFailed(spec, Tr::tr("missing dependency \"%1\" (version %2)")
                                    .arg(dep.id, dep.version.toString()));
            }
            ok = false;
            continue;
        }
        if (target->state == PluginState::Disabled) {
            if (dep.optional)
                continue;
            if (spec->state != PluginState::Failed)
                setFailed(spec, Tr::tr("requires \"%1\", which is disabled").arg(target->name));
            ok = false;
            continue;
        }
        if (!target->provides(dep)) {
            if (dep.optional)
                continue;
            if (spec->state != PluginState::Failed) {
                setFailed(spec, Tr::tr("requires \"%1\" version %2, but version %3 (compatible back to %4) is installed")
                                    .arg(dep.id, dep.version.toString(), target->version.toString(),
                                         target->compatVersion.toString()));
            }
            ok = false;
            continue;
        }
        if (dep.optional && marks.value(target, White) == Grey)
            continue; // an optional edge never makes a cycle; it only orders
        if (!visit(target, stack, marks) && !dep.optional) {
            if (spec->state != PluginState::Failed) {
                setFailed(spec, Tr::tr("dependency \"%1\" failed: %2").arg(target->name, target->error));
            }
            ok = false;
        }
    }
    stack.removeLast();
    marks.insert(spec, Black);
    if (ok && spec->state == PluginState::Read) {
        spec->state = PluginState::Resolved;
        loadOrder.append(spec);
    }
    return spec->state == PluginState::Resolved;
}

void PluginManager::Private::resolve()
{
    // Duplicate ids: the first found wins (search paths are in priority order).
    QHash<QString, PluginSpec *> first;
    for (const auto &spec : specs) {
        if (spec->state != PluginState::Read)
            continue;
        if (PluginSpec *earlier = first.value(spec->id)) {
            spec->state = PluginState::Invalid;
            spec->error = Tr::tr("duplicate id \"%1\": already provided by %2").arg(spec->id, earlier->filePath);
            qCWarning(lcPlugins).noquote() << spec->filePath << spec->error;
            continue;
        }
        first.insert(spec->id, spec.get());
    }
    for (const auto &spec : specs) {
        if (spec->state != PluginState::Read)
            continue;
        spec->enabled = !disabledIds.contains(spec->id);
        if (!spec->enabled)
            spec->state = PluginState::Disabled;
    }
    QHash<PluginSpec *, int> marks;
    for (const auto &spec : specs) {
        if (spec->state == PluginState::Read) {
            QList<PluginSpec *> stack;
            visit(spec.get(), stack, marks);
        }
    }
}

void PluginManager::Private::installTranslator(PluginSpec *spec)
{
    // Out-of-tree plugins ship <id>_<lang>.qm beside the library.
    const QString dir = QFileInfo(spec->filePath).absolutePath();
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(QLocale(), spec->id, QStringLiteral("_"), dir)
        || translator->load(QLocale(), spec->id, QStringLiteral("_"), dir + QStringLiteral("/translations"))) {
        QCoreApplication::installTranslator(translator.get());
        translators.push_back(std::move(translator));
    }
}

void PluginManager::Private::loadOne(PluginSpec *spec)
{
    for (const PluginDependency &dep : std::as_const(spec->dependencies)) {
        const PluginSpec *target = byId(dep.id);
        if (dep.optional || !target)
            continue;
        if (target->state != PluginState::Initialized) {
            setFailed(spec, Tr::tr("dependency \"%1\" failed: %2").arg(target->name, target->error));
            return;
        }
    }

    auto loader = std::make_unique<QPluginLoader>(spec->filePath);
    QObject *object = nullptr;
    try {
        object = loader->instance(); // runs the library's static initialisers
    } catch (const std::exception &e) {
        setFailed(spec, Tr::tr("loading threw an exception: %1").arg(QString::fromLocal8Bit(e.what())));
        return;
    } catch (...) {
        setFailed(spec, Tr::tr("loading threw an exception"));
        return;
    }
    if (!object) {
        setFailed(spec, Tr::tr("cannot load the library: %1").arg(loader->errorString()));
        return;
    }
    auto *plugin = qobject_cast<IPlugin *>(object);
    if (!plugin) {
        setFailed(spec, Tr::tr("the plugin object does not implement OpsDeck::Sdk::IPlugin"));
        return;
    }
    spec->instance = plugin;
    spec->state = PluginState::Loaded;
    loaders.emplace(spec, std::move(loader));
    installTranslator(spec);

    auto context = std::make_unique<Internal::PluginContext>(services, spec->id);
    services.setCurrentOwner(spec->id);
    Result<> result;
    try {
        result = plugin->initialize(*context);
    } catch (const std::exception &e) {
        result = fail(ErrorCode::Internal, Tr::tr("initialisation threw an exception: %1")
                                               .arg(QString::fromLocal8Bit(e.what())));
    } catch (...) {
        result = fail(ErrorCode::Internal, Tr::tr("initialisation threw an exception"));
    }
    services.setCurrentOwner({});
    contexts.emplace(spec, std::move(context));
    if (!result) {
        services.removeOwnedBy(spec->id); // nothing half-registered stays visible
        setFailed(spec, result.error().toString());
        return;
    }
    spec->state = PluginState::Initialized;
}

PluginManager::PluginManager(HostServices &services, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(services))
{
}

PluginManager::~PluginManager()
{
    if (d->loaded && !d->shutDown)
        shutdown(0);
    // Reverse load order: dependents go before what they depend on. The
    // libraries stay mapped; unloading code that Qt's metatype and
    // translation tables may still point into is a crash at exit.
    for (auto it = d->loadOrder.crbegin(); it != d->loadOrder.crend(); ++it) {
        PluginSpec *spec = *it;
        if (spec->instance) {
            d->services.removeOwnedBy(spec->id);
            delete spec->instance;
            spec->instance = nullptr;
        }
    }
    for (const auto &translator : d->translators)
        QCoreApplication::removeTranslator(translator.get());
}

QStringList PluginManager::defaultSearchPaths(const QString &installDir)
{
    QStringList paths;
    if (!installDir.isEmpty())
        paths.append(installDir);
    paths.append(userPluginDir());
    const QString env = qEnvironmentVariable("OPSDECK_PLUGIN_PATH");
    for (const QString &entry : env.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        // Relative entries would make loading depend on the working directory.
        if (QDir::isAbsolutePath(entry))
            paths.append(QDir::cleanPath(entry));
        else
            qCWarning(lcPlugins).noquote() << "OPSDECK_PLUGIN_PATH: ignoring relative entry" << entry;
    }
    return paths;
}

QString PluginManager::userPluginDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/opsdeck/plugins");
}

void PluginManager::setSearchPaths(const QStringList &paths)
{
    d->searchPaths = paths;
}

QStringList PluginManager::searchPaths() const
{
    return d->searchPaths;
}

void PluginManager::setDisabledIds(const QSet<QString> &ids)
{
    d->disabledIds = ids;
}

void PluginManager::readAll()
{
    if (d->read)
        return;
    d->read = true;
    d->discover();
    d->resolve();
}

void PluginManager::loadAll()
{
    if (d->loaded)
        return;
    readAll();
    d->loaded = true;
    for (PluginSpec *spec : std::as_const(d->loadOrder))
        d->loadOne(spec);
    for (PluginSpec *spec : std::as_const(d->loadOrder)) {
        if (spec->state != PluginState::Initialized)
            continue;
        d->services.setCurrentOwner(spec->id);
        try {
            spec->instance->extensionsInitialized();
            spec->state = PluginState::Running;
        } catch (const std::exception &e) {
            d->services.removeOwnedBy(spec->id);
            d->setFailed(spec, Tr::tr("extensionsInitialized() threw an exception: %1")
                                   .arg(QString::fromLocal8Bit(e.what())));
        } catch (...) {
            d->services.removeOwnedBy(spec->id);
            d->setFailed(spec, Tr::tr("extensionsInitialized() threw an exception"));
        }
        d->services.setCurrentOwner({});
    }
}

void PluginManager::shutdown(int asyncTimeoutMs)
{
    if (d->shutDown) {
        // Idempotent for callers that wait on the signal: a second request
        // after everything stopped is answered at once.
        if (d->pendingAsync == 0)
            Q_EMIT shutdownFinished();
        return;
    }
    d->shutDown = true;
    d->pendingAsync = 0;
    for (auto it = d->loadOrder.crbegin(); it != d->loadOrder.crend(); ++it) {
        PluginSpec *spec = *it;
        if (spec->state != PluginState::Running && spec->state != PluginState::Initialized)
            continue;
        IPlugin::ShutdownMode mode = IPlugin::ShutdownMode::Sync;
        try {
            mode = spec->instance->aboutToShutdown();
        } catch (...) {
            qCWarning(lcPlugins).noquote() << spec->id << "threw from aboutToShutdown()";
        }
        spec->state = PluginState::Stopped;
        if (mode == IPlugin::ShutdownMode::Async && asyncTimeoutMs > 0) {
            ++d->pendingAsync;
            connect(spec->instance, &IPlugin::asynchronousShutdownFinished, this, [this] {
                if (d->pendingAsync > 0 && --d->pendingAsync == 0)
                    Q_EMIT shutdownFinished();
            }, Qt::SingleShotConnection);
        }
    }
    if (d->pendingAsync == 0) {
        Q_EMIT shutdownFinished();
        return;
    }
    QTimer::singleShot(asyncTimeoutMs, this, [this] {
        if (d->pendingAsync > 0) {
            qCWarning(lcPlugins) << d->pendingAsync << "plugin(s) did not finish shutting down in time";
            d->pendingAsync = 0;
            Q_EMIT shutdownFinished();
        }
    });
}

QList<const PluginSpec *> PluginManager::plugins() const
{
    QList<const PluginSpec *> out;
    for (const auto &spec : d->specs)
        out.append(spec.get());
    return out;
}

const PluginSpec *PluginManager::plugin(const QString &id) const
{
    for (const auto &spec : d->specs) {
        if (spec->id == id)
            return spec.get();
    }
    return nullptr;
}

QList<const PluginSpec *> PluginManager::problems() const
{
    QList<const PluginSpec *> out;
    for (const auto &spec : d->specs) {
        if (spec->state == PluginState::Invalid || spec->state == PluginState::Failed)
            out.append(spec.get());
    }
    return out;
}

} // namespace OpsDeck::Sdk
