// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QChartView>
#include <QDateTime>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QRubberBand;
class QValueAxis;

namespace OpsDeck::LogSearch {

/**
 * Matches over time (LogPage::histogram) as a stepped area above the
 * results. Dragging across it selects a time range (rangeSelected); a
 * click selects the bucket under the mouse. Hovering shows the bucket's
 * time and count.
 */
class HistogramView final : public QChartView
{
    Q_OBJECT
public:
    explicit HistogramView(QWidget *parent = nullptr);

    /** Bucket i covers [from + i·bucketMs, from + (i+1)·bucketMs). Empty counts clear it. */
    void setHistogram(const QDateTime &from, qint64 bucketMs, const QList<qint64> &counts);
    void clear();

    QList<qint64> counts() const { return m_counts; }
    QDateTime from() const { return m_from; }
    qint64 bucketMs() const { return m_bucketMs; }
    /** The time at viewport x \a x, clamped to the histogram's range. */
    QDateTime timeAt(int x) const;
    /** The viewport x of \a time (for tests and the rubber band). */
    int xOf(const QDateTime &time) const;

Q_SIGNALS:
    void rangeSelected(const QDateTime &from, const QDateTime &to);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    QDateTime to() const;
    QString bucketText(int bucket) const;

    QLineSeries *m_upper = nullptr;
    QAreaSeries *m_area = nullptr;
    QDateTimeAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QRubberBand *m_band = nullptr;
    QDateTime m_from;
    qint64 m_bucketMs = 0;
    QList<qint64> m_counts;
    int m_pressX = -1;
};

} // namespace OpsDeck::LogSearch
