// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "histogramview.h"

#include "logsearchtr.h"

#include <QAreaSeries>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QRubberBand>
#include <QTimeZone>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace OpsDeck::LogSearch {

namespace {
constexpr int kClickSlop = 4; // pixels a press may move and still be a click
constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;
} // namespace

HistogramView::HistogramView(QWidget *parent)
    : QChartView(parent)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 8, 0));
    chart->setBackgroundRoundness(0);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_upper = new QLineSeries(chart);
    m_area = new QAreaSeries(m_upper);
    chart->addSeries(m_area);
    m_axisX = new QDateTimeAxis(chart);
    m_axisX->setTickCount(7);
    m_axisY = new QValueAxis(chart);
    m_axisY->setLabelFormat(u"%d"_s);
    m_axisY->setTickCount(3);
    m_axisY->setMin(0);
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    m_area->attachAxis(m_axisX);
    m_area->attachAxis(m_axisY);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand); // ours selects a range, it does not zoom
    setMouseTracking(true);
    setMinimumHeight(90);
    setCursor(Qt::CrossCursor);
    setToolTip(Tr::tr("Matches over time. Drag across to search that range; click a bar for its bucket."));
    m_band = new QRubberBand(QRubberBand::Rectangle, viewport());
    applyPalette();
    clear();
}

void HistogramView::clear()
{
    setHistogram({}, 0, {});
}

void HistogramView::setHistogram(const QDateTime &from, qint64 bucketMs, const QList<qint64> &counts)
{
    m_from = from;
    m_bucketMs = bucketMs;
    m_counts = counts;
    QList<QPointF> points;
    qint64 maximum = 0;
    if (from.isValid() && bucketMs > 0 && !counts.isEmpty()) {
        const qreal start = qreal(from.toMSecsSinceEpoch());
        points.reserve(counts.size() * 2);
        for (qsizetype i = 0; i < counts.size(); ++i) {
            // Two points per bucket draw a step, which is what a count per interval is.
            points.append({start + qreal(i) * qreal(bucketMs), qreal(counts.at(i))});
            points.append({start + qreal(i + 1) * qreal(bucketMs), qreal(counts.at(i))});
            maximum = std::max(maximum, counts.at(i));
        }
        m_axisX->setRange(from, to());
        const qint64 span = to().toMSecsSinceEpoch() - from.toMSecsSinceEpoch();
        m_axisX->setFormat(span <= 2 * kDay ? u"HH:mm"_s : span <= 14 * kDay ? u"MMM d HH:mm"_s : u"MMM d"_s);
    } else {
        const QDateTime now = QDateTime::currentDateTime();
        m_axisX->setRange(now.addDays(-1), now);
        m_axisX->setFormat(u"HH:mm"_s);
    }
    m_upper->replace(points);
    // Round the top up to something that divides into the two gridlines.
    qint64 top = std::max<qint64>(2, maximum);
    if (top % 2)
        ++top;
    m_axisY->setRange(0, qreal(top));
}

QDateTime HistogramView::to() const
{
    return m_from.addMSecs(m_bucketMs * m_counts.size());
}

QDateTime HistogramView::timeAt(int x) const
{
    if (!m_from.isValid() || m_bucketMs <= 0)
        return {};
    const QPointF scene = mapToScene(QPoint(x, 0));
    const QPointF value = chart()->mapToValue(chart()->mapFromScene(scene), m_area);
    const qint64 ms = std::clamp<qint64>(qint64(value.x()), m_from.toMSecsSinceEpoch(), to().toMSecsSinceEpoch());
    return QDateTime::fromMSecsSinceEpoch(ms, m_from.timeZone());
}

int HistogramView::xOf(const QDateTime &time) const
{
    const QPointF pos = chart()->mapToPosition(QPointF(qreal(time.toMSecsSinceEpoch()), 0), m_area);
    return mapFromScene(chart()->mapToScene(pos)).x();
}

QString HistogramView::bucketText(int bucket) const
{
    const QDateTime start = m_from.addMSecs(m_bucketMs * bucket).toLocalTime();
    const QDateTime end = start.addMSecs(m_bucketMs);
    const QString format = m_bucketMs >= kDay ? u"yyyy-MM-dd"_s : u"yyyy-MM-dd HH:mm"_s;
    return Tr::tr("%1 – %2: %Ln match(es)", nullptr, int(std::min<qint64>(m_counts.value(bucket), INT_MAX)))
        .arg(start.toString(format), end.toString(m_bucketMs >= kDay ? format : u"HH:mm"_s));
}

void HistogramView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_counts.isEmpty()) {
        QChartView::mousePressEvent(event);
        return;
    }
    m_pressX = event->position().toPoint().x();
    const QRectF plot = chart()->mapRectToScene(chart()->plotArea());
    const QRect plotInView = mapFromScene(plot).boundingRect();
    m_band->setGeometry(QRect(m_pressX, plotInView.top(), 1, plotInView.height()));
    m_band->show();
    event->accept();
}

void HistogramView::mouseMoveEvent(QMouseEvent *event)
{
    const int x = event->position().toPoint().x();
    if (m_pressX >= 0) {
        QRect r = m_band->geometry();
        r.setLeft(std::min(m_pressX, x));
        r.setRight(std::max(m_pressX, x));
        m_band->setGeometry(r);
        event->accept();
        return;
    }
    if (!m_counts.isEmpty() && m_bucketMs > 0) {
        const QDateTime t = timeAt(x);
        const int bucket = int(std::min<qint64>((t.toMSecsSinceEpoch() - m_from.toMSecsSinceEpoch()) / m_bucketMs,
                                                m_counts.size() - 1));
        QToolTip::showText(event->globalPosition().toPoint(), bucketText(bucket), this);
    }
    QChartView::mouseMoveEvent(event);
}

void HistogramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_pressX < 0 || event->button() != Qt::LeftButton) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    const int x = event->position().toPoint().x();
    const int pressX = std::exchange(m_pressX, -1);
    m_band->hide();
    event->accept();
    if (std::abs(x - pressX) <= kClickSlop) {
        // A click: the bucket under the mouse.
        const qint64 offset = timeAt(x).toMSecsSinceEpoch() - m_from.toMSecsSinceEpoch();
        const qint64 bucket = std::min<qint64>(offset / m_bucketMs, m_counts.size() - 1);
        const QDateTime start = m_from.addMSecs(bucket * m_bucketMs);
        Q_EMIT rangeSelected(start, start.addMSecs(m_bucketMs));
        return;
    }
    const QDateTime a = timeAt(std::min(x, pressX));
    const QDateTime b = timeAt(std::max(x, pressX));
    if (a.isValid() && b.isValid() && a < b)
        Q_EMIT rangeSelected(a, b);
}

void HistogramView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void HistogramView::applyPalette()
{
    const QPalette &pal = palette();
    chart()->setBackgroundBrush(pal.brush(QPalette::Base));
    chart()->setPlotAreaBackgroundVisible(false);
    QColor fill = pal.color(QPalette::Highlight);
    fill.setAlpha(150);
    m_area->setBrush(fill);
    m_area->setPen(QPen(pal.color(QPalette::Highlight), 1));
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_axisX), static_cast<QAbstractAxis *>(m_axisY)}) {
        axis->setLabelsBrush(pal.brush(QPalette::Text));
        axis->setLinePen(QPen(pal.color(QPalette::Mid), 1));
        axis->setGridLinePen(QPen(pal.color(QPalette::Midlight), 1, Qt::DotLine));
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        axis->setLabelsFont(f);
    }
    setBackgroundBrush(pal.brush(QPalette::Base));
}

} // namespace OpsDeck::LogSearch
