// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "savedsearches.h"

#include <opsdeck/sdk/pluginsettings.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace OpsDeck::LogSearch {

namespace {
const QString kKey = u"savedSearches"_s;
}

SavedSearches::SavedSearches(Sdk::PluginSettings &settings)
    : m_settings(settings)
{
}

QList<SavedSearch> SavedSearches::list() const
{
    const QJsonArray array = QJsonDocument::fromJson(m_settings.value(kKey).toString().toUtf8()).array();
    QList<SavedSearch> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        SavedSearch s{o.value(u"name"_s).toString(), o.value(u"query"_s).toString(),
                      o.value(u"range"_s).toString(u"7d"_s),
                      QDateTime::fromString(o.value(u"from"_s).toString(), Qt::ISODateWithMs),
                      QDateTime::fromString(o.value(u"to"_s).toString(), Qt::ISODateWithMs)};
        if (!s.name.isEmpty())
            out.append(s);
    }
    std::sort(out.begin(), out.end(), [](const SavedSearch &a, const SavedSearch &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return out;
}

std::optional<SavedSearch> SavedSearches::find(const QString &name) const
{
    for (const SavedSearch &s : list()) {
        if (s.name == name)
            return s;
    }
    return std::nullopt;
}

void SavedSearches::save(const SavedSearch &search)
{
    QList<SavedSearch> all = list();
    all.removeIf([&search](const SavedSearch &s) { return s.name == search.name; });
    all.append(search);
    write(all);
}

void SavedSearches::remove(const QString &name)
{
    QList<SavedSearch> all = list();
    all.removeIf([&name](const SavedSearch &s) { return s.name == name; });
    write(all);
}

void SavedSearches::write(const QList<SavedSearch> &searches)
{
    QJsonArray array;
    for (const SavedSearch &s : searches) {
        QJsonObject o{{u"name"_s, s.name}, {u"query"_s, s.query}, {u"range"_s, s.range}};
        if (s.from.isValid())
            o.insert(u"from"_s, s.from.toUTC().toString(Qt::ISODateWithMs));
        if (s.to.isValid())
            o.insert(u"to"_s, s.to.toUTC().toString(Qt::ISODateWithMs));
        array.append(o);
    }
    m_settings.setValue(kKey, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

} // namespace OpsDeck::LogSearch
