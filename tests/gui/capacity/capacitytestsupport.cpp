// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "capacitytestsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QWidget>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace OpsDeck::Test::CapacityGui {

QString saveScreenshot(QWidget &widget, const QString &fileName)
{
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    const QString dir = QDir::temp().filePath(u"opsdeck-gui-screenshots"_s);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(fileName);
    return widget.grab().save(path) ? path : QString();
}

Planner::Scenario scenarioFrom(const QString &yaml)
{
    Planner::ParsedScenario parsed = Planner::parseScenario(yaml, u"test.yaml"_s);
    EXPECT_TRUE(parsed.ok()) << parsed.toString().toStdString();
    return parsed.ok() ? *parsed.scenario : Planner::Scenario{};
}

std::unique_ptr<Backend::BackendRegistry> makeRegistry(const QString &workspace, BackendFactory make)
{
    auto registry = std::make_unique<Backend::BackendRegistry>();
    registry->registerProvider(u"local"_s,
                               [make](const Backend::Profile &) -> Result<std::vector<std::unique_ptr<Backend::IBackend>>> {
                                   if (make)
                                       return make();
                                   return std::vector<std::unique_ptr<Backend::IBackend>>{};
                               });
    Backend::Profile profile;
    profile.id = u"local"_s;
    profile.name = u"Local"_s;
    profile.kind = u"local"_s;
    profile.workspace = workspace;
    auto activated = registry->activate(profile);
    EXPECT_TRUE(activated.ok()) << (activated ? std::string() : activated.error().message.toStdString());
    return registry;
}

} // namespace OpsDeck::Test::CapacityGui
