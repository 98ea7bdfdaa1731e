// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "database_p.h"

#include <QSqlError>

namespace OpsDeck::Pipelines {

namespace {

// SQLite's primary result codes, as QSqlError::nativeErrorCode() gives them
// (the driver reports the extended code; the primary one is its low byte).
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADb = 26;

DbErrorCode classify(const QSqlError &error)
{
    bool ok = false;
    const int native = error.nativeErrorCode().toInt(&ok);
    if (!ok)
        return DbErrorCode::Sql;
    switch (native & 0xff) {
    case kSqliteBusy:
    case kSqliteLocked:
        return DbErrorCode::Busy;
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return DbErrorCode::Corrupt;
    default:
        return DbErrorCode::Sql;
    }
}

QString errorText(const QSqlError &error)
{
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    if (!error.nativeErrorCode().isEmpty())
        text += QStringLiteral(" (SQLite code %1)").arg(error.nativeErrorCode());
    return text;
}

} // namespace

QSqlQuery PipelineDatabasePrivate::query() const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    return q;
}

DbStatus PipelineDatabasePrivate::checkThread(const char *operation) const
{
    if (QThread::currentThread() == thread)
        return {};
    return failure(DbErrorCode::WrongThread, QString::fromLatin1(operation),
                   QStringLiteral("this connection belongs to another thread; open one PipelineDatabase per thread"));
}

DbStatus PipelineDatabasePrivate::failure(DbErrorCode code, const QString &operation, const QString &text) const
{
    return {code, QStringLiteral("Pipeline database %1: cannot %2: %3").arg(path, operation, text)};
}

DbStatus PipelineDatabasePrivate::exec(QSqlQuery &q, const QString &sql, std::initializer_list<QVariant> binds,
                                         const QString &operation) const
{
    return exec(q, sql, QVariantList(binds), operation);
}

DbStatus PipelineDatabasePrivate::exec(QSqlQuery &q, const QString &sql, const QVariantList &binds,
                                         const QString &operation) const
{
    if (!q.prepare(sql))
        return failure(classify(q.lastError()), operation, errorText(q.lastError()));
    for (const QVariant &value : binds) {
        // The driver binds a null QString as SQL NULL; an unset text field
        // is '' in this schema (NULL is spelled QVariant(), see nullIfEmpty).
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            q.addBindValue(QString(QLatin1String("")));
        else
            q.addBindValue(value);
    }
    if (!q.exec())
        return failure(classify(q.lastError()), operation, errorText(q.lastError()));
    return {};
}

DbStatus PipelineDatabasePrivate::reserve(const QString &counter, qint64 count, qint64 *first)
{
    QSqlQuery q = query();
    const QString op = QStringLiteral("advance the %1 counter in table sequences").arg(counter);
    DbStatus s = exec(q, QStringLiteral("UPDATE sequences SET value = value + ? WHERE name = ?"), {count, counter}, op);
    if (!s.ok())
        return s;
    if (q.numRowsAffected() != 1)
        return failure(DbErrorCode::Corrupt, op, QStringLiteral("the counter row is missing"));
    s = exec(q, QStringLiteral("SELECT value FROM sequences WHERE name = ?"), {counter}, op);
    if (!s.ok())
        return s;
    if (!q.next())
        return failure(DbErrorCode::Corrupt, op, QStringLiteral("the counter row is missing"));
    *first = q.value(0).toLongLong() - count + 1;
    return {};
}

WriteTransaction::WriteTransaction(PipelineDatabasePrivate &d, const QString &operation)
    : m_d(d)
    , m_operation(operation)
{
    if (m_d.inTransaction) {
        m_status = m_d.failure(DbErrorCode::Invalid, operation, QStringLiteral("a transaction is already open"));
        return;
    }
    QSqlQuery q = m_d.query();
    m_status = m_d.exec(q, QStringLiteral("BEGIN IMMEDIATE"), {}, operation + QStringLiteral(" (begin)"));
    m_open = m_status.ok();
    m_d.inTransaction = m_open;
}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    QSqlQuery q = m_d.query();
    q.exec(QStringLiteral("ROLLBACK"));
    m_d.inTransaction = false;
}

DbStatus WriteTransaction::commit()
{
    if (!m_open)
        return m_status.ok() ? m_d.failure(DbErrorCode::Invalid, m_operation, QStringLiteral("not in a transaction"))
                             : m_status;
    QSqlQuery q = m_d.query();
    DbStatus s = m_d.exec(q, QStringLiteral("COMMIT"), {}, m_operation + QStringLiteral(" (commit)"));
    if (s.ok()) {
        m_open = false;
        m_d.inTransaction = false;
    }
    return s;
}

QVariant nullIfZero(qint64 value)
{
    return value == 0 ? QVariant() : QVariant(value);
}

QVariant nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

qint64 int64(const QVariant &value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

std::optional<int> optInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

} // namespace OpsDeck::Pipelines
