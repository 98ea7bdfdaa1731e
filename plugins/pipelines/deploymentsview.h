// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/pipelineengine.h>

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QHBoxLayout;
class QLabel;
class QTableWidget;

namespace OpsDeck::Pipelines::Internal {

/**
 * What is live where. One card per environment (development, staging,
 * production and any other the engine knows): the live commit, run, when
 * and by whom, the frozen state with Freeze/Unfreeze, and Rollback (one
 * action after a confirmation). Below, the history of the environment
 * picked on a card. Refreshes itself when a deployment changes.
 */
class DeploymentsView final : public QWidget
{
    Q_OBJECT
public:
    /** Asks the user to confirm; the default shows a QMessageBox. */
    using Confirm = std::function<bool(const QString &title, const QString &text)>;
    /** Asks for a freeze reason; nullopt cancels. The default shows a QInputDialog. */
    using AskReason = std::function<std::optional<QString>(const QString &environment)>;

    explicit DeploymentsView(QWidget *parent = nullptr);

    void setEngine(Backend::IPipelineEngine *engine);
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setAskReason(AskReason ask) { m_askReason = std::move(ask); }

    void refresh();
    const QList<Backend::EnvironmentState> &environments() const { return m_environments; }
    const Backend::EnvironmentState *environment(const QString &name) const;
    /** Shows \a environment's history below the cards. */
    void showHistory(const QString &environment);
    QString historyEnvironment() const { return m_historyEnvironment; }
    QTableWidget *history() const { return m_history; }

    /** Rolls \a environment back after asking (what the card's Rollback does). */
    void rollback(const QString &environment);
    /** Freezes (asking for a reason) or unfreezes \a environment. */
    void toggleFreeze(const QString &environment);

Q_SIGNALS:
    /** The environments (and the shown history) were read again. */
    void refreshed();
    /** A rollback, freeze or unfreeze ended; \a error is empty on success. */
    void actionFinished(const QString &action, const QString &error);

private:
    void rebuildCards();
    void loadHistory();
    void setMessage(const QString &text, bool error);

    QPointer<Backend::IPipelineEngine> m_engine;
    QMetaObject::Connection m_connection;
    QList<Backend::EnvironmentState> m_environments;
    QString m_historyEnvironment;
    QWidget *m_cards = nullptr;
    QHBoxLayout *m_cardsLayout = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_historyTitle = nullptr;
    QTableWidget *m_history = nullptr;
    QTimer m_refreshSoon;
    quint64 m_generation = 0;
    Confirm m_confirm;
    AskReason m_askReason;
};

} // namespace OpsDeck::Pipelines::Internal
