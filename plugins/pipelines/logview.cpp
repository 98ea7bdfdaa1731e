// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "logview.h"

#include "ansi.h"
#include "asyncresult.h"
#include "joblogmodel.h"
#include "loglinedelegate.h"
#include "pipelinestr.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace OpsDeck::Pipelines::Internal {

namespace {
constexpr int kMaxHits = 10000;
constexpr int kErrorCandidates = 50;
constexpr int kMaxLineLength = 4000; // characters a row can scroll to; longer lines are cut

QToolButton *toolButton(const QString &text, const QString &toolTip, const QString &objectName, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(toolTip);
    b->setObjectName(objectName);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAutoRaise(true);
    return b;
}
} // namespace

LogView::LogView(QWidget *parent)
    : QWidget(parent)
{
    m_model = new JobLogModel(this);
    m_delegate = new LogLineDelegate(this);

    m_list = new QListView(this);
    m_list->setObjectName(u"pipelines.log"_s);
    m_list->setUniformItemSizes(true); // the view never asks a million rows for their size
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setModel(m_model);
    m_list->setItemDelegate(m_delegate);

    m_title = new QLabel(Tr::tr("Select a job to see its log."), this);
    m_title->setObjectName(u"pipelines.logTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a new job's title must not move the bar
    m_title->setMinimumWidth(60);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"pipelines.logSearch"_s);
    m_search->setPlaceholderText(Tr::tr("Search the log (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(220);
    m_search->setMinimumWidth(140); // narrow panes squeeze the title (it elides), never the search field
    m_hitLabel = new QLabel(this);
    m_hitLabel->setObjectName(u"pipelines.logHits"_s);
    m_hitLabel->setFixedWidth(m_hitLabel->fontMetrics().horizontalAdvance(u"10000 of 10000+"_s));
    auto *prev = toolButton(Tr::tr("Previous"), Tr::tr("Previous match (Shift+F3)"), u"pipelines.logPrev"_s, this);
    auto *next = toolButton(Tr::tr("Next"), Tr::tr("Next match (F3)"), u"pipelines.logNext"_s, this);
    m_timestamps = toolButton(Tr::tr("Times"), Tr::tr("Show when each line was written (Ctrl+Shift+T)"),
                              u"pipelines.logTimestamps"_s, this);
    m_timestamps->setCheckable(true);
    m_follow = toolButton(Tr::tr("Follow"), Tr::tr("Keep the newest line in view while the job runs (Ctrl+Shift+L)"),
                          u"pipelines.logFollow"_s, this);
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_firstError = toolButton(Tr::tr("First Error"), Tr::tr("Go to the first line that mentions an error (Ctrl+E)"),
                              u"pipelines.logFirstError"_s, this);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 2, 6, 2);
    bar->setSpacing(4);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_search);
    bar->addWidget(m_hitLabel);
    bar->addWidget(prev);
    bar->addWidget(next);
    bar->addSpacing(8);
    bar->addWidget(m_firstError);
    bar->addWidget(m_timestamps);
    bar->addWidget(m_follow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);

    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_hits.isEmpty() && m_search->property("searched").toString() == m_search->text())
            nextHit();
        else
            search(m_search->text());
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            search({});
    });
    connect(prev, &QToolButton::clicked, this, &LogView::previousHit);
    connect(next, &QToolButton::clicked, this, &LogView::nextHit);
    connect(m_timestamps, &QToolButton::toggled, this, &LogView::setShowTimestamps);
    connect(m_follow, &QToolButton::toggled, this, &LogView::setFollow);
    connect(m_firstError, &QToolButton::clicked, this, &LogView::jumpToFirstError);

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this, slot);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence::Find, [this] { m_search->setFocus(); m_search->selectAll(); });
    shortcut(QKeySequence(Qt::Key_F3), [this] { nextHit(); });
    shortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3), [this] { previousHit(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), [this] { m_timestamps->toggle(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), [this] { m_follow->toggle(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E), [this] { jumpToFirstError(); });
    shortcut(QKeySequence::Copy, [this] {
        QStringList lines;
        QModelIndexList rows = m_list->selectionModel()->selectedRows();
        std::sort(rows.begin(), rows.end());
        for (const QModelIndex &row : rows)
            lines.append(row.data().toString());
        QApplication::clipboard()->setText(lines.join(u'\n'));
    });

    // Follow (a running job only; a finished log opens at its top): the view
    // sticks to the bottom while the user leaves it there.
    // Scrolling up (wheel, drag, keys, a search hit) unsticks it; scrolling
    // back to the end sticks it again. New rows grow the scroll range, and
    // only then is the new end known, so the range change moves the view.
    QScrollBar *scroll = m_list->verticalScrollBar();
    connect(scroll, &QScrollBar::valueChanged, this, [this, scroll](int value) {
        m_stickToBottom = value >= scroll->maximum();
    });
    connect(scroll, &QScrollBar::rangeChanged, this, [this, scroll](int, int max) {
        if (m_follow->isChecked() && m_model->isFollowing() && m_stickToBottom && scroll->value() != max)
            scroll->setValue(max);
    });
    // Uniform rows take their width from one size hint: widen it when a
    // longer line arrives, so long lines scroll sideways instead of ending
    // at the edge (re-laying out a uniform list does not visit the rows).
    connect(m_model, &JobLogModel::longestLineChanged, this, [this](int bytes) {
        m_delegate->setLineLength(std::min(bytes, kMaxLineLength));
        m_list->doItemsLayout();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_delegate->setLineLength(80); });
    connect(m_model, &JobLogModel::failed, this, [this](const QString &message) {
        m_title->setText(Tr::tr("The log cannot be read: %1").arg(message));
    });
}

LogView::~LogView() = default;

void LogView::setEngine(Backend::IPipelineEngine *engine)
{
    m_engine = engine;
    m_model->setEngine(engine);
    clear();
}

void LogView::clear()
{
    ++m_searchGeneration;
    m_model->setJob(0, false);
    m_hits.clear();
    m_hit = -1;
    m_title->setText(Tr::tr("Select a job to see its log."));
    updateHitLabel();
}

qint64 LogView::jobId() const
{
    return m_model->jobId();
}

void LogView::showJob(qint64 jobId, const QString &title, bool running)
{
    ++m_searchGeneration;
    m_hits.clear();
    m_hit = -1;
    m_stickToBottom = true;
    m_title->setText(title);
    m_model->setJob(jobId, running && m_follow->isChecked());
    updateHitLabel();
    if (!m_search->text().isEmpty())
        search(m_search->text());
}

void LogView::setShowTimestamps(bool show)
{
    if (m_timestamps->isChecked() != show)
        m_timestamps->setChecked(show); // comes back here through toggled()
    m_delegate->setShowTimestamps(show);
    m_list->doItemsLayout(); // the rows got wider or narrower
    m_list->viewport()->update();
}

void LogView::setFollow(bool follow)
{
    if (m_follow->isChecked() != follow)
        m_follow->setChecked(follow);
    if (m_model->jobId() && !m_model->isFinished())
        m_model->setFollowing(follow);
    if (follow) {
        m_stickToBottom = true;
        m_list->scrollToBottom();
    }
}

bool LogView::follows() const
{
    return m_follow->isChecked();
}

void LogView::search(const QString &text)
{
    const quint64 generation = ++m_searchGeneration;
    m_search->setProperty("searched", text);
    if (m_search->text() != text)
        m_search->setText(text);
    m_delegate->setHighlight(text);
    m_list->viewport()->update();
    m_hits.clear();
    m_hit = -1;
    if (text.isEmpty() || !m_engine || !m_model->jobId()) {
        updateHitLabel();
        return;
    }
    m_hitLabel->setText(Tr::tr("searching…"));
    whenFinished(this, m_engine->searchLog(m_model->jobId(), text, kMaxHits),
                 [this, generation](const Result<QList<qint64>> &hits) {
                     if (generation != m_searchGeneration)
                         return;
                     if (!hits) {
                         m_hitLabel->setText(Tr::tr("search failed"));
                         m_hitLabel->setToolTip(errorText(hits.error()));
                         Q_EMIT searchFinished(0);
                         return;
                     }
                     m_hits = *hits;
                     m_hit = -1;
                     if (!m_hits.isEmpty())
                         nextHit();
                     updateHitLabel();
                     Q_EMIT searchFinished(int(m_hits.size()));
                 });
}

void LogView::nextHit()
{
    if (m_hits.isEmpty())
        return;
    m_hit = (m_hit + 1) % int(m_hits.size());
    goToRow(m_hits.at(m_hit));
    updateHitLabel();
}

void LogView::previousHit()
{
    if (m_hits.isEmpty())
        return;
    m_hit = m_hit <= 0 ? int(m_hits.size()) - 1 : m_hit - 1;
    goToRow(m_hits.at(m_hit));
    updateHitLabel();
}

void LogView::updateHitLabel()
{
    m_hitLabel->setToolTip({});
    if (m_search->property("searched").toString().isEmpty())
        m_hitLabel->clear();
    else if (m_hits.isEmpty())
        m_hitLabel->setText(Tr::tr("no match"));
    else
        m_hitLabel->setText(Tr::tr("%1 of %2%3")
                                .arg(m_hit + 1)
                                .arg(m_hits.size())
                                .arg(m_hits.size() >= kMaxHits ? u"+"_s : QString()));
}

void LogView::goToRow(qint64 row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    // Looking at a line pauses follow, or the next batch would scroll it away.
    if (m_follow->isChecked())
        m_follow->setChecked(false);
    const QModelIndex index = m_model->index(int(row));
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

int LogView::currentRow() const
{
    return m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
}

void LogView::jumpToFirstError()
{
    if (!m_engine || !m_model->jobId())
        return;
    // The engine echoes each command ("$ grep error …") before running it;
    // the first *output* line that mentions an error is what we want, so
    // read the lines of the first hits and skip the echoes.
    const quint64 generation = m_searchGeneration;
    const qint64 jobId = m_model->jobId();
    whenFinished(this, m_engine->searchLog(jobId, u"error"_s, kErrorCandidates),
                 [this, generation, jobId](const Result<QList<qint64>> &hits) {
                     if (generation != m_searchGeneration)
                         return;
                     if (!hits || hits->isEmpty()) {
                         goToRow(m_model->rowCount() - 1); // no error line: the end says how it ended
                         Q_EMIT jumpedToError(m_model->rowCount() - 1);
                         return;
                     }
                     const QList<qint64> candidates = *hits;
                     const qint64 first = candidates.first();
                     const int count = int(std::min<qint64>(candidates.last() - first + 1, JobLogModel::kWindow));
                     whenFinished(this, m_engine->readLog(jobId, first, count),
                                  [this, generation, candidates](const Result<Backend::LogChunk> &chunk) {
                                      if (generation != m_searchGeneration)
                                          return;
                                      qint64 row = candidates.first();
                                      if (chunk) {
                                          for (const Backend::LogLine &line : chunk->lines) {
                                              if (!candidates.contains(line.index)
                                                  || line.stream == Backend::LogLine::Stream::System)
                                                  continue;
                                              if (!parseAnsi(line.text).text.startsWith(u"$ "_s)) {
                                                  row = line.index;
                                                  break;
                                              }
                                          }
                                      }
                                      goToRow(row);
                                      Q_EMIT jumpedToError(row);
                                  });
                 });
}

} // namespace OpsDeck::Pipelines::Internal
