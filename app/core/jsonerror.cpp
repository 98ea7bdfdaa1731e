// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "jsonerror.h"

#include "coretr.h"

#include <QJsonObject>

#include <algorithm>

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
        // For the errors it finds token by token, QJsonParseError::offset is
        // just past the character the parser choked on: a file whose first
        // byte is wrong was reported at 1:2, a missing comma one column after
        // the next key's quote. Point at the character itself, as editors do.
        // (For the other errors, e.g. bad UTF-8 or garbage at the end, the
        // offset is already that of the character.)
        qsizetype offset = error.offset;
        switch (error.error) {
        case QJsonParseError::UnterminatedObject:
        case QJsonParseError::MissingNameSeparator:
        case QJsonParseError::UnterminatedArray:
        case QJsonParseError::MissingValueSeparator:
        case QJsonParseError::IllegalValue:
        case QJsonParseError::MissingObject:
        case QJsonParseError::DeepNesting:
            offset = std::max<qsizetype>(0, offset - 1);
            break;
        default:
            break;
        }
        const TextPosition pos = positionOf(data, offset);
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
