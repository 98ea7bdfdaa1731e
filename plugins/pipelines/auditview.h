// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/pipelineengine.h>

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace OpsDeck::Pipelines::Internal {

/**
 * The audit trail: who triggered, approved, cancelled, retried, rolled back
 * or froze what, newest first, with a text filter. It reads events() again
 * when runs or deployments change while it is shown.
 */
class AuditView final : public QWidget
{
    Q_OBJECT
public:
    explicit AuditView(QWidget *parent = nullptr);

    void setEngine(Backend::IPipelineEngine *engine);
    void refresh();
    QTableWidget *table() const { return m_table; }
    const QList<Backend::PipelineEvent> &events() const { return m_events; }

Q_SIGNALS:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();

    QPointer<Backend::IPipelineEngine> m_engine;
    QList<QMetaObject::Connection> m_connections;
    QList<Backend::PipelineEvent> m_events;
    QLineEdit *m_filter = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    QTimer m_refreshSoon;
    quint64 m_generation = 0;
};

} // namespace OpsDeck::Pipelines::Internal
