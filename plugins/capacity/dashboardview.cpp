// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "dashboardview.h"

#include "alertsmodel.h"
#include "asyncresult.h"
#include "capacitystyle.h"
#include "capacitytr.h"
#include "scenariostore.h"
#include "seriesdata.h"

#include <opsdeck/api/backendregistry.h>
#include <opsdeck/api/metricssource.h>
#include <opsdeck/api/pipelineengine.h>

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

using namespace Qt::StringLiterals;

namespace OpsDeck::Capacity::Internal {

namespace {

/** How many deployments and audit events the annotations read per refresh. */
constexpr int kAnnotationLimit = 500;


} // namespace

DashboardView::DashboardView(Backend::BackendRegistry &backends, QWidget *parent)
    : QWidget(parent)
    , m_backends(backends)
{
    m_files = new QComboBox(this);
    m_files->setAccessibleName(Tr::tr("Dashboard"));
    m_files->setMinimumContentsLength(18);
    auto *reload = new QPushButton(Tr::tr("Re&load"), this);
    reload->setToolTip(Tr::tr("Read the dashboard files again"));
    auto *save = new QPushButton(Tr::tr("Sa&ve"), this);
    save->setToolTip(Tr::tr("Write this dashboard as JSON into the workspace (docs/dashboards.md)"));
    m_range = new QComboBox(this);
    m_range->setAccessibleName(Tr::tr("Time range"));
    m_range->addItem(Tr::tr("Last 15 minutes"), u"15m"_s);
    m_range->addItem(Tr::tr("Last hour"), u"1h"_s);
    m_range->addItem(Tr::tr("Last 6 hours"), u"6h"_s);
    m_range->addItem(Tr::tr("Last 24 hours"), u"24h"_s);
    m_range->addItem(Tr::tr("Last 7 days"), u"7d"_s);
    m_range->addItem(Tr::tr("Custom…"), u"custom"_s);
    m_from = new QDateTimeEdit(this);
    m_to = new QDateTimeEdit(this);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        edit->setCalendarPopup(true);
        edit->hide();
    }
    m_refresh = new QComboBox(this);
    m_refresh->setAccessibleName(Tr::tr("Refresh interval"));
    m_refresh->addItem(Tr::tr("Refresh off"), 0);
    m_refresh->addItem(Tr::tr("Every 5 s"), 5);
    m_refresh->addItem(Tr::tr("Every 15 s"), 15);
    m_refresh->addItem(Tr::tr("Every minute"), 60);
    auto *now = new QPushButton(Tr::tr("&Refresh"), this);
    now->setToolTip(Tr::tr("Refresh every panel now (F5)"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    auto *dashLabel = new QLabel(Tr::tr("Dash&board:"), this);
    dashLabel->setBuddy(m_files);
    bar->addWidget(dashLabel);
    bar->addWidget(m_files);
    bar->addWidget(reload);
    bar->addWidget(save);
    bar->addSpacing(12);
    auto *rangeLabel = new QLabel(Tr::tr("&Time:"), this);
    rangeLabel->setBuddy(m_range);
    bar->addWidget(rangeLabel);
    bar->addWidget(m_range);
    bar->addWidget(m_from);
    bar->addWidget(m_to);
    bar->addWidget(m_refresh);
    bar->addWidget(now);
    bar->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_gridHost = new QWidget(scroll);
    m_grid = new QGridLayout(m_gridHost);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(6);
    scroll->setWidget(m_gridHost);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);

    connect(&m_timer, &QTimer::timeout, this, &DashboardView::tick);
    // Answers are applied one panel per event-loop pass, each painted at once:
    // twelve charts never replace and paint in one long stall.
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(0);
    connect(&m_applyTimer, &QTimer::timeout, this, &DashboardView::applyNext);
    connect(now, &QPushButton::clicked, this, &DashboardView::refresh);
    auto *f5 = new QShortcut(QKeySequence::Refresh, this);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QShortcut::activated, this, &DashboardView::refresh);
    connect(reload, &QPushButton::clicked, this, [this] {
        listFiles();
        if (!m_currentFile.isEmpty())
            loadDashboard(m_currentFile);
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString file = m_currentFile.isEmpty() ? ScenarioStore::fileNameFor(m_spec.title).chopped(5) + u".json"_s
                                                     : m_currentFile;
        if (auto saved = saveDashboard(file); !saved)
            setStatus(errorText(saved.error()), true);
        else
            setStatus(Tr::tr("Saved %1.").arg(QDir(m_directory).filePath(file)), false);
    });
    connect(m_files, &QComboBox::activated, this, [this](int index) {
        const QString file = m_files->itemData(index).toString();
        if (file.isEmpty())
            setDashboard(defaultDashboard());
        else
            loadDashboard(file);
    });
    connect(m_range, &QComboBox::activated, this, [this](int) {
        TimeRange range;
        range.preset = TimeRange::presetFromId(m_range->currentData().toString()).value_or(TimeRange::Preset::Last1h);
        if (range.preset == TimeRange::Preset::Custom) {
            const QDateTime end = m_clock ? m_clock() : QDateTime::currentDateTime();
            if (!m_from->isVisible()) {
                m_from->setDateTime(end.addSecs(-3600));
                m_to->setDateTime(end);
            }
            range.from = m_from->dateTime();
            range.to = m_to->dateTime();
        }
        setRange(range);
    });
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateTimeEdit::editingFinished, this, [this] {
            TimeRange range;
            range.preset = TimeRange::Preset::Custom;
            range.from = m_from->dateTime();
            range.to = m_to->dateTime();
            if (range.from >= range.to) {
                setStatus(Tr::tr("The custom range must end after it starts."), true);
                return;
            }
            setRange(range);
        });
    }
    connect(m_refresh, &QComboBox::activated, this, [this](int) { setRefreshSeconds(m_refresh->currentData().toInt()); });
    connect(&m_backends, &Backend::BackendRegistry::backendsChanged, this, &DashboardView::refresh);

    setDashboard(defaultDashboard());
}

