// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/logstore.h>

#include <QPointer>
#include <QTabWidget>

class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTableView;

namespace OpsDeck::LogSearch {

class LogItemDelegate;
class LogResultsModel;

/**
 * Below the results: "Details" shows the selected record in full (every
 * field, the whole message); "Context" shows the records around it from the
 * same source (ILogStore::context), N before and after, with the record
 * itself marked.
 */
class RecordDetails final : public QTabWidget
{
    Q_OBJECT
public:
    static constexpr int kDefaultContext = 10;

    explicit RecordDetails(QWidget *parent = nullptr);

    void setStore(Backend::ILogStore *store);
    /** Shows \a record on the Details tab (and remembers it for Context). */
    void showRecord(const Backend::LogRecord &record);
    void clearRecord();
    /** Loads the context of the current record and switches to the Context tab. */
    void showContext();
    void setContextSize(int n);
    int contextSize() const;

    LogResultsModel *contextModel() const { return m_contextModel; }
    QTableView *contextView() const { return m_contextView; }
    QPlainTextEdit *detailsText() const { return m_text; }
    LogItemDelegate *contextDelegate() const { return m_delegate; }
    bool hasRecord() const { return m_record.id != 0; }

Q_SIGNALS:
    /** The context arrived (or failed: empty). For tests and the status line. */
    void contextLoaded();

private:
    QPointer<Backend::ILogStore> m_store;
    Backend::LogRecord m_record;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_contextCaption = nullptr;
    QSpinBox *m_contextSize = nullptr;
    QTableView *m_contextView = nullptr;
    LogResultsModel *m_contextModel = nullptr;
    LogItemDelegate *m_delegate = nullptr;
    quint64 m_contextGeneration = 0;
};

} // namespace OpsDeck::LogSearch
