// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "commands.h"

#include "clitr.h"
#include "output.h"

#include <appcontext.h>
#include <opsdeck/api/backendregistry.h>
#include <opsdeck/sdk/pluginmanager.h>

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace OpsDeck::Cli {

namespace {

// Reading must not create: a workspace made by `workspace info` would stop
// the console's first start from making the demo workspace.
Core::AppContext::Options contextOptions(const GlobalOptions &global)
{
    Core::AppContext::Options o;
    o.workspaceFlag = global.workspace;
    o.createWorkspace = false;
    return o;
}

// What went wrong on the way (a damaged settings file moved aside, …) is
// said on stderr even when the command itself succeeds.
void printProblems(const Core::AppContext &context)
{
    const auto workspaceError = context.workspaceError();
    for (const Error &e : context.problems()) {
        if (workspaceError && e == *workspaceError)
            continue;
        printErr(Tr::tr("opsctl: warning: %1").arg(e.toString()));
    }
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject specToJson(const Sdk::PluginSpec &spec)
{
    QJsonArray deps;
    for (const Sdk::PluginDependency &dep : spec.dependencies) {
        deps.append(QJsonObject{{QStringLiteral("id"), dep.id},
                                {QStringLiteral("version"), dep.version.toString()},
                                {QStringLiteral("optional"), dep.optional}});
    }
    return QJsonObject{
        {QStringLiteral("file"), spec.fileName},
        {QStringLiteral("path"), spec.filePath},
        {QStringLiteral("id"), orNull(spec.id)},
        {QStringLiteral("name"), orNull(spec.name)},
        {QStringLiteral("version"), orNull(spec.version.isNull() ? QString() : spec.version.toString())},
        {QStringLiteral("compatVersion"), orNull(spec.compatVersion.isNull() ? QString() : spec.compatVersion.toString())},
        {QStringLiteral("sdkVersion"), orNull(spec.sdkVersion.isNull() ? QString() : spec.sdkVersion.toString())},
        {QStringLiteral("description"), orNull(spec.description)},
        {QStringLiteral("vendor"), orNull(spec.vendor)},
        {QStringLiteral("state"), Sdk::pluginStateName(spec.state)},
        {QStringLiteral("enabled"), spec.enabled},
        {QStringLiteral("error"), orNull(spec.error)},
        {QStringLiteral("dependencies"), deps},
        {QStringLiteral("capabilities"), QJsonArray::fromStringList(spec.capabilities)},
    };
}

} // namespace

int pluginsList(const GlobalOptions &global, bool load, bool check)
{
    Core::AppContext context(contextOptions(global));
    if (load)
        context.loadPlugins();
    else
        context.readPlugins();
    printProblems(context);
    const QList<const Sdk::PluginSpec *> specs = context.plugins().plugins();
    const bool problems = !context.plugins().problems().isEmpty();

    if (global.json) {
        QJsonArray list;
        for (const Sdk::PluginSpec *spec : specs)
            list.append(specToJson(*spec));
        printJson(QJsonObject{{QStringLiteral("searchPaths"), QJsonArray::fromStringList(context.plugins().searchPaths())},
                              {QStringLiteral("plugins"), list}});
    } else if (specs.isEmpty()) {
        printOut(Tr::tr("No plugin files found in: %1").arg(context.plugins().searchPaths().join(QStringLiteral(", "))));
    } else {
        Table table({Tr::tr("STATE"), Tr::tr("ID"), Tr::tr("VERSION"), Tr::tr("FILE"), Tr::tr("REASON")});
        for (const Sdk::PluginSpec *spec : specs) {
            table.addRow({Sdk::pluginStateName(spec->state), spec->id.isEmpty() ? QStringLiteral("-") : spec->id,
                          spec->version.isNull() ? QStringLiteral("-") : spec->version.toString(), spec->fileName,
                          spec->error});
        }
        printOut(table.toString());
    }
    return check && problems ? PluginProblems : Ok;
}

int workspaceInfo(const GlobalOptions &global)
{
    Core::AppContext context(contextOptions(global));
    context.open();
    const auto location = context.workspaceLocation();
    printProblems(context);
    if (const auto error = context.workspaceError()) {
        printErr(error->code == ErrorCode::NotFound
                     ? Tr::tr("opsctl: %1 (create it with 'opsctl workspace init' or by starting opsdeck)")
                           .arg(error->toString())
                     : Tr::tr("opsctl: %1").arg(error->toString()));
        return WorkspaceError;
    }
    const Core::WorkspaceInfo ws = *context.workspace();
    const Backend::BackendRegistry &backends = context.backends();

    if (global.json) {
        QJsonObject caps;
        for (Backend::Capability c : Backend::allCapabilities()) {
            const Backend::IBackend *b = backends.backend(c);
            caps.insert(Backend::capabilityId(c),
                        b ? QJsonObject{{QStringLiteral("available"), true},
                                        {QStringLiteral("backend"), b->displayName()},
                                        {QStringLiteral("health"), Reliability::toString(b->health().state)}}
                          : QJsonObject{{QStringLiteral("available"), false}});
        }
        printJson(QJsonObject{
            {QStringLiteral("path"), ws.path},
            {QStringLiteral("source"), Core::Workspace::sourceName(location.source)},
            {QStringLiteral("name"), ws.name},
            {QStringLiteral("format"), ws.formatVersion},
            {QStringLiteral("created"), ws.created.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("demo"), ws.demo},
            {QStringLiteral("profile"), backends.activeProfile().id},
            {QStringLiteral("capabilities"), caps},
        });
        return Ok;
    }
    Table table({Tr::tr("FIELD"), Tr::tr("VALUE")});
    table.addRow({Tr::tr("path"), QDir::toNativeSeparators(ws.path)});
    table.addRow({Tr::tr("source"), Core::Workspace::sourceName(location.source)});
    table.addRow({Tr::tr("name"), ws.name});
    table.addRow({Tr::tr("format"), QString::number(ws.formatVersion)});
    table.addRow({Tr::tr("created"), ws.created.toUTC().toString(Qt::ISODate)});
    table.addRow({Tr::tr("demo"), ws.demo ? Tr::tr("yes") : Tr::tr("no")});
    table.addRow({Tr::tr("profile"), backends.activeProfile().name});
    for (Backend::Capability c : Backend::allCapabilities()) {
        const Backend::IBackend *b = backends.backend(c);
        table.addRow({Backend::capabilityId(c),
                      b ? QStringLiteral("%1 (%2)").arg(b->displayName(), Reliability::toString(b->health().state))
                        : Tr::tr("not available")});
    }
    printOut(table.toString());
    return Ok;
}

int workspaceInit(const GlobalOptions &global, bool demo)
{
    const auto location = Core::Workspace::locate(global.workspace);
    auto ws = demo ? Core::Workspace::makeDemo(location.path) : Core::Workspace::open(location.path, true);
    if (!ws) {
        printErr(Tr::tr("opsctl: %1").arg(ws.error().toString()));
        return WorkspaceError;
    }
    if (global.json) {
        printJson(QJsonObject{{QStringLiteral("path"), ws->path},
                              {QStringLiteral("createdNow"), ws->createdNow},
                              {QStringLiteral("demo"), ws->demo}});
    } else if (ws->createdNow) {
        printOut(Tr::tr("Created workspace %1").arg(QDir::toNativeSeparators(ws->path)));
    } else {
        printOut(Tr::tr("Workspace %1 already exists").arg(QDir::toNativeSeparators(ws->path)));
    }
    return Ok;
}

} // namespace OpsDeck::Cli
