// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "rundagview.h"

#include "pipelinesstyle.h"
#include "pipelinestr.h"
#include "runlistmodel.h"

#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace OpsDeck::Pipelines::Internal {

namespace {
constexpr int kBoxWidth = 210;
constexpr int kBoxHeight = 46;
constexpr int kColumnGap = 56;
constexpr int kRowGap = 10;
constexpr int kHeader = 26;
constexpr int kMargin = 12;

/** A need names a job; matrix and parallel instances ("test: [a]", "test 1/2") answer to their base name. */
bool answersTo(const QString &jobName, const QString &need)
{
    return jobName == need || jobName.startsWith(need + u':') || jobName.startsWith(need + u' ');
}

QString jobStateText(const Backend::PipelineJob &job)
{
    using Backend::JobStatus;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (job.status) {
    case JobStatus::Running:
        return Tr::tr("running %1").arg(RunListModel::formatDuration(job.startedAt.isValid() ? job.startedAt.secsTo(now) : 0));
    case JobStatus::Manual: return Tr::tr("waiting for approval");
    case JobStatus::Pending: return Tr::tr("queued");
    case JobStatus::Created: return Tr::tr("waiting");
    case JobStatus::Skipped: return Tr::tr("skipped");
    default: break;
    }
    QString text = Backend::jobStatusName(job.status);
    if (job.status == JobStatus::Pending && job.notBefore.isValid())
        text = Tr::tr("starts at %1").arg(QLocale().toString(job.notBefore.toLocalTime().time(), QLocale::ShortFormat));
    if (job.startedAt.isValid() && job.completedAt.isValid())
        text = Tr::tr("%1 in %2").arg(text, RunListModel::formatDuration(job.startedAt.secsTo(job.completedAt)));
    if (job.attempt > 1)
        text = Tr::tr("%1, attempt %2").arg(text).arg(job.attempt);
    return text;
}
} // namespace

RunDagView::RunDagView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setObjectName(u"pipelines.dag"_s);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        for (int i = 0; i < m_jobs.size(); ++i) {
            if (m_jobs.at(i).status == Backend::JobStatus::Running)
                update(m_rects.at(i));
        }
    });
    m_ticker.start();
}

void RunDagView::clear()
{
    setDetails({});
}

void RunDagView::setDetails(const Backend::RunDetails &details)
{
    const bool sameRun = details.run.id == m_runId;
    m_runId = details.run.id;
    m_allStages = details.stages;
    m_jobs.clear();
    // A retried job's new attempt replaces the old one: show the latest per name.
    QHash<QString, int> byName;
    for (const Backend::PipelineJob &job : details.jobs) {
        const auto it = byName.constFind(job.name);
        if (it != byName.cend()) {
            if (m_jobs.at(*it).attempt <= job.attempt)
                m_jobs[*it] = job;
            continue;
        }
        byName.insert(job.name, int(m_jobs.size()));
        m_jobs.append(job);
    }
    if (!sameRun || !job(m_current))
        m_current = 0;
    relayout();
}

bool RunDagView::updateJob(const Backend::PipelineJob &job)
{
    if (job.runId != m_runId || m_runId.isEmpty())
        return false;
    if (const auto it = m_indexOf.constFind(job.id); it != m_indexOf.cend()) {
        m_jobs[*it] = job;
        update(m_rects.at(*it));
        return true;
    }
    for (int i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs.at(i).name == job.name) {
            if (m_jobs.at(i).attempt > job.attempt)
                return true; // an old attempt's late news
            const bool wasCurrent = m_jobs.at(i).id == m_current;
            m_indexOf.remove(m_jobs.at(i).id);
            m_jobs[i] = job;
            m_indexOf.insert(job.id, i);
            if (wasCurrent) {
                m_current = job.id;
                Q_EMIT currentJobChanged(m_current);
            }
            relayout();
            return true;
        }
    }
    m_jobs.append(job);
    relayout();
    return true;
}

const Backend::PipelineJob *RunDagView::job(qint64 jobId) const
{
    const auto it = m_indexOf.constFind(jobId);
    return it == m_indexOf.cend() ? nullptr : &m_jobs.at(*it);
}

