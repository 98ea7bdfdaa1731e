// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "chartpanel.h"

#include "capacitystyle.h"
#include "capacitytr.h"

#include <opsdeck/planner/evaluation.h>
#include <opsdeck/planner/forecast.h>
#include <opsdeck/planner/units.h>

#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace OpsDeck::Capacity::Internal {

/** A half-ring from min to max with the value's arc coloured by the thresholds. */
class GaugeWidget final : public QWidget
{
public:
    explicit GaugeWidget(QWidget *parent)
        : QWidget(parent)
    {
        setMinimumSize(120, 90);
    }
    void setValue(std::optional<double> value, double min, double max, QColor colour, QString text)
    {
        m_value = value;
        m_min = min;
        m_max = max;
        m_colour = std::move(colour);
        m_text = std::move(text);
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const int side = std::min(width(), height() * 2 - 20);
        const int pen = std::max(8, side / 10);
        const QRectF ring((width() - side) / 2.0 + pen, 10 + pen / 2.0, side - 2.0 * pen, side - 2.0 * pen);
        p.setPen(QPen(palette().color(QPalette::Midlight), pen, Qt::SolidLine, Qt::FlatCap));
        p.drawArc(ring, 0, 180 * 16);
        if (m_value && m_max > m_min) {
            const double fraction = std::clamp((*m_value - m_min) / (m_max - m_min), 0.0, 1.0);
            p.setPen(QPen(m_colour, pen, Qt::SolidLine, Qt::FlatCap));
            p.drawArc(ring, 180 * 16, -int(fraction * 180 * 16));
        }
        QFont big = font();
        big.setPointSizeF(big.pointSizeF() * 1.8);
        big.setBold(true);
        p.setFont(big);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(0, ring.center().y() - 24, width(), 40), Qt::AlignHCenter | Qt::AlignBottom, m_text);
    }

private:
    std::optional<double> m_value;
    double m_min = 0;
    double m_max = 1;
    QColor m_colour;
    QString m_text;
};

namespace {

QString formatValue(double value, const QString &unit)
{
    if (!std::isfinite(value))
        return Tr::tr("—");
    const QString number = Planner::formatNumber(value);
    if (unit.isEmpty())
        return number;
    return unit == u"%"_s ? QString(number + u" %"_s) : QString(number + u' ' + unit);
}

} // namespace

