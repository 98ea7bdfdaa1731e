// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "dashboardspec.h"
#include "seriesdata.h"

#include <QDateTime>
#include <QFrame>
#include <QList>

#include <optional>

class QAbstractSeries;
class QBarSeries;
class QChart;
class QChartView;
class QDateTimeAxis;
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;
class QLabel;
class QLineSeries;
class QStackedWidget;
class QValueAxis;

namespace OpsDeck::Capacity::Internal {

class GaugeWidget;

/** A vertical marker drawn on every panel: a deployment, a rollback or an alert. */
struct Annotation
{
    enum class Kind { Deployment, Rollback, Alert };
    Kind kind = Kind::Deployment;
    qint64 atMs = 0;
    QString text;
};

/**
 * One dashboard panel. Line and area panels keep every point of each series
 * (shared, off the GUI thread's hands) and draw min/max per pixel of the
 * visible window with one replace() per series; wheel zoom, drag pan and the
 * keys + - ← → 0 re-slice that buffer. Bar, single value and gauge panels
 * show the last value. A failed query shows its error text in the panel.
 */
class ChartPanel final : public QFrame
{
    Q_OBJECT
public:
    explicit ChartPanel(const PanelSpec &spec, QWidget *parent = nullptr);
    ~ChartPanel() override;

    const PanelSpec &spec() const { return m_spec; }
    /** Pixels the data is drawn across (the plot area's width): the step and the downsampling follow it. */
    int plotWidth() const;

    /** A refresh's result (GUI thread): one replace() per series. */
    void applyData(PanelData incoming);
    /** Streams \a points (time order, after the last) into series \a index and redraws once. */
    void appendPoints(int index, const QList<QPointF> &points);
    /** Shows \a message instead of the chart. */
    void showError(const QString &message);

    void setCrosshair(std::optional<qint64> atMs);
    void setAnnotations(const QList<Annotation> &annotations);

    /** Zoom and pan over the buffered points (time window in ms since the epoch). */
    void setWindow(double fromMs, double toMs);
    void zoom(double factor, std::optional<double> aroundMs = std::nullopt);
    void pan(double fraction);
    void resetZoom();
    std::pair<double, double> window() const { return {m_windowFrom, m_windowTo}; }

    // For tests and benches.
    QString errorText() const;
    bool showsError() const;
    int seriesCount() const { return int(m_data.series.size()); }
    /** Points currently drawn in series \a index. */
    int shownPointCount(int index) const;
    /** Points buffered in series \a index. */
    qsizetype bufferedPointCount(int index) const;
    QString valueText() const;
    QString crosshairText() const;
    int annotationCount() const { return int(m_annotationItems.size()); }
    QChartView *chartView() const { return m_view; }
    /** The forecast readout ("full on …", or why there is none); empty without a forecast_limit. */
    QString forecastText() const { return m_forecastText; }
    /** When the trend reaches the forecast_limit, if it does. */
    std::optional<QDateTime> forecastWhen() const { return m_forecastWhen; }

Q_SIGNALS:
    /** The mouse is over time \a atMs (nullopt: it left). */
    void hovered(std::optional<qint64> atMs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildChart();
    void redraw();
    void placeOverlays();
    void updateValue();
    void updateForecast();
    double xToPixel(double x) const;
    std::optional<double> pixelToX(double px) const;

    PanelSpec m_spec;
    PanelData m_data;
    QLineSeries *m_trend = nullptr;     ///< the fitted trend across the window (forecast_limit)
    QLineSeries *m_bandLow = nullptr;   ///< its 95 % prediction band
    QLineSeries *m_bandHigh = nullptr;
    QString m_forecastText;
    std::optional<QDateTime> m_forecastWhen;
    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_error = nullptr;
    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QDateTimeAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    QList<QLineSeries *> m_lines;
    QList<QAbstractSeries *> m_series;
    QBarSeries *m_bars = nullptr;
    QLabel *m_value = nullptr;
    GaugeWidget *m_gauge = nullptr;
    QGraphicsLineItem *m_crosshairLine = nullptr;
    QGraphicsSimpleTextItem *m_crosshairText = nullptr;
    QList<QGraphicsLineItem *> m_annotationItems;
    QList<Annotation> m_annotations;
    std::optional<qint64> m_crosshair;
    double m_windowFrom = 0;
    double m_windowTo = 0;
    bool m_zoomed = false;
    std::optional<double> m_dragFromMs;
    double m_dragStartPx = 0;
};

} // namespace OpsDeck::Capacity::Internal