void RunDagView::setCurrentJob(qint64 jobId)
{
    if (jobId == m_current || (jobId != 0 && !job(jobId)))
        return;
    const QRect old = jobRect(m_current);
    m_current = jobId;
    update(old.adjusted(-3, -3, 3, 3));
    update(jobRect(jobId).adjusted(-3, -3, 3, 3));
    Q_EMIT currentJobChanged(jobId);
}

QRect RunDagView::jobRect(qint64 jobId) const
{
    const auto it = m_indexOf.constFind(jobId);
    return it == m_indexOf.cend() ? QRect() : m_rects.at(*it);
}

qint64 RunDagView::jobAt(const QPoint &pos) const
{
    for (int i = 0; i < m_rects.size(); ++i) {
        if (m_rects.at(i).contains(pos))
            return m_jobs.at(i).id;
    }
    return 0;
}

QSize RunDagView::sizeHint() const
{
    return m_size;
}

void RunDagView::relayout()
{
    // Columns: the run's stages in order, plus any stage a job names that the list lacks.
    // Stages without a job (the default build/test/deploy of a one-stage
    // file) would only be empty columns.
    QStringList stages;
    for (const QString &stage : std::as_const(m_allStages)) {
        if (std::any_of(m_jobs.cbegin(), m_jobs.cend(), [&stage](const Backend::PipelineJob &j) { return j.stage == stage; }))
            stages.append(stage);
    }
    for (const Backend::PipelineJob &job : std::as_const(m_jobs)) {
        if (!stages.contains(job.stage))
            stages.append(job.stage);
    }
    m_stages = stages;
    m_columns = QList<QList<int>>(stages.size());
    m_indexOf.clear();
    m_rects = QList<QRect>(m_jobs.size());
    for (int i = 0; i < m_jobs.size(); ++i) {
        m_indexOf.insert(m_jobs.at(i).id, i);
        m_columns[stages.indexOf(m_jobs.at(i).stage)].append(i);
    }
    int tallest = 0;
    for (int c = 0; c < m_columns.size(); ++c) {
        const int x = kMargin + c * (kBoxWidth + kColumnGap);
        for (int r = 0; r < m_columns.at(c).size(); ++r)
            m_rects[m_columns.at(c).at(r)] = QRect(x, kMargin + kHeader + r * (kBoxHeight + kRowGap), kBoxWidth, kBoxHeight);
        tallest = std::max(tallest, int(m_columns.at(c).size()));
    }
    m_edges.clear();
    for (const Backend::PipelineJob &job : m_jobs) {
        if (!job.needs)
            continue;
        for (const QString &need : *job.needs) {
            for (const Backend::PipelineJob &other : m_jobs) {
                if (other.id != job.id && answersTo(other.name, need))
                    m_edges.append({other.id, job.id});
            }
        }
    }
    m_size = m_columns.isEmpty() ? QSize(0, 0)
                                 : QSize(2 * kMargin + int(m_columns.size()) * (kBoxWidth + kColumnGap) - kColumnGap,
                                         2 * kMargin + kHeader + tallest * (kBoxHeight + kRowGap));
    setMinimumSize(m_size);
    updateGeometry();
    update();
}