ChartPanel::ChartPanel(const PanelSpec &spec, QWidget *parent)
    : QFrame(parent)
    , m_spec(spec)
{
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    m_title = new QLabel(u"<b>%1</b>"_s.arg(spec.title.toHtmlEscaped()), this);
    m_title->setToolTip(Tr::tr("%1\nsource: %2").arg(spec.query, spec.source.isEmpty() ? Tr::tr("first metrics source") : spec.source));
    m_note = new QLabel(this);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_stack = new QStackedWidget(this);
    m_error = new QLabel(m_stack);
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"color: %1; padding: 8px;"_s.arg(Style::errorColor(palette()).name()));
    m_stack->addWidget(m_error);
    buildChart();

    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_note);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    layout->addLayout(head);
    layout->addWidget(m_stack, 1);
    setMinimumHeight(200);
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::buildChart()
{
    switch (m_spec.type) {
    case PanelType::SingleValue: {
        m_value = new QLabel(m_stack);
        m_value->setAlignment(Qt::AlignCenter);
        QFont big = m_value->font();
        big.setPointSizeF(big.pointSizeF() * 2.6);
        big.setBold(true);
        m_value->setFont(big);
        m_value->setText(Tr::tr("—"));
        m_stack->addWidget(m_value);
        m_stack->setCurrentWidget(m_value);
        return;
    }
    case PanelType::Gauge:
        m_gauge = new GaugeWidget(m_stack);
        m_stack->addWidget(m_gauge);
        m_stack->setCurrentWidget(m_gauge);
        return;
    case PanelType::Line:
    case PanelType::Area:
    case PanelType::Bar:
        break;
    }
    m_chart = new QChart;
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setVisible(false);
    m_y = new QValueAxis(m_chart);
    m_y->setLabelFormat(u"%.6g"_s);
    if (!m_spec.unit.isEmpty())
        m_y->setTitleText(m_spec.unit);
    if (m_spec.type == PanelType::Bar) {
        m_bars = new QBarSeries(m_chart);
        m_chart->addSeries(m_bars);
        auto *categories = new QBarCategoryAxis(m_chart);
        m_chart->addAxis(categories, Qt::AlignBottom);
        m_chart->addAxis(m_y, Qt::AlignLeft);
        m_bars->attachAxis(categories);
        m_bars->attachAxis(m_y);
    } else {
        m_x = new QDateTimeAxis(m_chart);
        m_x->setFormat(u"HH:mm"_s);
        m_x->setTickCount(5);
        const QDateTime now = QDateTime::currentDateTime();
        m_x->setRange(now.addSecs(-3600), now);
        m_chart->addAxis(m_x, Qt::AlignBottom);
        m_chart->addAxis(m_y, Qt::AlignLeft);
    }
    m_view = new QChartView(m_chart, m_stack);
    m_view->setRenderHint(QPainter::Antialiasing, false);
    m_view->setMouseTracking(true);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setAccessibleName(m_spec.title);
    m_stack->addWidget(m_view);
    m_stack->setCurrentWidget(m_view);

    QPen crosshair(Style::crosshairColor(palette()));
    crosshair.setStyle(Qt::DotLine);
    m_crosshairLine = new QGraphicsLineItem(m_chart);
    m_crosshairLine->setPen(crosshair);
    m_crosshairLine->setZValue(20);
    m_crosshairLine->hide();
    m_crosshairText = new QGraphicsSimpleTextItem(m_chart);
    m_crosshairText->setBrush(palette().color(QPalette::WindowText));
    m_crosshairText->setZValue(21);
    m_crosshairText->hide();
    connect(m_chart, &QChart::plotAreaChanged, this, &ChartPanel::placeOverlays);
}

int ChartPanel::plotWidth() const
{
    if (m_chart && m_chart->plotArea().width() > 10)
        return int(m_chart->plotArea().width());
    return std::max(50, width() - 70);
}

QString ChartPanel::errorText() const
{
    return m_error->text();
}

bool ChartPanel::showsError() const
{
    return m_stack->currentWidget() == m_error;
}

int ChartPanel::shownPointCount(int index) const
{
    return index >= 0 && index < m_lines.size() ? int(m_lines[index]->count()) : 0;
}

qsizetype ChartPanel::bufferedPointCount(int index) const
{
    return index >= 0 && index < m_data.series.size() && m_data.series[index].full ? m_data.series[index].full->size() : 0;
}

QString ChartPanel::valueText() const
{
    if (m_value)
        return m_value->text();
    if (m_data.series.isEmpty() || !m_data.series.first().full || m_data.series.first().full->isEmpty())
        return {};
    return formatValue(m_data.series.first().full->last().y(), m_spec.unit);
}

QString ChartPanel::crosshairText() const
{
    return m_crosshairText && m_crosshairText->isVisible() ? m_crosshairText->text() : QString();
}

void ChartPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_stack->setCurrentWidget(m_error);
    m_note->clear();
}

