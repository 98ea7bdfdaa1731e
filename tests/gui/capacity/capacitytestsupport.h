// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <testsupport.h>

#include <opsdeck/api/backendregistry.h>
#include <opsdeck/planner/scenario.h>

#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>
#include <vector>

class QWidget;

namespace OpsDeck::Test::CapacityGui {

/** Grabs \a widget into /tmp/opsdeck-gui-screenshots/\a fileName; returns the path or empty. */
QString saveScreenshot(QWidget &widget, const QString &fileName);

/** Parses \a yaml; fails the test (and returns an empty scenario) when it does not parse. */
Planner::Scenario scenarioFrom(const QString &yaml);

/** A BackendRegistry with a "local" profile on \a workspace whose provider calls \a make. */
using BackendFactory = std::function<std::vector<std::unique_ptr<Backend::IBackend>>()>;
std::unique_ptr<Backend::BackendRegistry> makeRegistry(const QString &workspace, BackendFactory make = {});

} // namespace OpsDeck::Test::CapacityGui
