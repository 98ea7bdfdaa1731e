// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// The registries plugins register with: commands, views, status items.
#include "qtprinters.h"
#include "testsupport.h"

#include <opsdeck/sdk/commandregistry.h>
#include <opsdeck/sdk/statusbarregistry.h>
#include <opsdeck/sdk/viewregistry.h>

#include <QCoreApplication>
#include <QPointer>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <stdexcept>

using namespace OpsDeck;
using OpsDeck::Sdk::Command;
using OpsDeck::Sdk::CommandRegistry;
using OpsDeck::Sdk::StatusBarRegistry;
using OpsDeck::Sdk::StatusItem;
using OpsDeck::Sdk::View;
using OpsDeck::Sdk::ViewRegistry;

namespace {

Command command(
    const char *id, std::function<void()> handler = [] {})
{
    return Command{.id = QString::fromLatin1(id),
                   .title = QString::fromLatin1(id),
                   .handler = std::move(handler)};
}

View view(const char *id, const char *title, int priority)
{
    return View{.id = QString::fromLatin1(id),
                .title = QString::fromLatin1(title),
                .priority = priority,
                .factory = [](QWidget *) -> QWidget * { return nullptr; }};
}

QStringList commandIds(const CommandRegistry &registry)
{
    QStringList ids;
    for (const Command &c : registry.commands())
        ids.append(c.id);
    return ids;
}

QStringList viewIds(const ViewRegistry &registry)
{
    QStringList ids;
    for (const View &v : registry.views())
        ids.append(v.id);
    return ids;
}

} // namespace

// --- CommandRegistry -----------------------------------------------------------

TEST(CommandRegistry, AddsCommandsInRegistrationOrder)
{
    CommandRegistry registry;
    QSignalSpy added(&registry, &CommandRegistry::commandAdded);
    ASSERT_TRUE(registry.add(command("b.second")).ok());
    ASSERT_TRUE(registry.add(command("a.first")).ok());
    EXPECT_EQ(commandIds(registry),
              (QStringList{QStringLiteral("b.second"), QStringLiteral("a.first")}));
    ASSERT_EQ(added.count(), 2);
    EXPECT_EQ(added.at(0).at(0).toString(), QStringLiteral("b.second"));
    EXPECT_TRUE(registry.command(QStringLiteral("a.first")).has_value());
    EXPECT_FALSE(registry.command(QStringLiteral("c.none")).has_value());
}

TEST(CommandRegistry, RefusesDuplicateId)
{
    CommandRegistry registry;
    int first = 0;
    ASSERT_TRUE(registry.add(command("hello.greet", [&] { ++first; })).ok());
    QSignalSpy added(&registry, &CommandRegistry::commandAdded);
    const Result<> again = registry.add(command("hello.greet"));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::AlreadyExists);
    OPSDECK_EXPECT_CONTAINS(again.error().message, QStringLiteral("\"hello.greet\""));
    EXPECT_EQ(added.count(), 0);
    EXPECT_EQ(registry.commands().size(), 1);
    // The original stays in charge.
    ASSERT_TRUE(registry.trigger(QStringLiteral("hello.greet")).ok());
    EXPECT_EQ(first, 1);
}

