// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "logresultsmodel.h"

#include "asyncresult.h"
#include "logsearchtr.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace OpsDeck::LogSearch {

using Backend::LogPage;
using Backend::LogRecord;

namespace {
constexpr int kToolTipChars = 4000;
}

LogResultsModel::LogResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LogResultsModel::setStore(Backend::ILogStore *store)
{
    m_store = store;
    clear();
}

void LogResultsModel::clear()
{
    ++m_generation; // whatever is in flight is for the old contents
    beginResetModel();
    m_records.clear();
    m_nextCursor.clear();
    m_total = -1;
    m_anchorId = 0;
    m_truncated = false;
    endResetModel();
    setLoading(false);
    Q_EMIT totalChanged(m_total);
}

void LogResultsModel::search(const Backend::LogQuery &query)
{
    clear();
    m_query = query;
    m_query.cursor.clear();
    m_query.countOnly = false;
    if (m_query.limit < 1)
        m_query.limit = kPageSize;
    requestPage();
}

void LogResultsModel::setRecords(const QList<LogRecord> &records, qint64 anchorId)
{
    ++m_generation;
    beginResetModel();
    m_records = records;
    m_nextCursor.clear();
    m_total = records.size();
    m_anchorId = anchorId;
    m_truncated = false;
    endResetModel();
    setLoading(false);
    Q_EMIT totalChanged(m_total);
}

void LogResultsModel::requestPage()
{
    if (!m_store)
        return;
    Backend::LogQuery query = m_query;
    const bool first = m_records.isEmpty() && m_nextCursor.isEmpty();
    if (!first) {
        query.cursor = m_nextCursor;
        query.histogramBuckets = 0; // only the first page draws the histogram
    }
    const quint64 generation = m_generation;
    setLoading(true);
    whenFinished(this, m_store->search(query), [this, generation, first](const Result<LogPage> &page) {
        if (generation != m_generation)
            return; // a newer search (or a cleared model) owns the rows now
        setLoading(false);
        if (!page) {
            Q_EMIT searchFailed(page.error());
            return;
        }
        if (!page->records.isEmpty()) {
            const int row = int(m_records.size());
            beginInsertRows({}, row, row + int(page->records.size()) - 1);
            m_records += page->records;
            endInsertRows();
        }
        m_nextCursor = page->nextCursor;
        if (first) {
            m_total = page->total >= 0 ? page->total : qint64(m_records.size());
            Q_EMIT totalChanged(m_total);
            Q_EMIT firstPageLoaded(*page);
        } else {
            Q_EMIT pageLoaded();
        }
    });
}

void LogResultsModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void LogResultsModel::prependLive(const QList<LogRecord> &records)
{
    if (records.isEmpty())
        return;
    const int n = int(records.size());
    beginInsertRows({}, 0, n - 1);
    // QList keeps free room at its front, so prepending is cheap; records
    // arrive oldest first, so the last prepended (the newest) ends on top.
    for (const LogRecord &r : records)
        m_records.prepend(r);
    endInsertRows();
    if (m_total >= 0)
        m_total += n;
    else
        m_total = n;

    if (m_records.size() > m_tailCap) {
        // A bounded buffer: the oldest rows go, and with them the paging
        // position (the cursor pointed past rows that are no longer here).
        const int keep = m_tailCap;
        beginRemoveRows({}, keep, int(m_records.size()) - 1);
        m_records.resize(keep);
        endRemoveRows();
        m_nextCursor.clear();
        m_truncated = true;
    }
    Q_EMIT totalChanged(m_total);
}

int LogResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int LogResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LogResultsModel::singleLine(const QString &message)
{
    if (!message.contains(u'\n') && !message.contains(u'\r'))
        return message;
    QString out = message;
    out.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    while (out.endsWith(u'\n'))
        out.chop(1);
    return out.replace(u"\n"_s, u" ⏎ "_s);
}

QString LogResultsModel::timeText(const QDateTime &time)
{
    return time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
}

QVariant LogResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const LogRecord &r = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return timeText(r.timestamp);
        case LevelColumn: return r.level == Backend::LogLevel::Unknown ? QString() : Backend::logLevelName(r.level);
        case HostColumn: return r.host;
        case ServiceColumn: return r.service;
        case MessageColumn: return singleLine(r.message);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn) {
            return r.message.size() > kToolTipChars ? r.message.left(kToolTipChars) + u'…' : r.message;
        }
        if (index.column() == TimeColumn) {
            return Tr::tr("%1 (UTC %2)").arg(timeText(r.timestamp),
                                             r.timestamp.toUTC().toString(Qt::ISODateWithMs));
        }
        break;
    case Qt::FontRole:
        if (r.id == m_anchorId && m_anchorId != 0) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case RecordIdRole: return r.id;
    case LevelRole: return int(r.level);
    case AnchorRole: return m_anchorId != 0 && r.id == m_anchorId;
    case FilterFieldRole:
        switch (index.column()) {
        case LevelColumn: return r.level == Backend::LogLevel::Unknown ? QString() : u"level"_s;
        case HostColumn: return r.host.isEmpty() ? QString() : u"host"_s;
        case ServiceColumn: return r.service.isEmpty() ? QString() : u"service"_s;
        default: return QString();
        }
    case FilterValueRole:
        switch (index.column()) {
        case LevelColumn: return Backend::logLevelName(r.level);
        case HostColumn: return r.host;
        case ServiceColumn: return r.service;
        default: return QString();
        }
    default: break;
    }
    return {};
}

QVariant LogResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return Tr::tr("Time");
    case LevelColumn: return Tr::tr("Level");
    case HostColumn: return Tr::tr("Host");
    case ServiceColumn: return Tr::tr("Service");
    case MessageColumn: return Tr::tr("Message");
    }
    return {};
}

bool LogResultsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_store && !m_loading && !m_nextCursor.isEmpty();
}

void LogResultsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

} // namespace OpsDeck::LogSearch