DashboardView::~DashboardView() = default;

void DashboardView::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: %1;"_s.arg(Style::errorColor(palette()).name()) : QString());
}

void DashboardView::setDirectory(const QString &directory)
{
    m_directory = directory;
    m_currentFile.clear();
    listFiles();
    if (m_files->count() > 0 && !m_files->itemData(0).toString().isEmpty())
        loadDashboard(m_files->itemData(0).toString());
    else
        setDashboard(defaultDashboard());
}

void DashboardView::listFiles()
{
    m_files->clear();
    const QStringList files = m_directory.isEmpty()
                                  ? QStringList()
                                  : QDir(m_directory).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        m_files->addItem(file, file);
    m_files->addItem(Tr::tr("Key metrics (built in)"), QString());
    const int current = m_files->findData(m_currentFile);
    m_files->setCurrentIndex(current >= 0 ? current : m_files->count() - 1);
}

bool DashboardView::loadDashboard(const QString &fileName)
{
    QFile file(QDir(m_directory).filePath(fileName));
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(Tr::tr("Cannot read %1: %2").arg(fileName, file.errorString()), true);
        return false;
    }
    Result<DashboardSpec> spec = parseDashboard(file.readAll(), fileName);
    if (!spec) {
        setStatus(spec.error().detail.isEmpty() ? spec.error().message : spec.error().detail, true);
        return false;
    }
    m_currentFile = fileName;
    const int index = m_files->findData(fileName);
    if (index >= 0)
        m_files->setCurrentIndex(index);
    setDashboard(*spec);
    return true;
}

Result<> DashboardView::saveDashboard(const QString &fileName)
{
    if (m_directory.isEmpty())
        return fail(ErrorCode::Unavailable, Tr::tr("No workspace folder: dashboards cannot be saved."));
    if (auto written = writeTextFile(QDir(m_directory).filePath(fileName), dashboardToJson(m_spec)); !written)
        return written;
    m_currentFile = fileName;
    listFiles();
    return {};
}

void DashboardView::setDashboard(const DashboardSpec &spec)
{
    m_spec = spec;
    {
        const QSignalBlocker a(m_range), b(m_refresh);
        m_range->setCurrentIndex(std::max(0, m_range->findData(spec.range.id())));
        m_refresh->setCurrentIndex(std::max(0, m_refresh->findData(spec.refreshSeconds)));
    }
    const bool custom = spec.range.preset == TimeRange::Preset::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    if (custom) {
        m_from->setDateTime(spec.range.from);
        m_to->setDateTime(spec.range.to);
    }
    rebuildPanels();
    setRefreshSeconds(spec.refreshSeconds);
    refresh();
}

