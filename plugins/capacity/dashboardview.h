// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chartpanel.h"
#include "dashboardspec.h"

#include <opsdeck/api/result.h>

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QGridLayout;
class QLabel;
class QPushButton;

namespace OpsDeck::Backend {
class BackendRegistry;
class IMetricsSource;
}

namespace OpsDeck::Capacity::Internal {

class AlertHistoryModel;

/**
 * The Dashboards tab: a grid of ChartPanels from a DashboardSpec, a time
 * range picker, a refresh interval, a crosshair shared by every panel and
 * annotations (deployments and rollbacks from the pipeline engine, alerts
 * from the alert history) on every panel.
 *
 * A refresh asks each panel's source for its query with a step chosen from
 * the panel's pixel width, reduces the answer off the GUI thread and applies
 * it with one replace() per series. Refreshes never overlap: a tick that
 * comes while one is in flight is skipped (and counted).
 */
class DashboardView final : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(Backend::BackendRegistry &backends, QWidget *parent = nullptr);
    ~DashboardView() override;

    /** `<workspace>/capacity/dashboards`; lists its files and opens the first (or the built-in default). */
    void setDirectory(const QString &directory);
    QString directory() const { return m_directory; }
    void setDashboard(const DashboardSpec &spec);
    const DashboardSpec &dashboard() const { return m_spec; }
    /** Reads `<directory>/fileName`; false (and the error with file:line:column shown) when it does not load. */
    bool loadDashboard(const QString &fileName);
    Result<> saveDashboard(const QString &fileName);
    void setAlertHistory(AlertHistoryModel *history);

    void setRange(const TimeRange &range);
    void setRefreshSeconds(int seconds);
    /** "Now" for the time range; tests pin it. */
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    /** Starts a refresh of every panel unless one is in flight (then the tick is skipped). */
    void refresh();
    bool isRefreshing() const { return m_inFlight > 0; }
    int skippedRefreshes() const { return m_skipped; }
    int completedRefreshes() const { return m_completed; }
    QList<ChartPanel *> panels() const { return m_panels; }
    QLabel *statusLabel() const { return m_status; }
    /** The bound metrics sources, in registry order. */
    QList<Backend::IMetricsSource *> sources() const;
    /** The source a panel names (empty: the first one); nullptr when none matches. */
    Backend::IMetricsSource *sourceFor(const QString &name) const;
    QList<Annotation> annotations() const { return m_annotations; }
    void refreshAnnotations();

Q_SIGNALS:
    /** Every panel of a refresh has its answer (or error). */
    void refreshed();
    void annotationsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    /** The refresh timer's tick: a hidden dashboard queries nothing until it is shown again. */
    void tick();
    void rebuildPanels();
    void finishOne(int generation);
    /** Applies one queued answer and paints its panel, then yields to the event loop. */
    void applyNext();
    void listFiles();
    void setStatus(const QString &text, bool error);
    void applyAnnotations(QList<Annotation> pipelineMarkers);

    Backend::BackendRegistry &m_backends;
    DashboardSpec m_spec;
    QString m_directory;
    QString m_currentFile;
    QComboBox *m_files = nullptr;
    QComboBox *m_range = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QComboBox *m_refresh = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_gridHost = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<ChartPanel *> m_panels;
    QTimer m_timer;
    QTimer m_applyTimer;
    struct PendingApply
    {
        QPointer<ChartPanel> panel;
        PanelData data;
        int generation = 0;
    };
    QList<PendingApply> m_applyQueue;
    std::function<QDateTime()> m_clock;
    QPointer<AlertHistoryModel> m_alertHistory;
    QList<Annotation> m_pipelineMarkers;
    QList<Annotation> m_annotations;
    int m_inFlight = 0;
    int m_generation = 0;
    int m_skipped = 0;
    int m_completed = 0;
    int m_failedPanels = 0;
    bool m_annotationsInFlight = false;
    bool m_missedWhileHidden = false;
};

} // namespace OpsDeck::Capacity::Internal