void ChartPanel::applyData(PanelData incoming)
{
    if (incoming.error) {
        const Error &e = *incoming.error;
        showError(e.detail.isEmpty() ? e.message : Tr::tr("%1\n%2").arg(e.message, e.detail));
        return;
    }
    m_data = std::move(incoming);
    if (!m_zoomed) {
        m_windowFrom = double(m_data.fromMs);
        m_windowTo = double(m_data.toMs);
    }
    QStringList notes;
    if (m_data.series.isEmpty())
        notes << Tr::tr("no data");
    if (m_data.omittedSeries > 0)
        notes << Tr::tr("+%n more series", nullptr, m_data.omittedSeries);
    if (m_data.stepMs > 0)
        notes << Tr::tr("step %1").arg(Planner::formatMeasure(double(m_data.stepMs) / 1000.0, Planner::Dimension::Duration));
    m_note->setText(notes.join(u" · "_s));

    if (m_value || m_gauge) {
        updateValue();
        return;
    }
    m_stack->setCurrentWidget(m_view);
    if (m_bars) {
        m_bars->clear();
        auto *set = new QBarSet(m_spec.title);
        QStringList names;
        double top = 0;
        for (const PreparedSeries &s : std::as_const(m_data.series)) {
            const double v = s.full && !s.full->isEmpty() ? s.full->last().y() : 0;
            set->append(v);
            names << s.name;
            top = std::max(top, v);
        }
        set->setColor(Style::seriesColor(0));
        m_bars->append(set);
        if (auto *axis = qobject_cast<QBarCategoryAxis *>(m_chart->axes(Qt::Horizontal).value(0))) {
            axis->clear();
            axis->append(names);
        }
        m_y->setRange(m_spec.min.value_or(0), m_spec.max.value_or(top > 0 ? top * 1.1 : 1));
        return;
    }
    // Line and area: as many QLineSeries as series, reused between refreshes.
    while (m_lines.size() > m_data.series.size()) {
        QAbstractSeries *series = m_series.takeLast();
        m_chart->removeSeries(series);
        delete series;
        m_lines.removeLast();
    }
    while (m_lines.size() < m_data.series.size()) {
        const int index = int(m_lines.size());
        auto *line = new QLineSeries(m_chart);
        QPen pen(Style::seriesColor(index));
        pen.setWidthF(1.5);
        line->setPen(pen);
        QAbstractSeries *shown = line;
        if (m_spec.type == PanelType::Area) {
            auto *area = new QAreaSeries(line);
            QColor fill = Style::seriesColor(index);
            fill.setAlpha(70);
            area->setBrush(fill);
            area->setPen(pen);
            shown = area;
        }
        m_chart->addSeries(shown);
        shown->attachAxis(m_x);
        shown->attachAxis(m_y);
        m_lines.append(line);
        m_series.append(shown);
    }
    for (int i = 0; i < m_lines.size(); ++i)
        m_series[i]->setName(m_data.series[i].name);
    m_chart->legend()->setVisible(m_lines.size() > 1);
    updateForecast();
    redraw();
}

void ChartPanel::updateForecast()
{
    if (!m_spec.forecastLimit || !m_x)
        return;
    const auto makeLine = [this](Qt::PenStyle style) {
        auto *line = new QLineSeries(m_chart);
        QPen pen(m_chart->palette().color(QPalette::PlaceholderText));
        pen.setStyle(style);
        pen.setWidthF(1.2);
        line->setPen(pen);
        m_chart->addSeries(line);
        line->attachAxis(m_x);
        line->attachAxis(m_y);
        if (auto *marker = m_chart->legend()->markers(line).value(0))
            marker->setVisible(false);
        return line;
    };
    if (!m_trend) {
        m_trend = makeLine(Qt::DashLine);
        m_bandLow = makeLine(Qt::DotLine);
        m_bandHigh = makeLine(Qt::DotLine);
    }
    m_trend->clear();
    m_bandLow->clear();
    m_bandHigh->clear();
    const double limit = *m_spec.forecastLimit;
    const QString limitText = Planner::formatShown(limit, m_spec.unit);
    // The fit reads the reduced series (min/max per pixel: a few thousand
    // points at most), never every point, so it stays cheap on this thread.
    const QList<QPointF> points = m_data.series.isEmpty() ? QList<QPointF>() : m_data.series.first().shown;
    QList<QPair<QDateTime, double>> series;
    series.reserve(points.size());
    for (const QPointF &p : points)
        series.append({QDateTime::fromMSecsSinceEpoch(qint64(p.x())), p.y()});
    const std::optional<Planner::FullOn> full = Planner::fullOn(series, limit);
    m_forecastWhen = full ? std::optional<QDateTime>(full->when) : std::nullopt;
    if (!full) {
        m_forecastText = points.size() < 3 ? Tr::tr("too few points for a forecast")
                                           : Tr::tr("no rise toward %1").arg(limitText);
    } else {
        const QLocale locale;
        const auto when = [&locale](const QDateTime &t) {
            return locale.toString(t.toLocalTime(), QLocale::ShortFormat);
        };
        m_forecastText = full->latest ? Tr::tr("reaches %1 on %2 (95 %: %3 to %4)")
                                            .arg(limitText, when(full->when), when(full->earliest), when(*full->latest))
                                      : Tr::tr("reaches %1 on %2 (95 %: from %3)")
                                            .arg(limitText, when(full->when), when(full->earliest));
        // The trend and its band across the window, from the first point.
        const double origin = points.first().x();
        const double end = std::max(m_windowTo, points.last().x());
        constexpr int kSteps = 40;
        QList<QPointF> trend, low, high;
        for (int k = 0; k <= kSteps; ++k) {
            const double xMs = origin + (end - origin) * k / kSteps;
            const double x = (xMs - origin) / 1000.0;
            const auto [lo, hi] = full->fit.band(x);
            trend.append({xMs, full->fit.predict(x)});
            low.append({xMs, lo});
            high.append({xMs, hi});
        }
        m_trend->replace(trend);
        m_bandLow->replace(low);
        m_bandHigh->replace(high);
    }
    const QString note = m_note->text();
    m_note->setText(note.isEmpty() ? m_forecastText : Tr::tr("%1 · %2").arg(note, m_forecastText));
}

