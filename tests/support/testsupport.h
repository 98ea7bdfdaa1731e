// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>
#include <functional>

namespace OpsDeck::Test {

/// Processes events until \a predicate holds or \a timeout passes; returns
/// the predicate's last value. Tests wait with this, never with sleep.
bool waitUntil(const std::function<bool()> &predicate,
               std::chrono::milliseconds timeout = std::chrono::seconds(10));

/// Sets up the process for a test run: LANG, temporary XDG folders (removed
/// at exit) and an application name, so tests never touch a real profile.
void prepareEnvironment();

/// The whole content of \a path, or empty when it cannot be read.
QByteArray readAll(const QString &path);
/// Replaces \a path with \a data; false when that failed.
bool writeAll(const QString &path, const QByteArray &data);

/// The source tree and build tree, passed by ctest in the environment.
QString sourceDir();
QString buildDir();
/// The shared test data folder (../shared/data beside the checkout).
QString sharedDataDir();

} // namespace OpsDeck::Test
