// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/result.h>

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace OpsDeck::Core {

/** 1-based line and column of byte \a offset in \a data (columns count characters). */
struct TextPosition
{
    int line = 1;
    int column = 1;
};
TextPosition positionOf(const QByteArray &data, qsizetype offset);

/**
 * Parses \a data as a JSON object. A failure is ErrorCode::Parse with the
 * detail "FILE:LINE:COLUMN: what is wrong".
 */
Result<QJsonObject> parseJsonObject(const QByteArray &data, const QString &fileName);

} // namespace OpsDeck::Core
