// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/sdk/sdk_export.h"

#include <opsdeck/api/result.h>

#include <QKeySequence>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace OpsDeck::Sdk {

/**
 * A command: something the user can run from the palette (Ctrl+K), a menu
 * or a shortcut. Ids are dotted lowercase and never change
 * ("pipelines.rerun"); titles are translated.
 */
struct OPSDECK_SDK_EXPORT Command
{
    QString id;
    QString title;             ///< "Re-run Pipeline"
    QString category;          ///< palette group, e.g. "Pipelines"
    QString description;       ///< one line shown under the title
    QKeySequence shortcut;     ///< default shortcut (may be empty)
    std::function<void()> handler;
    std::function<bool()> isEnabled; ///< empty = always enabled
    QString owner;             ///< plugin id; filled in by the registry
};

/**
 * All commands of the console. Runs on the GUI thread.
 *
 * \code
 * host.commands().add({.id = u"hello.greet"_s, .title = tr("Say Hello"),
 *                      .category = tr("Hello"), .shortcut = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
 *                      .handler = [] { qInfo() << "hello"; }});
 * \endcode
 */
class OPSDECK_SDK_EXPORT CommandRegistry : public QObject
{
    Q_OBJECT
public:
    explicit CommandRegistry(QObject *parent = nullptr);
    ~CommandRegistry() override;

    /** Adds \a command; refuses an empty or duplicate id and a missing handler. */
    Result<> add(Command command);
    void remove(const QString &id);
    /** Every command, in registration order. */
    QList<Command> commands() const;
    std::optional<Command> command(const QString &id) const;
    bool isEnabled(const QString &id) const;

    /**
     * Runs the command's handler. A disabled or unknown command, or a handler
     * that throws, is reported as an Error; nothing propagates.
     */
    Result<> trigger(const QString &id);

    /// \internal Attribution of registrations to the plugin being set up.
    void setCurrentOwner(const QString &owner);
    /// \internal Withdraws everything \a owner registered.
    void removeOwnedBy(const QString &owner);

Q_SIGNALS:
    void commandAdded(const QString &id);
    void commandRemoved(const QString &id);
    void triggered(const QString &id);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace OpsDeck::Sdk