void DashboardView::rebuildPanels()
{
    // Answers for the old panels are dropped by generation, never applied to new ones.
    ++m_generation;
    m_inFlight = 0;
    m_applyQueue.clear();
    qDeleteAll(m_panels);
    m_panels.clear();
    const int columns = std::max(1, m_spec.columns);
    int row = 0, column = 0;
    for (const PanelSpec &spec : std::as_const(m_spec.panels)) {
        const int span = std::clamp(spec.width, 1, columns);
        if (column + span > columns) {
            ++row;
            column = 0;
        }
        auto *panel = new ChartPanel(spec, m_gridHost);
        m_grid->addWidget(panel, row, column, 1, span);
        column += span;
        connect(panel, &ChartPanel::hovered, this, [this](std::optional<qint64> at) {
            for (ChartPanel *p : std::as_const(m_panels))
                p->setCrosshair(at);
        });
        panel->setAnnotations(m_annotations);
        m_panels.append(panel);
    }
    // A previous dashboard may have had more columns: their stretch goes.
    for (int c = 0; c < m_grid->columnCount(); ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}

void DashboardView::setRange(const TimeRange &range)
{
    m_spec.range = range;
    const bool custom = range.preset == TimeRange::Preset::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    for (ChartPanel *panel : std::as_const(m_panels))
        panel->resetZoom();
    refresh();
}

void DashboardView::setRefreshSeconds(int seconds)
{
    m_spec.refreshSeconds = seconds;
    {
        const QSignalBlocker block(m_refresh);
        m_refresh->setCurrentIndex(std::max(0, m_refresh->findData(seconds)));
    }
    if (seconds > 0)
        m_timer.start(seconds * 1000);
    else
        m_timer.stop();
}

QList<Backend::IMetricsSource *> DashboardView::sources() const
{
    QList<Backend::IMetricsSource *> found;
    for (Backend::IBackend *backend : m_backends.backends()) {
        if (backend->capability() == Backend::Capability::MetricsSource) {
            if (auto *source = qobject_cast<Backend::IMetricsSource *>(backend))
                found.append(source);
        }
    }
    return found;
}

Backend::IMetricsSource *DashboardView::sourceFor(const QString &name) const
{
    const QList<Backend::IMetricsSource *> all = sources();
    if (name.isEmpty())
        return all.value(0);
    for (Backend::IMetricsSource *source : all) {
        if (source->displayName() == name)
            return source;
    }
    for (Backend::IMetricsSource *source : all) {
        if (source->displayName().contains(name, Qt::CaseInsensitive))
            return source;
    }
    return nullptr;
}

void DashboardView::tick()
{
    if (!isVisible()) {
        m_missedWhileHidden = true;
        return;
    }
    refresh();
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_missedWhileHidden) {
        m_missedWhileHidden = false;
        refresh();
    }
}

void DashboardView::refresh()
{
    if (m_inFlight > 0) {
        ++m_skipped; // never two refreshes at once: this tick is dropped
        return;
    }
    refreshAnnotations();
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    const auto [from, to] = m_spec.range.window(now);
    const int generation = m_generation;
    m_failedPanels = 0;
    if (sources().isEmpty())
        setStatus(Tr::tr("No metrics source is bound: the active profile has no embedded metrics store or Prometheus."), true);
    for (ChartPanel *panel : std::as_const(m_panels)) {
        const PanelSpec &spec = panel->spec();
        Backend::IMetricsSource *source = sourceFor(spec.source);
        if (!source) {
            panel->showError(spec.source.isEmpty() ? Tr::tr("No metrics source is bound.")
                                                   : Tr::tr("No metrics source named \"%1\".").arg(spec.source));
            ++m_failedPanels;
            continue;
        }
        const int width = panel->plotWidth();
        // The step follows the panel's width: never more points than pixels
        // (a Prometheus source adds its scrape interval as a floor itself).
        Result<std::chrono::milliseconds> step = Backend::chooseStep(from, to, width, spec.minStep, std::chrono::milliseconds(0));
        if (!step) {
            panel->showError(errorText(step.error()));
            ++m_failedPanels;
            continue;
        }
        const bool latestOnly = spec.type == PanelType::SingleValue || spec.type == PanelType::Gauge || spec.type == PanelType::Bar;
        QFuture<Result<QList<Backend::MetricSeries>>> answer =
            latestOnly ? source->instant(spec.query, to) : source->range({spec.query, from, to, *step});
        const double scale = spec.scale;
        const qint64 fromMs = from.toMSecsSinceEpoch(), toMs = to.toMSecsSinceEpoch();
        const qint64 stepMs = latestOnly ? 0 : qint64(step->count());
        // Reduction to the pixel width happens on the pool, not here.
        QFuture<PanelData> prepared = answer.then(QtFuture::Launch::Async,
                                                  [scale, width, fromMs, toMs, stepMs](const Result<QList<Backend::MetricSeries>> &r) {
                                                      return preparePanelData(r, scale, width, fromMs, toMs, stepMs);
                                                  });
        ++m_inFlight;
        QPointer<ChartPanel> target = panel;
        whenFinished(
            this, prepared,
            [this, target, generation](const PanelData &ready) {
                if (generation != m_generation)
                    return;
                m_applyQueue.append({target, ready, generation});
                if (!m_applyTimer.isActive())
                    m_applyTimer.start();
            },
            [this, target, generation] {
                if (generation != m_generation)
                    return;
                if (target)
                    target->showError(Tr::tr("The query was cancelled (the source went away)."));
                finishOne(generation);
            });
    }
    if (m_inFlight == 0) {
        ++m_completed;
        Q_EMIT refreshed();
    }
}

