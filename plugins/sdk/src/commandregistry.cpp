// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/sdk/commandregistry.h"

#include "sdktr.h"

#include <QLoggingCategory>

#include <exception>

Q_LOGGING_CATEGORY(lcCommands, "opsdeck.sdk.commands", QtWarningMsg)

namespace OpsDeck::Sdk {

struct CommandRegistry::Private
{
    QList<Command> commands;
    QString currentOwner;

    qsizetype indexOf(const QString &id) const
    {
        for (qsizetype i = 0; i < commands.size(); ++i) {
            if (commands.at(i).id == id)
                return i;
        }
        return -1;
    }
};

CommandRegistry::CommandRegistry(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
}

CommandRegistry::~CommandRegistry() = default;

Result<> CommandRegistry::add(Command command)
{
    if (command.id.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("A command needs an id."), command.title);
    if (!command.handler) {
        return fail(ErrorCode::InvalidArgument, Tr::tr("Command \"%1\" has no handler.").arg(command.id));
    }
    if (d->indexOf(command.id) >= 0) {
        return fail(ErrorCode::AlreadyExists,
                    Tr::tr("A command with the id \"%1\" is already registered.").arg(command.id));
    }
    if (command.owner.isEmpty())
        command.owner = d->currentOwner;
    const QString id = command.id;
    d->commands.append(std::move(command));
    Q_EMIT commandAdded(id);
    return {};
}

void CommandRegistry::remove(const QString &id)
{
    const qsizetype i = d->indexOf(id);
    if (i < 0)
        return;
    d->commands.removeAt(i);
    Q_EMIT commandRemoved(id);
}

QList<Command> CommandRegistry::commands() const
{
    return d->commands;
}

std::optional<Command> CommandRegistry::command(const QString &id) const
{
    const qsizetype i = d->indexOf(id);
    if (i < 0)
        return std::nullopt;
    return d->commands.at(i);
}

bool CommandRegistry::isEnabled(const QString &id) const
{
    const qsizetype i = d->indexOf(id);
    if (i < 0)
        return false;
    const Command &c = d->commands.at(i);
    if (!c.isEnabled)
        return true;
    try {
        return c.isEnabled();
    } catch (...) {
        qCWarning(lcCommands) << "isEnabled of" << id << "threw; treating as disabled";
        return false;
    }
}

Result<> CommandRegistry::trigger(const QString &id)
{
    const qsizetype i = d->indexOf(id);
    if (i < 0)
        return fail(ErrorCode::NotFound, Tr::tr("There is no command \"%1\".").arg(id));
    if (!isEnabled(id))
        return fail(ErrorCode::Unavailable, Tr::tr("\"%1\" is not available right now.").arg(d->commands.at(i).title));
    // Copy: the handler may remove commands (and so this entry) while it runs.
    const Command command = d->commands.at(i);
    try {
        command.handler();
    } catch (const std::exception &e) {
        qCWarning(lcCommands) << "command" << id << "threw:" << e.what();
        return fail(ErrorCode::Internal, Tr::tr("\"%1\" failed.").arg(command.title),
                    QString::fromLocal8Bit(e.what()));
    } catch (...) {
        qCWarning(lcCommands) << "command" << id << "threw an unknown exception";
        return fail(ErrorCode::Internal, Tr::tr("\"%1\" failed.").arg(command.title));
    }
    Q_EMIT triggered(id);
    return {};
}

void CommandRegistry::setCurrentOwner(const QString &owner)
{
    d->currentOwner = owner;
}

void CommandRegistry::removeOwnedBy(const QString &owner)
{
    QStringList ids;
    for (const Command &c : std::as_const(d->commands)) {
        if (c.owner == owner)
            ids.append(c.id);
    }
    for (const QString &id : ids)
        remove(id);
}

} // namespace OpsDeck::Sdk