void ChartPanel::redraw()
{
    if (!m_x)
        return;
    const int width = plotWidth();
    double low = INFINITY, high = -INFINITY;
    for (int i = 0; i < m_lines.size(); ++i) {
        const PreparedSeries &s = m_data.series[i];
        // Unzoomed, the worker already reduced the series to this width.
        QList<QPointF> shown = m_zoomed ? visibleSlice(s, m_windowFrom, m_windowTo, width) : s.shown;
        for (const QPointF &p : std::as_const(shown)) {
            low = std::min(low, p.y());
            high = std::max(high, p.y());
        }
        m_lines[i]->replace(shown);
    }
    if (!std::isfinite(low)) {
        low = 0;
        high = 1;
    }
    if (high - low < 1e-12) {
        high += 1;
        low = std::min(low, 0.0);
    }
    const double pad = (high - low) * 0.05;
    m_y->setRange(m_spec.min.value_or(low >= 0 && low - pad < 0 ? 0 : low - pad), m_spec.max.value_or(high + pad));
    if (!m_spec.min && !m_spec.max)
        m_y->applyNiceNumbers();
    if (m_windowTo > m_windowFrom) {
        m_x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(m_windowFrom)), QDateTime::fromMSecsSinceEpoch(qint64(m_windowTo)));
        const double span = m_windowTo - m_windowFrom;
        m_x->setFormat(span > 2 * 86400e3 ? u"MM-dd HH:mm"_s : span < 600e3 ? u"HH:mm:ss"_s : u"HH:mm"_s);
    }
    placeOverlays();
}

void ChartPanel::appendPoints(int index, const QList<QPointF> &points)
{
    if (index < 0 || index >= m_data.series.size() || points.isEmpty())
        return;
    PreparedSeries &s = m_data.series[index];
    // Copy-on-write of the shared buffer only when a worker still reads it.
    std::shared_ptr<QList<QPointF>> grown;
    if (s.full && s.full.use_count() == 1)
        grown = std::const_pointer_cast<QList<QPointF>>(s.full);
    else
        grown = std::make_shared<QList<QPointF>>(s.full ? *s.full : QList<QPointF>());
    grown->append(points);
    s.full = grown;
    if (s.coarse) {
        // New points are finer than the coarse level's buckets, never wrong in it.
        std::shared_ptr<QList<QPointF>> coarse;
        if (s.coarse.use_count() == 1)
            coarse = std::const_pointer_cast<QList<QPointF>>(s.coarse);
        else
            coarse = std::make_shared<QList<QPointF>>(*s.coarse);
        coarse->append(points);
        s.coarse = coarse;
    }
    if (!m_zoomed) {
        const double span = m_windowTo - m_windowFrom;
        m_windowTo = std::max(m_windowTo, points.last().x());
        m_windowFrom = m_windowTo - span;
    }
    s.shown = visibleSlice(s, m_windowFrom, m_windowTo, plotWidth());
    m_lines.value(index)->replace(s.shown);
    if (m_x)
        m_x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(m_windowFrom)), QDateTime::fromMSecsSinceEpoch(qint64(m_windowTo)));
    double low = m_y->min(), high = m_y->max();
    for (const QPointF &p : std::as_const(points)) {
        low = std::min(low, p.y());
        high = std::max(high, p.y());
    }
    m_y->setRange(m_spec.min.value_or(low), m_spec.max.value_or(high));
    placeOverlays();
}