void RunDagView::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRect exposed = event->rect();

    if (m_jobs.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, m_runId.isEmpty() ? Tr::tr("Select a run to see its jobs.") : Tr::tr("This run has no jobs."));
        return;
    }

    QFont headerFont = font();
    headerFont.setBold(true);
    p.setFont(headerFont);
    p.setPen(pal.color(QPalette::PlaceholderText));
    for (int c = 0; c < m_stages.size(); ++c) {
        const QRect header(kMargin + c * (kBoxWidth + kColumnGap), kMargin, kBoxWidth, kHeader - 6);
        if (header.intersects(exposed))
            p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, m_stages.at(c));
    }

    // Edges under the boxes.
    p.setPen(QPen(pal.color(QPalette::Mid), 1.5));
    p.setBrush(Qt::NoBrush);
    for (const auto &[from, to] : m_edges) {
        const QRect a = jobRect(from);
        const QRect b = jobRect(to);
        if (!a.united(b).intersects(exposed))
            continue;
        const QPointF start(a.right() + 1, a.center().y());
        const QPointF end(b.left() - 1, b.center().y());
        QPainterPath path(start);
        const qreal bend = std::max<qreal>(24, (end.x() - start.x()) / 2);
        path.cubicTo(start + QPointF(bend, 0), end - QPointF(bend, 0), end);
        p.drawPath(path);
    }

    QFont nameFont = font();
    nameFont.setBold(true);
    const QFontMetrics nameMetrics(nameFont);
    for (int i = 0; i < m_jobs.size(); ++i) {
        const QRect box = m_rects.at(i);
        if (!box.adjusted(-3, -3, 3, 3).intersects(exposed))
            continue;
        const Backend::PipelineJob &job = m_jobs.at(i);
        const QColor colour = Style::jobStatusColor(job.status, pal);
        const bool current = job.id == m_current;
        p.setPen(QPen(current ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), current ? 2.5 : 1));
        p.setBrush(pal.color(QPalette::Base));
        p.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
        // The status strip with its glyph: never colour alone.
        const QRect strip(box.left() + 1, box.top() + 1, 24, box.height() - 2);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawRoundedRect(strip, 4, 4);
        p.setPen(Qt::white);
        p.setFont(nameFont);
        p.drawText(strip, Qt::AlignCenter, Style::jobStatusGlyph(job.status));

        const QRect text = box.adjusted(32, 4, -6, -4);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(text.left(), text.top(), text.width(), text.height() / 2), Qt::AlignLeft | Qt::AlignVCenter,
                   nameMetrics.elidedText(job.name, Qt::ElideRight, text.width()));
        p.setFont(font());
        p.setPen(job.status == Backend::JobStatus::Failed ? colour : pal.color(QPalette::PlaceholderText));
        QString state = jobStateText(job);
        if (job.allowFailure && job.status == Backend::JobStatus::Failed)
            state = Tr::tr("%1 (allowed)").arg(state);
        if (!job.unresolved.isEmpty())
            state = Tr::tr("%1 \u26A0").arg(state);
        p.drawText(QRect(text.left(), text.center().y(), text.width(), text.height() / 2), Qt::AlignLeft | Qt::AlignVCenter,
                   fontMetrics().elidedText(state, Qt::ElideRight, text.width()));
    }
}

void RunDagView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (const qint64 id = jobAt(event->position().toPoint()))
        setCurrentJob(id);
}

void RunDagView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const qint64 id = jobAt(event->position().toPoint()))
        Q_EMIT jobActivated(id);
}

void RunDagView::moveSelection(int dColumn, int dRow)
{
    if (m_jobs.isEmpty())
        return;
    const auto it = m_indexOf.constFind(m_current);
    if (it == m_indexOf.cend()) {
        for (const QList<int> &column : std::as_const(m_columns)) {
            if (!column.isEmpty()) {
                setCurrentJob(m_jobs.at(column.first()).id);
                return;
            }
        }
        return;
    }
    int column = 0;
    int row = 0;
    for (int c = 0; c < m_columns.size(); ++c) {
        if (const qsizetype r = m_columns.at(c).indexOf(*it); r >= 0) {
            column = c;
            row = int(r);
        }
    }
    if (dColumn != 0) {
        int c = column + dColumn;
        while (c >= 0 && c < m_columns.size() && m_columns.at(c).isEmpty())
            c += dColumn;
        if (c < 0 || c >= m_columns.size())
            return;
        column = c;
        row = std::min(row, int(m_columns.at(c).size()) - 1);
    } else {
        row = std::clamp(row + dRow, 0, int(m_columns.at(column).size()) - 1);
    }
    setCurrentJob(m_jobs.at(m_columns.at(column).at(row)).id);
}

void RunDagView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left: moveSelection(-1, 0); break;
    case Qt::Key_Right: moveSelection(1, 0); break;
    case Qt::Key_Up: moveSelection(0, -1); break;
    case Qt::Key_Down: moveSelection(0, 1); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current)
            Q_EMIT jobActivated(m_current);
        break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

} // namespace OpsDeck::Pipelines::Internal