void DashboardView::applyNext()
{
    if (m_applyQueue.isEmpty())
        return;
    PendingApply next = m_applyQueue.takeFirst();
    if (next.generation == m_generation) {
        if (ChartPanel *panel = next.panel.data()) {
            if (next.data.error)
                ++m_failedPanels;
            panel->applyData(std::move(next.data));
            if (panel->isVisible())
                panel->repaint();
        }
        finishOne(next.generation);
    }
    if (!m_applyQueue.isEmpty())
        m_applyTimer.start();
}

void DashboardView::finishOne(int generation)
{
    if (generation != m_generation || m_inFlight == 0)
        return;
    if (--m_inFlight > 0)
        return;
    ++m_completed;
    const QList<Backend::IMetricsSource *> all = sources();
    QStringList names;
    for (Backend::IMetricsSource *s : all)
        names << s->displayName();
    const QString when = QDateTime::currentDateTime().toString(u"HH:mm:ss"_s);
    if (m_failedPanels > 0)
        setStatus(Tr::tr("Refreshed at %1 from %2; %n panel(s) show an error.", nullptr, m_failedPanels).arg(when, names.join(u", "_s)),
                  true);
    else if (!all.isEmpty())
        setStatus(Tr::tr("Refreshed at %1 from %2.").arg(when, names.join(u", "_s)), false);
    Q_EMIT refreshed();
}

void DashboardView::setAlertHistory(AlertHistoryModel *history)
{
    m_alertHistory = history;
    if (history)
        connect(history, &AlertHistoryModel::entriesAdded, this, [this] { applyAnnotations(m_pipelineMarkers); });
    applyAnnotations(m_pipelineMarkers);
}

void DashboardView::refreshAnnotations()
{
    auto *engine = m_backends.get<Backend::IPipelineEngine>();
    if (!engine || m_annotationsInFlight) {
        if (!engine)
            applyAnnotations({});
        return;
    }
    m_annotationsInFlight = true;
    // Deployments (and their rollbacks) from the engine, plus rollbacks from the audit trail.
    auto deployments = engine->deployments(QString(), kAnnotationLimit);
    auto events = engine->events(QString(), kAnnotationLimit);
    auto markers = std::make_shared<QList<Annotation>>();
    auto pending = std::make_shared<int>(2);
    const auto done = [this, markers, pending] {
        if (--*pending > 0)
            return;
        m_annotationsInFlight = false;
        applyAnnotations(*markers);
    };
    whenFinished(
        this, deployments,
        [markers, done](const Result<QList<Backend::Deployment>> &list) {
            if (list) {
                for (const Backend::Deployment &d : *list) {
                    const QDateTime at = d.startedAt.isValid() ? d.startedAt : d.createdAt;
                    if (!at.isValid())
                        continue;
                    markers->append({Annotation::Kind::Deployment, at.toMSecsSinceEpoch(),
                                     Tr::tr("Deployment %1 of %2 to %3 (%4)")
                                         .arg(d.id, d.commit.left(8), d.environment, Backend::deploymentStatusName(d.status))});
                }
            }
            done();
        },
        done);
    whenFinished(
        this, events,
        [markers, done](const Result<QList<Backend::PipelineEvent>> &list) {
            if (list) {
                for (const Backend::PipelineEvent &e : *list) {
                    if (e.kind == u"rollback"_s && e.at.isValid())
                        markers->append({Annotation::Kind::Rollback, e.at.toMSecsSinceEpoch(),
                                         Tr::tr("Rollback by %1: %2").arg(e.actor, e.message)});
                }
            }
            done();
        },
        done);
}

void DashboardView::applyAnnotations(QList<Annotation> pipelineMarkers)
{
    m_pipelineMarkers = std::move(pipelineMarkers);
    m_annotations = m_pipelineMarkers;
    if (const AlertHistoryModel *history = m_alertHistory.data()) {
        const QList<AlertHistoryEntry> entries = history->entries();
        for (const AlertHistoryEntry &e : entries) {
            if (e.to == AlertRowState::Firing && e.at.isValid())
                m_annotations.append({Annotation::Kind::Alert, e.at.toMSecsSinceEpoch(),
                                      Tr::tr("Alert %1 firing: %2").arg(e.name, e.message)});
        }
    }
    for (ChartPanel *panel : std::as_const(m_panels))
        panel->setAnnotations(m_annotations);
    Q_EMIT annotationsChanged();
}

} // namespace OpsDeck::Capacity::Internal
