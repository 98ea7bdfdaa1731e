// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/metrics/labels.h"

namespace OpsDeck::Metrics {

namespace {
bool isNameChar(QChar c, bool first, bool colon)
{
    const char16_t u = c.unicode();
    if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'_')
        return true;
    if (colon && u == u':')
        return true;
    return !first && u >= u'0' && u <= u'9';
}

bool isName(QStringView name, bool colon)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (!isNameChar(name.at(i), i == 0, colon))
            return false;
    }
    return true;
}
} // namespace

bool isValidMetricName(QStringView name)
{
    return isName(name, true);
}

bool isValidLabelName(QStringView name)
{
    return isName(name, false);
}

QString labelsKey(const Labels &labels)
{
    QString key;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        key += it.key();
        key += QChar(0x1f);
        key += it.value();
        key += QChar(0x1e);
    }
    return key;
}

} // namespace OpsDeck::Metrics
