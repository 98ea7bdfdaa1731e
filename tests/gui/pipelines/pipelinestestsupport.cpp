// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "pipelinestestsupport.h"

#include <pipelinespanel.h>
#include <testsupport.h>

#include <opsdeck/sdk/commandregistry.h>
#include <opsdeck/sdk/notificationcenter.h>
#include <opsdeck/sdk/statusbarregistry.h>
#include <opsdeck/sdk/taskmanager.h>
#include <opsdeck/sdk/viewregistry.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace OpsDeck::Test::PipelinesGui {

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

QString saveScreenshot(QWidget &widget, const QString &fileName)
{
    // Nested layouts settle over a few rounds of posted layout requests.
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    const QString dir = QDir::temp().filePath(u"opsdeck-gui-screenshots"_s);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(fileName);
    return widget.grab().save(path) ? path : QString();
}

void PipelinesFixture::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    m_repo = m_dir.filePath(u"app"_s);
    QDir().mkpath(m_repo);
    git({u"init"_s, u"-q"_s, u"-b"_s, u"main"_s});
    m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_registry = std::make_unique<Backend::BackendRegistry>();
    const QString directory = m_dir.filePath(u"ws/pipelines"_s);
    m_registry->registerProvider(
        u"local"_s,
        [directory, this](const Backend::Profile &) -> Result<std::vector<std::unique_ptr<Backend::IBackend>>> {
            Pipelines::EngineOptions options;
            options.directory = directory;
            options.workers = m_workers;
            options.pollInterval = std::chrono::milliseconds(0);
            options.user = u"tester"_s;
            options.retryBackoff.baseDelay = std::chrono::milliseconds(200);
            options.retryBackoff.maxJitter = std::chrono::milliseconds(100);
            options.keepPrevious = std::chrono::milliseconds(0);
            auto engine = Pipelines::EmbeddedPipelineEngine::open(options);
            if (!engine)
                return engine.error();
            std::vector<std::unique_ptr<Backend::IBackend>> backends;
            backends.push_back(std::move(*engine));
            return backends;
        });
    m_services = std::make_unique<Sdk::HostServices>(*m_settings, *m_registry);
    m_host = std::make_unique<TestHost>(*m_services, u"pipelines"_s);
}

void PipelinesFixture::TearDown()
{
    m_panel.reset();
    m_host.reset();
    m_services.reset();
    m_registry.reset(); // stops the engine: kills what still runs
    m_settings.reset();
}

void PipelinesFixture::git(const QStringList &args)
{
    QProcess process;
    process.setWorkingDirectory(m_repo);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
    env.insert(u"GIT_CONFIG_GLOBAL"_s, u"/dev/null"_s);
    env.insert(u"GIT_AUTHOR_NAME"_s, u"Ada"_s);
    env.insert(u"GIT_AUTHOR_EMAIL"_s, u"ada@example.com"_s);
    env.insert(u"GIT_COMMITTER_NAME"_s, u"Ada"_s);
    env.insert(u"GIT_COMMITTER_EMAIL"_s, u"ada@example.com"_s);
    process.setProcessEnvironment(env);
    process.start(u"git"_s, args);
    ASSERT_TRUE(process.waitForFinished(20'000));
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
}

QString PipelinesFixture::commit(const QMap<QString, QByteArray> &files, const QString &message)
{
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString path = QDir(m_repo).filePath(it.key());
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(it.value());
    }
    git({u"add"_s, u"-A"_s});
    git({u"commit"_s, u"-q"_s, u"-m"_s, message});
    QProcess rev;
    rev.setWorkingDirectory(m_repo);
    rev.start(u"git"_s, {u"rev-parse"_s, u"HEAD"_s});
    rev.waitForFinished(10'000);
    return QString::fromUtf8(rev.readAllStandardOutput()).trimmed();
}

void PipelinesFixture::startEngine(int workers)
{
    m_workers = workers;
    Backend::Profile profile;
    profile.id = u"local"_s;
    profile.name = u"Local"_s;
    profile.kind = u"local"_s;
    const Result<> activated = m_registry->activate(profile);
    ASSERT_TRUE(activated.ok()) << activated.error().toString().toStdString();
    ASSERT_NE(engine(), nullptr);
    const auto added = await(engine()->addRepository(u"app"_s, m_repo));
    ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();
}

Pipelines::EmbeddedPipelineEngine *PipelinesFixture::engine() const
{
    return qobject_cast<Pipelines::EmbeddedPipelineEngine *>(m_registry->get<Backend::IPipelineEngine>());
}

Backend::PipelineRun PipelinesFixture::trigger(const QString &ref, const QString &environment)
{
    Backend::TriggerRequest request;
    request.repository = u"app"_s;
    request.ref = ref;
    request.environment = environment;
    const auto run = await(engine()->trigger(request));
    EXPECT_TRUE(run.ok()) << (run.ok() ? std::string() : run.error().toString().toStdString());
    return run.ok() ? *run : Backend::PipelineRun{};
}

Backend::RunDetails PipelinesFixture::finish(const QString &runId, int timeoutMs)
{
    Backend::RunDetails last;
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        const auto details = await(engine()->runDetails(runId));
        EXPECT_TRUE(details.ok());
        if (!details.ok())
            return last;
        last = *details;
        if (last.run.status != Backend::RunStatus::Queued && last.run.status != Backend::RunStatus::Running)
            return last;
        if (clock.elapsed() > timeoutMs) {
            ADD_FAILURE() << "run " << runId.toStdString() << " still "
                          << Backend::runStatusName(last.run.status).toStdString();
            return last;
        }
        QTest::qWait(50); // the event loop runs meanwhile
    }
}

Pipelines::Internal::PipelinesPanel *PipelinesFixture::makePanel()
{
    m_panel = std::make_unique<Pipelines::Internal::PipelinesPanel>(*m_host);
    m_panel->resize(1400, 900);
    m_panel->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(m_panel.get()));
    return m_panel.get();
}

} // namespace OpsDeck::Test::PipelinesGui
