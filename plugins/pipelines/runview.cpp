// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "runview.h"

#include "asyncresult.h"
#include "joblogmodel.h"
#include "logview.h"
#include "pipelinesstyle.h"
#include "pipelinestr.h"
#include "rundagview.h"
#include "runlistmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace OpsDeck::Pipelines::Internal {

namespace {
QPushButton *button(const QString &text, const QString &toolTip, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setToolTip(toolTip);
    b->setObjectName(objectName);
    b->setAutoDefault(false);
    return b;
}

bool runIsOver(Backend::RunStatus status)
{
    return status != Backend::RunStatus::Queued && status != Backend::RunStatus::Running;
}
} // namespace

RunView::RunView(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(u"pipelines.runTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(u"pipelines.runSubtitle"_s);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Text that changes every second (durations, progress) must not move
    // the layout: a label whose size hint changes re-lays out and repaints
    // the whole panel, which costs tens of ms on a busy machine.
    for (QLabel *label : {m_title, m_subtitle})
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_problems = new QLabel(this);
    m_problems->setObjectName(u"pipelines.runProblems"_s);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(u"pipelines.runMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();

    m_cancelRun = button(Tr::tr("Cancel Run"), Tr::tr("Cancel every unfinished job of this run"),
                         u"pipelines.cancelRun"_s, this);
    m_retryRun = button(Tr::tr("Retry Failed"), Tr::tr("Run every failed, cancelled or interrupted job again"),
                        u"pipelines.retryRun"_s, this);
    m_cancelJob = button(Tr::tr("Cancel Job"), Tr::tr("Stop the selected job (its process tree is killed)"),
                         u"pipelines.cancelJob"_s, this);
    m_retryJob = button(Tr::tr("Retry Job"), Tr::tr("Run the selected job again as a new attempt"),
                        u"pipelines.retryJob"_s, this);
    m_approve = button(Tr::tr("Approve"), Tr::tr("Start the selected manual job"), u"pipelines.approve"_s, this);
    connect(m_cancelRun, &QPushButton::clicked, this, &RunView::cancelRun);
    connect(m_retryRun, &QPushButton::clicked, this, &RunView::retryFailed);
    connect(m_cancelJob, &QPushButton::clicked, this, &RunView::cancelJob);
    connect(m_retryJob, &QPushButton::clicked, this, &RunView::retryJob);
    connect(m_approve, &QPushButton::clicked, this, &RunView::approveJob);

    m_dag = new RunDagView(this);
    m_dagScroll = new QScrollArea(this);
    m_dagScroll->setWidget(m_dag);
    m_dagScroll->setWidgetResizable(true);
    m_dagScroll->setFrameShape(QFrame::NoFrame);
    m_dagScroll->setBackgroundRole(QPalette::Window);
    m_log = new LogView(this);

    auto *header = new QWidget(this);
    auto *titleColumn = new QVBoxLayout;
    titleColumn->setSpacing(2);
    titleColumn->addWidget(m_title);
    titleColumn->addWidget(m_subtitle);
    auto *runButtons = new QHBoxLayout;
    runButtons->setSpacing(4);
    runButtons->addWidget(m_cancelRun);
    runButtons->addWidget(m_retryRun);
    auto *top = new QHBoxLayout;
    top->addLayout(titleColumn, 1);
    top->addLayout(runButtons);
    auto *jobButtons = new QHBoxLayout;
    jobButtons->setSpacing(4);
    auto *jobLabel = new QLabel(Tr::tr("Selected job:"), this);
    jobButtons->addWidget(jobLabel);
    jobButtons->addWidget(m_approve);
    jobButtons->addWidget(m_retryJob);
    jobButtons->addWidget(m_cancelJob);
    jobButtons->addStretch(1);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(8, 6, 8, 4);
    headerLayout->setSpacing(4);
    headerLayout->addLayout(top);
    headerLayout->addWidget(m_problems);
    headerLayout->addWidget(m_message);
    headerLayout->addLayout(jobButtons);

    auto *graph = new QWidget(this);
    auto *graphLayout = new QVBoxLayout(graph);
    graphLayout->setContentsMargins(0, 0, 0, 0);
    graphLayout->setSpacing(0);
    graphLayout->addWidget(header);
    graphLayout->addWidget(m_dagScroll, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(graph);
    m_splitter->addWidget(m_log);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_dag, &RunDagView::currentJobChanged, this, [this](qint64 jobId) {
        openLog(jobId);
        updateButtons();
        m_dagScroll->ensureVisible(m_dag->jobRect(jobId).center().x(), m_dag->jobRect(jobId).center().y(),
                                   m_dag->jobRect(jobId).width() / 2 + 12, m_dag->jobRect(jobId).height() / 2 + 12);
    });
    connect(m_dag, &RunDagView::jobActivated, this, [this] { m_log->list()->setFocus(); });
    updateHeader();
    updateButtons();
}

void RunView::setEngine(Backend::IPipelineEngine *engine)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_engine = engine;
    m_log->setEngine(engine);
    if (engine) {
        m_connections.append(connect(engine, &Backend::IPipelineEngine::jobUpdated, this, &RunView::onJobUpdated));
        m_connections.append(connect(engine, &Backend::IPipelineEngine::runUpdated, this, &RunView::onRunUpdated));
    }
    showRun({});
}

void RunView::showRun(const QString &runId)
{
    m_runId = runId;
    m_loaded = false;
    ++m_generation;
    m_details = {};
    m_details.run.id = runId;
    m_dag->clear();
    m_log->clear();
    setMessage({}, false);
    updateHeader();
    updateButtons();
    reload();
}

void RunView::reload()
{
    if (!m_engine || m_runId.isEmpty())
        return;
    const quint64 generation = m_generation;
    whenFinished(this, m_engine->runDetails(m_runId), [this, generation](const Result<Backend::RunDetails> &details) {
        if (generation != m_generation)
            return;
        if (!details) {
            setMessage(Tr::tr("The run cannot be read: %1").arg(errorText(details.error())), true);
            return;
        }
        applyDetails(*details);
    });
}

void RunView::applyDetails(const Backend::RunDetails &details)
{
    const qint64 current = m_dag->currentJob();
    m_details = details;
    m_loaded = true;
    m_dag->setDetails(details);
    // Keep the selected job; otherwise open the job an on-call engineer
    // wants first: the first failed one, else a running one, else the first.
    qint64 pick = m_dag->job(current) ? current : 0;
    if (!pick) {
        for (const Backend::PipelineJob &job : m_dag->jobs()) {
            if (job.status == Backend::JobStatus::Failed && !job.allowFailure) {
                pick = job.id;
                break;
            }
        }
    }
    if (!pick) {
        for (const Backend::PipelineJob &job : m_dag->jobs()) {
            if (job.status == Backend::JobStatus::Running) {
                pick = job.id;
                break;
            }
        }
    }
    if (!pick && !m_dag->jobs().isEmpty())
        pick = m_dag->jobs().first().id;
    if (pick && pick != m_dag->currentJob())
        m_dag->setCurrentJob(pick);
    else if (pick && m_log->jobId() != pick)
        openLog(pick);
    updateHeader();
    updateButtons();
    Q_EMIT loaded();
}

void RunView::onJobUpdated(const Backend::PipelineJob &job)
{
    if (job.runId != m_runId || !m_loaded)
        return;
    for (Backend::PipelineJob &known : m_details.jobs) {
        if (known.id == job.id)
            known = job;
    }
    const bool known = std::any_of(m_details.jobs.cbegin(), m_details.jobs.cend(),
                                   [&job](const Backend::PipelineJob &j) { return j.id == job.id; });
    if (!known)
        m_details.jobs.append(job);
    const qint64 before = m_dag->currentJob();
    m_dag->updateJob(job);
    // The shown job just started: stream its log from now on.
    if (job.id == m_log->jobId() && job.status == Backend::JobStatus::Running && before == job.id
        && !m_log->model()->isFollowing() && m_log->follows())
        m_log->model()->setFollowing(true);
    updateButtons();
}

void RunView::onRunUpdated(const Backend::PipelineRun &run)
{
    if (run.id != m_runId)
        return;
    m_details.run = run;
    updateHeader();
    updateButtons();
}

void RunView::updateHeader()
{
    const Backend::PipelineRun &run = m_details.run;
    if (m_runId.isEmpty()) {
        m_title->setText(Tr::tr("No run selected"));
        m_subtitle->setText(Tr::tr("Pick a run on the left, or trigger one (Ctrl+Shift+P)."));
        m_problems->hide();
        return;
    }
    if (!m_loaded && run.repository.isEmpty()) {
        m_title->setText(Tr::tr("Run %1").arg(m_runId));
        m_subtitle->setText(Tr::tr("Loading…"));
        return;
    }
    const QString status = Backend::runStatusName(run.status).replace(u'_', u' ');
    m_title->setText(Tr::tr("%1 \u2014 %2 %3 @ %4")
                         .arg(status.toUpper(), run.repository, run.branch, run.commit.left(8)));
    // Setters only on change: this runs on every progress update, and each
    // palette or visibility change re-lays out and repaints the whole panel.
    const QColor titleColour = Style::runStatusColor(run.status, palette());
    if (m_title->palette().color(QPalette::WindowText) != titleColour) {
        QPalette pal = m_title->palette();
        pal.setColor(QPalette::WindowText, titleColour);
        m_title->setPalette(pal);
    }
    QStringList parts;
    parts.append(Tr::tr("Run %1").arg(run.id));
    if (!run.message.isEmpty())
        parts.append(u"\u201C%1\u201D"_s.arg(run.message));
    if (!run.environment.isEmpty())
        parts.append(Tr::tr("to %1").arg(run.environment));
    if (!run.createdBy.isEmpty())
        parts.append(Tr::tr("by %1").arg(run.createdBy));
    if (!run.trigger.isEmpty())
        parts.append(run.trigger);
    // No ticking "running for 12s" here: a label whose text changes makes
    // the panel re-lay out and repaint everything (measured: a full-window
    // repaint per second). The list's Duration and the graph's boxes tick.
    if (runIsOver(run.status)) {
        if (const qint64 took = RunListModel::durationSeconds(run, QDateTime::currentDateTimeUtc()); took >= 0)
            parts.append(Tr::tr("took %1").arg(RunListModel::formatDuration(took)));
    } else if (run.startedAt.isValid()) {
        parts.append(Tr::tr("started %1").arg(QLocale().toString(run.startedAt.toLocalTime().time(), QLocale::ShortFormat)));
    }
    m_subtitle->setText(parts.join(u" \u00B7 "_s));

    QStringList problems;
    if (!m_details.error.isEmpty())
        problems.append(Tr::tr("Error: %1").arg(m_details.error));
    for (const QString &u : std::as_const(m_details.unresolved))
        problems.append(Tr::tr("Cannot run offline: %1").arg(u));
    for (const Backend::PipelineJob &job : std::as_const(m_details.jobs)) {
        for (const QString &u : job.unresolved)
            problems.append(Tr::tr("Cannot run offline (%1): %2").arg(job.name, u));
    }
    for (const QString &w : std::as_const(m_details.warnings))
        problems.append(Tr::tr("Warning: %1").arg(w));
    constexpr int kShown = 6;
    QStringList shown = problems.mid(0, kShown);
    if (problems.size() > kShown)
        shown.append(Tr::tr("… and %n more (see the tooltip)", nullptr, int(problems.size() - kShown)));
    m_problems->setText(shown.join(u'\n'));
    const QString tip = problems.size() > kShown ? problems.join(u'\n') : QString();
    if (m_problems->toolTip() != tip)
        m_problems->setToolTip(tip);
    const QColor problemColour = m_details.error.isEmpty() ? Style::manualColor(palette()) : Style::failedColor(palette());
    if (m_problems->palette().color(QPalette::WindowText) != problemColour) {
        QPalette problemPalette = m_problems->palette();
        problemPalette.setColor(QPalette::WindowText, problemColour);
        m_problems->setPalette(problemPalette);
    }
    if (m_problems->isHidden() != problems.isEmpty())
        m_problems->setVisible(!problems.isEmpty());
}

void RunView::updateButtons()
{
    using Backend::JobStatus;
    const bool haveRun = m_engine && !m_runId.isEmpty() && m_loaded;
    bool anyUnfinished = false;
    bool anyRetryable = false;
    for (const Backend::PipelineJob &job : m_dag->jobs()) {
        anyUnfinished |= !Backend::isFinished(job.status);
        anyRetryable |= job.status == JobStatus::Failed || job.status == JobStatus::Cancelled
                        || job.status == JobStatus::Interrupted;
    }
    m_cancelRun->setEnabled(haveRun && (anyUnfinished || !runIsOver(m_details.run.status)));
    m_retryRun->setEnabled(haveRun && anyRetryable);
    const Backend::PipelineJob *job = m_dag->job(m_dag->currentJob());
    m_cancelJob->setEnabled(haveRun && job && !Backend::isFinished(job->status));
    m_retryJob->setEnabled(haveRun && job && Backend::isFinished(job->status) && job->status != JobStatus::Skipped);
    m_approve->setEnabled(haveRun && job && job->status == JobStatus::Manual);
    m_approve->setVisible(!job || job->status == JobStatus::Manual || job->when == u"manual"_s);
}

void RunView::openLog(qint64 jobId)
{
    const Backend::PipelineJob *job = m_dag->job(jobId);
    if (!job) {
        m_log->clear();
        return;
    }
    QString title = Tr::tr("%1 \u00B7 %2").arg(job->name, Backend::jobStatusName(job->status));
    if (!job->failureReason.isEmpty())
        title = Tr::tr("%1 \u00B7 %2").arg(title, job->failureReason);
    m_log->showJob(jobId, title, !Backend::isFinished(job->status));
}

void RunView::selectJob(qint64 jobId)
{
    m_dag->setCurrentJob(jobId);
}

template<typename T>
void RunView::act(const QString &action, QFuture<Result<T>> future)
{
    const quint64 generation = m_generation;
    whenFinished(this, future, [this, generation, action](const Result<T> &result) {
        if (generation != m_generation)
            return;
        if (!result) {
            setMessage(Tr::tr("%1 failed: %2").arg(action, errorText(result.error())), true);
            Q_EMIT actionFinished(action, errorText(result.error()));
            return;
        }
        setMessage({}, false);
        reload();
        Q_EMIT actionFinished(action, {});
    });
}

void RunView::cancelRun()
{
    if (m_engine && !m_runId.isEmpty())
        act(Tr::tr("Cancel run"), m_engine->cancel(m_runId));
}

void RunView::retryFailed()
{
    if (m_engine && !m_runId.isEmpty())
        act(Tr::tr("Retry failed jobs"), m_engine->retryRun(m_runId));
}

void RunView::cancelJob()
{
    if (m_engine && m_dag->currentJob())
        act(Tr::tr("Cancel job"), m_engine->cancelJob(m_dag->currentJob()));
}

void RunView::retryJob()
{
    if (m_engine && m_dag->currentJob())
        act(Tr::tr("Retry job"), m_engine->retryJob(m_dag->currentJob()));
}

void RunView::approveJob()
{
    if (m_engine && m_dag->currentJob())
        act(Tr::tr("Approve"), m_engine->approve(m_dag->currentJob()));
}

QString RunView::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void RunView::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText, error ? Style::failedColor(palette()) : palette().color(QPalette::WindowText));
    m_message->setPalette(pal);
    m_message->setVisible(!text.isEmpty());
}

} // namespace OpsDeck::Pipelines::Internal
