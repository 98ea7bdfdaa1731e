// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "jsonerror.h"

#include "coretr.h"

#include <QJsonObject>

namespace OpsDeck::Core {

TextPosition positionOf(const QByteArray &data, qsizetype offset)
{
    TextPosition pos;
    const qsizetype end = std::min(offset, data.size());
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < end; ++i) {
        if (data.at(i) == '\n') {
            ++pos.line;
            lineStart = i + 1;
        }
    }
    pos.column = int(QString::fromUtf8(data.constData() + lineStart, end - lineStart).size()) + 1;
    return pos;
}

Result<QJsonObject> parseJsonObject(const QByteArray &data, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        const TextPosition pos = positionOf(data, error.offset);
        return fail(ErrorCode::Parse, Tr::tr("The file is not valid JSON."),
                    QStringLiteral("%1:%2:%3: %4").arg(fileName).arg(pos.line).arg(pos.column).arg(error.errorString()));
    }
    if (!doc.isObject()) {
        return fail(ErrorCode::Parse, Tr::tr("The file is not valid JSON."),
                    QStringLiteral("%1:1:1: %2").arg(fileName, Tr::tr("expected an object at the top level")));
    }
    return doc.object();
}

} // namespace OpsDeck::Core