TEST(CommandRegistry, RefusesMissingHandlerAndEmptyId)
{
    CommandRegistry registry;
    const Result<> noHandler = registry.add(
        Command{.id = QStringLiteral("x.nothing"), .title = QStringLiteral("Nothing")});
    ASSERT_FALSE(noHandler.ok());
    EXPECT_EQ(noHandler.error().code, ErrorCode::InvalidArgument);
    OPSDECK_EXPECT_CONTAINS(noHandler.error().message, QStringLiteral("\"x.nothing\""));
    OPSDECK_EXPECT_CONTAINS(noHandler.error().message, QStringLiteral("handler"));

    const Result<> noId =
        registry.add(Command{.title = QStringLiteral("Anonymous"), .handler = [] {}});
    ASSERT_FALSE(noId.ok());
    EXPECT_EQ(noId.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(registry.commands().isEmpty());
}

TEST(CommandRegistry, TriggerRunsTheHandler)
{
    CommandRegistry registry;
    int runs = 0;
    ASSERT_TRUE(registry.add(command("x.run", [&] { ++runs; })).ok());
    QSignalSpy triggered(&registry, &CommandRegistry::triggered);
    EXPECT_TRUE(registry.trigger(QStringLiteral("x.run")).ok());
    EXPECT_TRUE(registry.trigger(QStringLiteral("x.run")).ok());
    EXPECT_EQ(runs, 2);
    EXPECT_EQ(triggered.count(), 2);
}

TEST(CommandRegistry, TriggerOfUnknownCommandIsNotFound)
{
    CommandRegistry registry;
    const Result<> r = registry.trigger(QStringLiteral("x.none"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::NotFound);
    OPSDECK_EXPECT_CONTAINS(r.error().message, QStringLiteral("x.none"));
}

TEST(CommandRegistry, ThrowingHandlerBecomesAnErrorAndNothingEscapes)
{
    CommandRegistry registry;
    ASSERT_TRUE(registry
                    .add(Command{.id = QStringLiteral("x.fire"),
                                 .title = QStringLiteral("Start Fire"),
                                 .handler = [] { throw std::runtime_error("database on fire"); }})
                    .ok());
    ASSERT_TRUE(registry.add(command("x.int", [] { throw 42; })).ok());
    QSignalSpy triggered(&registry, &CommandRegistry::triggered);

    Result<> fire;
    EXPECT_NO_THROW(fire = registry.trigger(QStringLiteral("x.fire")));
    ASSERT_FALSE(fire.ok());
    EXPECT_EQ(fire.error().code, ErrorCode::Internal);
    OPSDECK_EXPECT_CONTAINS(fire.error().message, QStringLiteral("Start Fire"));
    EXPECT_EQ(fire.error().detail, QStringLiteral("database on fire"));

    Result<> other;
    EXPECT_NO_THROW(other = registry.trigger(QStringLiteral("x.int")));
    ASSERT_FALSE(other.ok());
    EXPECT_EQ(other.error().code, ErrorCode::Internal);
    EXPECT_EQ(triggered.count(), 0);
    // The command is still there and can be tried again.
    EXPECT_TRUE(registry.command(QStringLiteral("x.fire")).has_value());
}

TEST(CommandRegistry, DisabledCommandIsRefused)
{
    CommandRegistry registry;
    bool enabled = false;
    int runs = 0;
    Command c = command("x.maybe", [&] { ++runs; });
    c.title = QStringLiteral("Maybe");
    c.isEnabled = [&] { return enabled; };
    ASSERT_TRUE(registry.add(c).ok());

    EXPECT_FALSE(registry.isEnabled(QStringLiteral("x.maybe")));
    const Result<> refused = registry.trigger(QStringLiteral("x.maybe"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Unavailable);
    OPSDECK_EXPECT_CONTAINS(refused.error().message, QStringLiteral("Maybe"));
    EXPECT_EQ(runs, 0);

    enabled = true;
    EXPECT_TRUE(registry.isEnabled(QStringLiteral("x.maybe")));
    EXPECT_TRUE(registry.trigger(QStringLiteral("x.maybe")).ok());
    EXPECT_EQ(runs, 1);
}

TEST(CommandRegistry, ThrowingIsEnabledCountsAsDisabled)
{
    CommandRegistry registry;
    int runs = 0;
    Command c = command("x.flaky", [&] { ++runs; });
    c.isEnabled = []() -> bool { throw std::logic_error("no state yet"); };
    ASSERT_TRUE(registry.add(c).ok());
    bool enabled = true;
    EXPECT_NO_THROW(enabled = registry.isEnabled(QStringLiteral("x.flaky")));
    EXPECT_FALSE(enabled);
    Result<> r;
    EXPECT_NO_THROW(r = registry.trigger(QStringLiteral("x.flaky")));
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(runs, 0);
    EXPECT_FALSE(registry.isEnabled(QStringLiteral("x.unknown")));
}

TEST(CommandRegistry, HandlerMayRemoveItsOwnCommand)
{
    CommandRegistry registry;
    int runs = 0;
    ASSERT_TRUE(registry
                    .add(command("x.once",
                                 [&] {
                                     ++runs;
                                     registry.remove(QStringLiteral("x.once"));
                                 }))
                    .ok());
    EXPECT_TRUE(registry.trigger(QStringLiteral("x.once")).ok());
    EXPECT_EQ(runs, 1);
    EXPECT_FALSE(registry.command(QStringLiteral("x.once")).has_value());
}

TEST(CommandRegistry, RemoveOwnedByWithdrawsOnlyThatOwner)
{
    CommandRegistry registry;
    registry.setCurrentOwner(QStringLiteral("alpha"));
    ASSERT_TRUE(registry.add(command("alpha.one")).ok());
    ASSERT_TRUE(registry.add(command("alpha.two")).ok());
    registry.setCurrentOwner(QStringLiteral("beta"));
    ASSERT_TRUE(registry.add(command("beta.one")).ok());
    registry.setCurrentOwner({});
    ASSERT_TRUE(registry.add(command("console.quit")).ok());

    EXPECT_EQ(registry.command(QStringLiteral("alpha.two"))->owner, QStringLiteral("alpha"));
    EXPECT_EQ(registry.command(QStringLiteral("console.quit"))->owner, QString());

    QSignalSpy removed(&registry, &CommandRegistry::commandRemoved);
    registry.removeOwnedBy(QStringLiteral("alpha"));
    EXPECT_EQ(commandIds(registry),
              (QStringList{QStringLiteral("beta.one"), QStringLiteral("console.quit")}));
    ASSERT_EQ(removed.count(), 2);
    EXPECT_EQ(removed.at(0).at(0).toString(), QStringLiteral("alpha.one"));
    EXPECT_EQ(removed.at(1).at(0).toString(), QStringLiteral("alpha.two"));

    registry.remove(QStringLiteral("x.unknown")); // no-op
    EXPECT_EQ(removed.count(), 2);
}

// --- ViewRegistry ------------------------------------------------------------------

TEST(ViewRegistry, ListsViewsByPriorityThenTitle)
{
    ViewRegistry registry;
    ASSERT_TRUE(registry.add(view("hello.view", "Hello", 900)).ok());
    ASSERT_TRUE(registry.add(view("logs.view", "Logs", 20)).ok());
    ASSERT_TRUE(registry.add(view("capacity.view", "Capacity", 50)).ok());
    ASSERT_TRUE(registry.add(view("alerts.view", "Alerts", 50)).ok());
    ASSERT_TRUE(registry.add(view("overview.view", "Overview", 0)).ok());
    EXPECT_EQ(viewIds(registry),
              (QStringList{QStringLiteral("overview.view"), QStringLiteral("logs.view"),
                           QStringLiteral("alerts.view"), QStringLiteral("capacity.view"),
                           QStringLiteral("hello.view")}));
}

TEST(ViewRegistry, RefusesDuplicateIdAndMissingFactory)
{
    ViewRegistry registry;
    ASSERT_TRUE(registry.add(view("logs.view", "Logs", 10)).ok());
    const Result<> dup = registry.add(view("logs.view", "Logs again", 5));
    ASSERT_FALSE(dup.ok());
    EXPECT_EQ(dup.error().code, ErrorCode::AlreadyExists);
    OPSDECK_EXPECT_CONTAINS(dup.error().message, QStringLiteral("\"logs.view\""));
    EXPECT_EQ(registry.view(QStringLiteral("logs.view"))->title, QStringLiteral("Logs"));

    const Result<> noFactory =
        registry.add(View{.id = QStringLiteral("x.view"), .title = QStringLiteral("X")});
    ASSERT_FALSE(noFactory.ok());
    EXPECT_EQ(noFactory.error().code, ErrorCode::InvalidArgument);
    OPSDECK_EXPECT_CONTAINS(noFactory.error().message, QStringLiteral("factory"));

    const Result<> noId = registry.add(view("", "Nameless", 1));
    ASSERT_FALSE(noId.ok());
    EXPECT_EQ(noId.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(registry.views().size(), 1);
}

TEST(ViewRegistry, ActivateEmitsOnlyForKnownViews)
{
    ViewRegistry registry;
    ASSERT_TRUE(registry.add(view("logs.view", "Logs", 10)).ok());
    QSignalSpy requested(&registry, &ViewRegistry::activationRequested);
    registry.activate(QStringLiteral("logs.view"));
    registry.activate(QStringLiteral("nope.view"));
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.at(0).at(0).toString(), QStringLiteral("logs.view"));
}

TEST(ViewRegistry, RemoveOwnedByWithdrawsOnlyThatOwner)
{
    ViewRegistry registry;
    registry.setCurrentOwner(QStringLiteral("logsearch"));
    ASSERT_TRUE(registry.add(view("logs.view", "Logs", 10)).ok());
    registry.setCurrentOwner(QStringLiteral("hello"));
    ASSERT_TRUE(registry.add(view("hello.view", "Hello", 900)).ok());
    registry.setCurrentOwner({});
    EXPECT_EQ(registry.view(QStringLiteral("logs.view"))->owner, QStringLiteral("logsearch"));

    QSignalSpy removed(&registry, &ViewRegistry::viewRemoved);
    registry.removeOwnedBy(QStringLiteral("hello"));
    EXPECT_EQ(viewIds(registry), QStringList{QStringLiteral("logs.view")});
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(removed.at(0).at(0).toString(), QStringLiteral("hello.view"));
}

// --- StatusBarRegistry -----------------------------------------------------------

TEST(StatusBarRegistry, AddReturnsTheExistingItemForAnId)
{
    StatusBarRegistry registry;
    QSignalSpy added(&registry, &StatusBarRegistry::itemAdded);
    registry.setCurrentOwner(QStringLiteral("hello"));
    StatusItem *item = registry.add(QStringLiteral("hello.count"));
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->id(), QStringLiteral("hello.count"));
    EXPECT_EQ(item->owner(), QStringLiteral("hello"));
    EXPECT_EQ(registry.add(QStringLiteral("hello.count")), item);
    EXPECT_EQ(added.count(), 1);
    EXPECT_EQ(registry.items().size(), 1);
    EXPECT_EQ(registry.item(QStringLiteral("hello.count")), item);
    EXPECT_EQ(registry.item(QStringLiteral("nope")), nullptr);
}

TEST(StatusBarRegistry, ItemEmitsChangedOnlyWhenSomethingChanges)
{
    StatusBarRegistry registry;
    StatusItem *item = registry.add(QStringLiteral("x.status"));
    QSignalSpy changed(item, &StatusItem::changed);
    item->setText(QStringLiteral("3 failing"));
    item->setText(QStringLiteral("3 failing"));
    item->setToolTip(QStringLiteral("Pipelines"));
    item->setSeverity(StatusItem::Severity::Error);
    item->setSeverity(StatusItem::Severity::Error);
    item->setCommandId(QStringLiteral("pipelines.open"));
    EXPECT_EQ(changed.count(), 4);
    EXPECT_EQ(item->text(), QStringLiteral("3 failing"));
    EXPECT_EQ(item->toolTip(), QStringLiteral("Pipelines"));
    EXPECT_EQ(item->severity(), StatusItem::Severity::Error);
    EXPECT_EQ(item->commandId(), QStringLiteral("pipelines.open"));
}

TEST(StatusBarRegistry, RemoveOwnedByWithdrawsAndDeletesTheItems)
{
    StatusBarRegistry registry;
    registry.setCurrentOwner(QStringLiteral("alpha"));
    QPointer<StatusItem> alpha = registry.add(QStringLiteral("alpha.status"));
    registry.setCurrentOwner(QStringLiteral("beta"));
    QPointer<StatusItem> beta = registry.add(QStringLiteral("beta.status"));
    registry.setCurrentOwner({});

    QSignalSpy removed(&registry, &StatusBarRegistry::itemRemoved);
    registry.removeOwnedBy(QStringLiteral("alpha"));
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(removed.at(0).at(0).toString(), QStringLiteral("alpha.status"));
    EXPECT_EQ(registry.items(), QList<StatusItem *>{beta.data()});
    EXPECT_EQ(registry.item(QStringLiteral("alpha.status")), nullptr);
    // Deleted later, so a view painting it this turn is safe.
    EXPECT_FALSE(alpha.isNull());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_TRUE(alpha.isNull());
    EXPECT_FALSE(beta.isNull());
}
