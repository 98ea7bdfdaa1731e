// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QWidget>

#include <optional>
#include <utility>

class QComboBox;
class QDateTimeEdit;

namespace OpsDeck::LogSearch {

/** A resolved time range: [from, to). */
struct TimeRange
{
    QDateTime from;
    QDateTime to;
};

/**
 * Presets (last 15 minutes … 30 days, all time) and a custom from/to.
 * Relative presets resolve against "now" when a search runs, so pressing
 * Enter again searches up to the current moment.
 */
class TimeRangePicker final : public QWidget
{
    Q_OBJECT
public:
    enum class Preset { Minutes15, Hour1, Hours24, Days7, Days30, All, Custom };
    Q_ENUM(Preset)

    explicit TimeRangePicker(QWidget *parent = nullptr);

    Preset preset() const;
    void setPreset(Preset preset);
    /** Stable ids for saved searches: "15m", "1h", "24h", "7d", "30d", "all", "custom". */
    static QString presetId(Preset preset);
    static std::optional<Preset> presetFromId(const QString &id);

    /** Switches to Custom with [from, to). */
    void setCustomRange(const QDateTime &from, const QDateTime &to);
    /** Where "All time" starts (the store's oldest data); invalid = the epoch. */
    void setAllFrom(const QDateTime &from);

    /** The range to search now. */
    TimeRange resolve(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    /** "Last 7 days" or "2026-11-21 03:00 – 2026-11-28 03:00". */
    QString describe() const;
    /** Human text for a range, in local time. */
    static QString rangeText(const QDateTime &from, const QDateTime &to);

Q_SIGNALS:
    /** The user picked another preset or edited the custom range. */
    void rangeChanged();

private:
    void updateCustomVisibility();

    QComboBox *m_presets = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QDateTime m_allFrom;
    std::pair<QDateTime, QDateTime> m_lastCustom;
};

} // namespace OpsDeck::LogSearch
