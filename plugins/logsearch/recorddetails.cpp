// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "recorddetails.h"

#include "asyncresult.h"
#include "logitemdelegate.h"
#include "logresultsmodel.h"
#include "logsearchtr.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace OpsDeck::LogSearch {

RecordDetails::RecordDetails(QWidget *parent)
    : QTabWidget(parent)
{
    setDocumentMode(true);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"logsearch.details"_s);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(Tr::tr("Select a record to see all of it here."));
    addTab(m_text, Tr::tr("Details"));

    auto *context = new QWidget(this);
    m_contextCaption = new QLabel(context);
    m_contextCaption->setTextFormat(Qt::PlainText);
    // Source paths can be long: the caption is clipped, never widens the pane.
    m_contextCaption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_contextCaption->setMinimumWidth(0);
    m_contextSize = new QSpinBox(context);
    m_contextSize->setObjectName(u"logsearch.contextSize"_s);
    m_contextSize->setRange(1, 1000);
    m_contextSize->setValue(kDefaultContext);
    m_contextSize->setToolTip(Tr::tr("Records to show before and after the selected one"));
    auto *sizeLabel = new QLabel(Tr::tr("&Records before and after:"), context);
    sizeLabel->setBuddy(m_contextSize);
    auto *refresh = new QPushButton(Tr::tr("Show Context"), context);
    refresh->setObjectName(u"logsearch.showContext"_s);
    refresh->setToolTip(Tr::tr("Show the records around the selected one, from the same source (double-click a row)"));
    connect(refresh, &QPushButton::clicked, this, &RecordDetails::showContext);
    connect(m_contextSize, &QSpinBox::editingFinished, this, [this] {
        if (currentIndex() == 1 && hasRecord())
            showContext();
    });

    m_contextModel = new LogResultsModel(this);
    m_contextView = new QTableView(context);
    m_contextView->setObjectName(u"logsearch.contextView"_s);
    m_contextView->setModel(m_contextModel);
    m_delegate = new LogItemDelegate(m_contextView);
    m_contextView->setItemDelegate(m_delegate);
    m_contextView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contextView->setShowGrid(false);
    m_contextView->setWordWrap(false);
    m_contextView->verticalHeader()->hide();
    m_contextView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_contextView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_contextView->horizontalHeader()->setStretchLastSection(true);
    // The anchor row is bold: size the time column for bold digits.
    QFont bold = font();
    bold.setBold(true);
    m_contextView->horizontalHeader()->resizeSection(
        LogResultsModel::TimeColumn, QFontMetrics(bold).horizontalAdvance(u"0000-00-00 00:00:00.000"_s) + 16);
    m_contextView->horizontalHeader()->resizeSection(LogResultsModel::LevelColumn,
                                                     fontMetrics().horizontalAdvance(u"critical"_s) + 16);

    auto *head = new QHBoxLayout;
    head->addWidget(m_contextCaption, 1);
    head->addWidget(sizeLabel);
    head->addWidget(m_contextSize);
    head->addWidget(refresh);
    auto *layout = new QVBoxLayout(context);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_contextView, 1);
    addTab(context, Tr::tr("Context"));
    clearRecord();
}

void RecordDetails::setStore(Backend::ILogStore *store)
{
    m_store = store;
    ++m_contextGeneration;
    m_contextModel->setRecords({});
    clearRecord();
}

void RecordDetails::clearRecord()
{
    m_record = {};
    m_text->clear();
    m_contextCaption->setText(Tr::tr("Select a record, then Show Context (or double-click it)."));
}

void RecordDetails::showRecord(const Backend::LogRecord &r)
{
    m_record = r;
    QStringList lines;
    lines.append(Tr::tr("Time:     %1  (UTC %2)").arg(LogResultsModel::timeText(r.timestamp),
                                                       r.timestamp.toUTC().toString(Qt::ISODateWithMs)));
    lines.append(Tr::tr("Level:    %1").arg(Backend::logLevelName(r.level)));
    if (!r.host.isEmpty())
        lines.append(Tr::tr("Host:     %1").arg(r.host));
    if (!r.service.isEmpty())
        lines.append(Tr::tr("Service:  %1").arg(r.service));
    if (!r.source.isEmpty())
        lines.append(Tr::tr("Source:   %1").arg(r.source));
    for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it)
        lines.append(Tr::tr("%1: %2").arg(it.key(), it.value().toString()));
    lines.append(QString());
    lines.append(r.message);
    m_text->setPlainText(lines.join(u'\n'));
    m_contextCaption->setText(Tr::tr("Record at %1").arg(LogResultsModel::timeText(r.timestamp)));
}

void RecordDetails::setContextSize(int n)
{
    m_contextSize->setValue(n);
}

int RecordDetails::contextSize() const
{
    return m_contextSize->value();
}

void RecordDetails::showContext()
{
    setCurrentIndex(1);
    if (!hasRecord() || !m_store)
        return;
    const quint64 generation = ++m_contextGeneration;
    const qint64 anchor = m_record.id;
    const int n = m_contextSize->value();
    m_contextCaption->setText(Tr::tr("Loading context…"));
    whenFinished(this, m_store->context(anchor, n, n),
                 [this, generation, anchor, n](const Result<QList<Backend::LogRecord>> &records) {
                     if (generation != m_contextGeneration)
                         return;
                     if (!records) {
                         m_contextModel->setRecords({});
                         m_contextCaption->setText(records.error().code == ErrorCode::Unsupported
                                                       ? Tr::tr("This log store cannot show context.")
                                                       : records.error().toString());
                         Q_EMIT contextLoaded();
                         return;
                     }
                     // The store gives the source's order (oldest first): keep it,
                     // reading context top-down is how a file reads.
                     m_contextModel->setRecords(*records, anchor);
                     int anchorRow = 0;
                     for (int i = 0; i < records->size(); ++i) {
                         if (records->at(i).id == anchor)
                             anchorRow = i;
                     }
                     const QString source = m_record.source.isEmpty() ? Tr::tr("(no source)") : m_record.source;
                     m_contextCaption->setText(Tr::tr("%1 — up to %2 records before and after, in file order").arg(source).arg(n));
                     m_contextCaption->setToolTip(source);
                     const QModelIndex index = m_contextModel->index(anchorRow, 0);
                     m_contextView->selectionModel()->setCurrentIndex(
                         index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                     m_contextView->scrollTo(index, QAbstractItemView::PositionAtCenter);
                     Q_EMIT contextLoaded();
                 });
}

} // namespace OpsDeck::LogSearch
