// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "timerangepicker.h"

#include "logsearchtr.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace OpsDeck::LogSearch {

namespace {

constexpr qint64 kMinute = 60;

qint64 presetSeconds(TimeRangePicker::Preset preset)
{
    using P = TimeRangePicker::Preset;
    switch (preset) {
    case P::Minutes15: return 15 * kMinute;
    case P::Hour1: return 60 * kMinute;
    case P::Hours24: return 24 * 60 * kMinute;
    case P::Days7: return 7 * 24 * 60 * kMinute;
    case P::Days30: return 30 * 24 * 60 * kMinute;
    case P::All:
    case P::Custom: break;
    }
    return 0;
}

const QString kEditFormat = u"yyyy-MM-dd HH:mm:ss"_s;

} // namespace

TimeRangePicker::TimeRangePicker(QWidget *parent)
    : QWidget(parent)
{
    m_presets = new QComboBox(this);
    m_presets->setObjectName(u"logsearch.rangePreset"_s);
    m_presets->setToolTip(Tr::tr("Time range to search"));
    m_presets->addItem(Tr::tr("Last 15 minutes"), QVariant::fromValue(Preset::Minutes15));
    m_presets->addItem(Tr::tr("Last hour"), QVariant::fromValue(Preset::Hour1));
    m_presets->addItem(Tr::tr("Last 24 hours"), QVariant::fromValue(Preset::Hours24));
    m_presets->addItem(Tr::tr("Last 7 days"), QVariant::fromValue(Preset::Days7));
    m_presets->addItem(Tr::tr("Last 30 days"), QVariant::fromValue(Preset::Days30));
    m_presets->addItem(Tr::tr("All time"), QVariant::fromValue(Preset::All));
    m_presets->addItem(Tr::tr("Custom range"), QVariant::fromValue(Preset::Custom));
    m_presets->setCurrentIndex(int(Preset::Days7)); // the seed's default: the last 7 days

    const QDateTime now = QDateTime::currentDateTime();
    m_from = new QDateTimeEdit(now.addDays(-1), this);
    m_to = new QDateTimeEdit(now, this);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(kEditFormat);
        edit->setCalendarPopup(true);
        edit->setTimeSpec(Qt::LocalTime);
    }
    m_from->setObjectName(u"logsearch.rangeFrom"_s);
    m_to->setObjectName(u"logsearch.rangeTo"_s);
    m_from->setToolTip(Tr::tr("From (inclusive, local time)"));
    m_to->setToolTip(Tr::tr("To (exclusive, local time)"));
    auto *dash = new QLabel(Tr::tr("to"), this);
    dash->setObjectName(u"logsearch.rangeDash"_s);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_presets);
    layout->addWidget(m_from);
    layout->addWidget(dash);
    layout->addWidget(m_to);

    connect(m_presets, &QComboBox::currentIndexChanged, this, [this] {
        if (preset() == Preset::Custom) {
            // Start the custom range from what was shown, so it is a small edit.
            const TimeRange shown = resolve();
            if (shown.from.isValid() && shown.from.toMSecsSinceEpoch() > 0)
                m_from->setDateTime(shown.from.toLocalTime());
            m_to->setDateTime(shown.to.toLocalTime());
            m_lastCustom = {m_from->dateTime(), m_to->dateTime()};
        }
        updateCustomVisibility();
        Q_EMIT rangeChanged();
    });
    // Leaving an editor without changing it must not search again.
    const auto edited = [this] {
        const std::pair<QDateTime, QDateTime> current{m_from->dateTime(), m_to->dateTime()};
        if (current == m_lastCustom)
            return;
        m_lastCustom = current;
        Q_EMIT rangeChanged();
    };
    connect(m_from, &QDateTimeEdit::editingFinished, this, edited);
    connect(m_to, &QDateTimeEdit::editingFinished, this, edited);
    updateCustomVisibility();
}

TimeRangePicker::Preset TimeRangePicker::preset() const
{
    return m_presets->currentData().value<Preset>();
}

void TimeRangePicker::setPreset(Preset preset)
{
    m_presets->setCurrentIndex(int(preset));
}

QString TimeRangePicker::presetId(Preset preset)
{
    switch (preset) {
    case Preset::Minutes15: return u"15m"_s;
    case Preset::Hour1: return u"1h"_s;
    case Preset::Hours24: return u"24h"_s;
    case Preset::Days7: return u"7d"_s;
    case Preset::Days30: return u"30d"_s;
    case Preset::All: return u"all"_s;
    case Preset::Custom: break;
    }
    return u"custom"_s;
}

std::optional<TimeRangePicker::Preset> TimeRangePicker::presetFromId(const QString &id)
{
    for (int i = 0; i <= int(Preset::Custom); ++i) {
        if (presetId(Preset(i)) == id)
            return Preset(i);
    }
    return std::nullopt;
}

void TimeRangePicker::setCustomRange(const QDateTime &from, const QDateTime &to)
{
    {
        const QSignalBlocker blocker(m_presets);
        m_presets->setCurrentIndex(int(Preset::Custom));
    }
    m_from->setDateTime(from.toLocalTime());
    m_to->setDateTime(to.toLocalTime());
    m_lastCustom = {m_from->dateTime(), m_to->dateTime()};
    updateCustomVisibility();
    Q_EMIT rangeChanged();
}

void TimeRangePicker::setAllFrom(const QDateTime &from)
{
    m_allFrom = from;
}

TimeRange TimeRangePicker::resolve(const QDateTime &now) const
{
    const Preset p = preset();
    if (p == Preset::Custom)
        return {m_from->dateTime().toUTC(), m_to->dateTime().toUTC()};
    if (p == Preset::All) {
        const QDateTime from = m_allFrom.isValid() ? m_allFrom : QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc());
        return {from, now.addSecs(1)}; // include what arrived this very second
    }
    return {now.addSecs(-presetSeconds(p)), now.addSecs(1)};
}

QString TimeRangePicker::describe() const
{
    if (preset() == Preset::Custom)
        return rangeText(m_from->dateTime(), m_to->dateTime());
    return m_presets->currentText();
}

QString TimeRangePicker::rangeText(const QDateTime &from, const QDateTime &to)
{
    const QString format = u"yyyy-MM-dd HH:mm"_s;
    const QDateTime f = from.toLocalTime();
    const QDateTime t = to.toLocalTime();
    const bool sameDay = f.date() == t.date();
    return Tr::tr("%1 – %2", "time range").arg(f.toString(format), t.toString(sameDay ? u"HH:mm"_s : format));
}

void TimeRangePicker::updateCustomVisibility()
{
    const bool custom = preset() == Preset::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    if (auto *dash = findChild<QLabel *>(u"logsearch.rangeDash"_s))
        dash->setVisible(custom);
}

} // namespace OpsDeck::LogSearch