void ChartPanel::updateValue()
{
    std::optional<double> last;
    if (!m_data.series.isEmpty() && m_data.series.first().full && !m_data.series.first().full->isEmpty())
        last = m_data.series.first().full->last().y();
    QColor colour = Style::okColor(palette());
    if (last) {
        const auto beyond = [&](const std::optional<double> &threshold) {
            return threshold && (m_spec.badWhenBelow ? *last < *threshold : *last > *threshold);
        };
        if (beyond(m_spec.critical))
            colour = Style::errorColor(palette());
        else if (beyond(m_spec.warning))
            colour = Style::warningColor(palette());
    }
    const QString text = last ? formatValue(*last, m_spec.unit) : Tr::tr("no data");
    if (m_value) {
        m_value->setText(text);
        m_value->setStyleSheet(last ? u"color: %1;"_s.arg(colour.name()) : QString());
        m_stack->setCurrentWidget(m_value);
    }
    if (m_gauge) {
        m_gauge->setValue(last, m_spec.min.value_or(0), m_spec.max.value_or(100), colour, text);
        m_stack->setCurrentWidget(m_gauge);
    }
}

double ChartPanel::xToPixel(double x) const
{
    const QRectF plot = m_chart->plotArea();
    if (m_windowTo <= m_windowFrom)
        return plot.left();
    return plot.left() + (x - m_windowFrom) / (m_windowTo - m_windowFrom) * plot.width();
}

std::optional<double> ChartPanel::pixelToX(double px) const
{
    const QRectF plot = m_chart->plotArea();
    if (plot.width() <= 0 || m_windowTo <= m_windowFrom || px < plot.left() || px > plot.right())
        return std::nullopt;
    return m_windowFrom + (px - plot.left()) / plot.width() * (m_windowTo - m_windowFrom);
}

void ChartPanel::setCrosshair(std::optional<qint64> atMs)
{
    m_crosshair = atMs;
    placeOverlays();
}

void ChartPanel::setAnnotations(const QList<Annotation> &annotations)
{
    m_annotations = annotations;
    placeOverlays();
}

void ChartPanel::placeOverlays()
{
    if (!m_chart || !m_x)
        return;
    const QRectF plot = m_chart->plotArea();
    // Annotations: one vertical line each inside the window, coloured by kind.
    qDeleteAll(m_annotationItems);
    m_annotationItems.clear();
    for (const Annotation &a : std::as_const(m_annotations)) {
        if (a.atMs < m_windowFrom || a.atMs > m_windowTo)
            continue;
        const double px = xToPixel(double(a.atMs));
        auto *item = new QGraphicsLineItem(px, plot.top(), px, plot.bottom(), m_chart);
        const QColor colour = a.kind == Annotation::Kind::Deployment ? Style::deploymentColor(palette())
                              : a.kind == Annotation::Kind::Rollback ? Style::rollbackColor(palette())
                                                                     : Style::alertColor(palette());
        QPen pen(colour);
        pen.setWidthF(1.5);
        pen.setStyle(Qt::DashLine);
        item->setPen(pen);
        item->setZValue(10);
        item->setToolTip(a.text);
        m_annotationItems.append(item);
    }
    if (!m_crosshair || *m_crosshair < m_windowFrom || *m_crosshair > m_windowTo) {
        m_crosshairLine->hide();
        m_crosshairText->hide();
        return;
    }
    const double px = xToPixel(double(*m_crosshair));
    m_crosshairLine->setLine(px, plot.top(), px, plot.bottom());
    m_crosshairLine->show();
    QStringList lines{QDateTime::fromMSecsSinceEpoch(*m_crosshair).toString(u"HH:mm:ss"_s)};
    for (int i = 0; i < m_lines.size(); ++i) {
        const QList<QPointF> points = m_lines[i]->points();
        if (const auto p = nearestPoint(points, double(*m_crosshair)))
            lines << u"%1: %2"_s.arg(m_data.series[i].name, formatValue(p->y(), m_spec.unit));
    }
    m_crosshairText->setText(lines.join(u'\n'));
    const QRectF box = m_crosshairText->boundingRect();
    const double x = std::max(plot.left() + 2, px + 6 + box.width() > plot.right() ? px - 6 - box.width() : px + 6);
    m_crosshairText->setPos(x, plot.top() + 2);
    m_crosshairText->show();
}

