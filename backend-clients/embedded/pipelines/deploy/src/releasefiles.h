// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/result.h>

#include <QByteArray>
#include <QString>

namespace OpsDeck::Pipelines::Internal {

/**
 * Copies the artifact folder \a source to \a target (files, folders,
 * symbolic links, permissions) through <target>.tmp and a rename, so a
 * half-copied release never looks complete. Kept as it is when \a source is
 * \a target already. Returns an empty string or what failed, with the path.
 */
QString copyRelease(const QString &source, const QString &target);

/** Replaces \a path (in folder \a dir, made if missing) atomically: temp file, fsync, rename, fsync of the folder. */
Result<> writeStateFile(const QString &dir, const QString &path, const QByteArray &data);

} // namespace OpsDeck::Pipelines::Internal
