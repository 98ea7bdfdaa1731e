// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "logsearchtestsupport.h"

#include <logspanel.h>
#include <mockbackends.h>
#include <searchview.h>
#include <testsupport.h>

#include <opsdeck/sdk/commandregistry.h>
#include <opsdeck/sdk/notificationcenter.h>
#include <opsdeck/sdk/statusbarregistry.h>
#include <opsdeck/sdk/taskmanager.h>
#include <opsdeck/sdk/viewregistry.h>

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace OpsDeck::Test::LogSearchGui {

TestHost::TestHost(Sdk::HostServices &services, const QString &pluginId)
    : m_services(services)
    , m_id(pluginId)
    , m_settings(services.settings(), pluginId)
{
}

Sdk::ViewRegistry &TestHost::views()
{
    return m_services.views();
}
Sdk::CommandRegistry &TestHost::commands()
{
    return m_services.commands();
}
Sdk::StatusBarRegistry &TestHost::statusBar()
{
    return m_services.statusBar();
}
Sdk::TaskManager &TestHost::tasks()
{
    return m_services.tasks();
}
Sdk::NotificationCenter &TestHost::notifications()
{
    return m_services.notifications();
}
Backend::BackendRegistry &TestHost::backends()
{
    return m_services.backends();
}

QList<Backend::LogRecord> makeRecords(int count, const QDateTime &newest, qint64 spacingMs, const QString &source)
{
    static const QStringList services{u"api"_s, u"db"_s, u"auth"_s};
    static const QStringList hosts{u"web-1"_s, u"web-2"_s, u"web-3"_s};
    static const QStringList users{u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s};
    QList<Backend::LogRecord> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        Backend::LogRecord r;
        // Oldest first, like a file: record count-1 is the newest.
        r.timestamp = newest.addMSecs(-qint64(count - 1 - i) * spacingMs);
        r.service = services.at(i % 3);
        r.host = hosts.at((i / 3) % 3);
        r.source = source;
        switch (i % 10) {
        case 0:
            r.level = Backend::LogLevel::Error;
            r.message = u"connection timeout to db-%1 after 3000 ms"_s.arg(i % 4);
            break;
        case 1:
            r.level = Backend::LogLevel::Warning;
            r.message = u"slow query took %1 ms, \"orders\" table"_s.arg(100 + i % 900);
            break;
        case 2:
        case 3:
            r.level = Backend::LogLevel::Debug;
            r.message = u"cache lookup key=order:%1 hit"_s.arg(i);
            break;
        default:
            r.level = Backend::LogLevel::Info;
            r.message = u"GET /api/orders/%1 200 in %2 ms"_s.arg(i).arg(5 + i % 50);
            break;
        }
        r.fields.insert(u"user"_s, users.at(i % 4));
        r.fields.insert(u"request_id"_s, u"req-%1"_s.arg(i, 6, 10, QLatin1Char('0')));
        out.append(r);
    }
    return out;
}

QString screenshotPath(const QString &fileName)
{
    const QString dir = QDir(OpsDeck::Test::buildDir()).filePath(u"gui-screenshots"_s);
    QDir().mkpath(dir);
    return QDir(dir).filePath(fileName);
}

void LogsFixture::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    m_now = QDateTime::currentDateTimeUtc();
    m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_registry = std::make_unique<Backend::BackendRegistry>();
    OpsDeck::Test::registerMockProvider(*m_registry, u"mock"_s);
    Backend::Profile alpha;
    alpha.id = u"alpha"_s;
    alpha.name = u"Alpha"_s;
    alpha.kind = u"mock"_s;
    ASSERT_TRUE(m_registry->activate(alpha).ok());
    m_services = std::make_unique<Sdk::HostServices>(*m_settings, *m_registry);
    m_host = std::make_unique<TestHost>(*m_services, u"logsearch"_s);
}

void LogsFixture::TearDown()
{
    m_panel.reset();
    m_host.reset();
    m_services.reset(); // joins running tasks (exports) before the store goes
    m_registry.reset();
    m_settings.reset();
}

OpsDeck::Test::MemoryLogStore *LogsFixture::store() const
{
    return qobject_cast<OpsDeck::Test::MemoryLogStore *>(m_registry->get<Backend::ILogStore>());
}

void LogsFixture::append(const QList<Backend::LogRecord> &records)
{
    const auto committed = await(store()->append(records));
    ASSERT_TRUE(committed.ok());
    ASSERT_EQ(*committed, records.size());
}

int searchCount(LogSearch::SearchView *view)
{
    return view->property("testSearches").toInt();
}

namespace {
void countSearches(LogSearch::SearchView *view)
{
    if (view->property("testCounting").toBool())
        return;
    view->setProperty("testCounting", true);
    QObject::connect(view, &LogSearch::SearchView::searchFinished, view,
                     [view] { view->setProperty("testSearches", searchCount(view) + 1); });
}
} // namespace

LogSearch::LogsPanel *LogsFixture::makePanel()
{
    m_panel = std::make_unique<LogSearch::LogsPanel>(*m_host);
    countSearches(m_panel->storeView());
    m_panel->resize(1280, 820);
    m_panel->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(m_panel.get()));
    // The panel searched on creation; wait for that answer.
    EXPECT_TRUE(OpsDeck::Test::waitUntil([this] { return searchCount(m_panel->storeView()) >= 1; }));
    return m_panel.get();
}

bool LogsFixture::waitForSearch(LogSearch::SearchView *view, int searchesBefore)
{
    countSearches(view);
    return OpsDeck::Test::waitUntil([view, searchesBefore] { return searchCount(view) > searchesBefore; });
}

bool LogsFixture::searchAndWait(LogSearch::SearchView *view)
{
    countSearches(view);
    const int before = searchCount(view);
    view->runSearch();
    return waitForSearch(view, before);
}

} // namespace OpsDeck::Test::LogSearchGui
