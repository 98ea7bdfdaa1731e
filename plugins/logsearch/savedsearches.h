// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace OpsDeck::Sdk {
class PluginSettings;
}

namespace OpsDeck::LogSearch {

/** A query with its time range, under a name the user chose. */
struct SavedSearch
{
    QString name;
    QString query;
    QString range;  ///< TimeRangePicker::presetId(): "7d", …, "custom"
    QDateTime from; ///< custom range only
    QDateTime to;
    friend bool operator==(const SavedSearch &, const SavedSearch &) = default;
};

/**
 * Saved searches in the plugin's settings: one key, "savedSearches", holding
 * a JSON array (names may contain any character, which a key per search
 * could not). GUI thread only, like PluginSettings.
 */
class SavedSearches
{
public:
    explicit SavedSearches(Sdk::PluginSettings &settings);

    /** Sorted by name, case-insensitively. */
    QList<SavedSearch> list() const;
    std::optional<SavedSearch> find(const QString &name) const;
    /** Adds \a search, replacing one with the same name. */
    void save(const SavedSearch &search);
    void remove(const QString &name);

private:
    void write(const QList<SavedSearch> &searches);
    Sdk::PluginSettings &m_settings;
};

} // namespace OpsDeck::LogSearch