void ChartPanel::setWindow(double fromMs, double toMs)
{
    if (!(toMs > fromMs))
        return;
    m_windowFrom = fromMs;
    m_windowTo = toMs;
    m_zoomed = true;
    redraw();
}

void ChartPanel::zoom(double factor, std::optional<double> aroundMs)
{
    const double centre = aroundMs.value_or((m_windowFrom + m_windowTo) / 2);
    const double span = std::max(1000.0, (m_windowTo - m_windowFrom) * factor);
    const double left = (centre - m_windowFrom) / std::max(1.0, m_windowTo - m_windowFrom);
    setWindow(centre - span * left, centre + span * (1 - left));
}

void ChartPanel::pan(double fraction)
{
    const double shift = (m_windowTo - m_windowFrom) * fraction;
    setWindow(m_windowFrom + shift, m_windowTo + shift);
}

void ChartPanel::resetZoom()
{
    m_zoomed = false;
    m_windowFrom = double(m_data.fromMs);
    m_windowTo = double(m_data.toMs);
    redraw();
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    placeOverlays();
}

bool ChartPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_view || (watched != m_view->viewport() && watched != m_view))
        return QFrame::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QPointF inChart = m_chart->mapFromScene(m_view->mapToScene(mouse->position().toPoint()));
        if (m_dragFromMs) {
            const double dx = inChart.x() - m_dragStartPx;
            const double perPixel = (m_windowTo - m_windowFrom) / std::max(1.0, m_chart->plotArea().width());
            const double span = m_windowTo - m_windowFrom;
            setWindow(*m_dragFromMs - dx * perPixel, *m_dragFromMs - dx * perPixel + span);
            return true;
        }
        const std::optional<double> x = pixelToX(inChart.x());
        Q_EMIT hovered(x ? std::optional<qint64>(qint64(*x)) : std::nullopt);
        return false;
    }
    case QEvent::Leave:
        Q_EMIT hovered(std::nullopt);
        return false;
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton)
            return false;
        m_dragFromMs = m_windowFrom;
        m_dragStartPx = m_chart->mapFromScene(m_view->mapToScene(mouse->position().toPoint())).x();
        m_view->setFocus();
        return true;
    }
    case QEvent::MouseButtonRelease:
        m_dragFromMs.reset();
        return false;
    case QEvent::MouseButtonDblClick:
        resetZoom();
        return true;
    case QEvent::Wheel: {
        auto *wheel = static_cast<QWheelEvent *>(event);
        const QPointF inChart = m_chart->mapFromScene(m_view->mapToScene(wheel->position().toPoint()));
        zoom(wheel->angleDelta().y() > 0 ? 0.8 : 1.25, pixelToX(inChart.x()));
        return true;
    }
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal: zoom(0.8); return true;
        case Qt::Key_Minus: zoom(1.25); return true;
        case Qt::Key_Left: pan(-0.2); return true;
        case Qt::Key_Right: pan(0.2); return true;
        case Qt::Key_0: resetZoom(); return true;
        default: return false;
        }
    }
    default:
        return false;
    }
}

} // namespace OpsDeck::Capacity::Internal
