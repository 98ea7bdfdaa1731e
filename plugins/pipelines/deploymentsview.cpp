// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "deploymentsview.h"

#include "asyncresult.h"
#include "pipelinesstyle.h"
#include "pipelinestr.h"
#include "statusbadgedelegate.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace OpsDeck::Pipelines::Internal {

namespace {
constexpr int kHistory = 50;

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

DeploymentsView::DeploymentsView(QWidget *parent)
    : QWidget(parent)
{
    m_confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
               == QMessageBox::Yes;
    };
    m_askReason = [this](const QString &environment) -> std::optional<QString> {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, Tr::tr("Freeze %1").arg(environment),
                                                     Tr::tr("Why is %1 frozen? (shown to everyone who tries to deploy)")
                                                         .arg(environment),
                                                     QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return std::nullopt;
        return reason;
    };

    m_cards = new QWidget(this);
    m_cardsLayout = new QHBoxLayout(m_cards);
    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    m_cardsLayout->setSpacing(10);
    m_message = new QLabel(this);
    m_message->setObjectName(u"pipelines.deployMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();
    m_historyTitle = new QLabel(this);
    QFont bold = m_historyTitle->font();
    bold.setBold(true);
    m_historyTitle->setFont(bold);
    m_history = new QTableWidget(0, 8, this);
    m_history->setObjectName(u"pipelines.deployHistory"_s);
    m_history->setHorizontalHeaderLabels({Tr::tr("Status"), Tr::tr("Commit"), Tr::tr("Branch"), Tr::tr("Run"),
                                          Tr::tr("Strategy"), Tr::tr("By"), Tr::tr("When"), Tr::tr("Note")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setItemDelegateForColumn(0, new StatusBadgeDelegate(m_history));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_cards);
    layout->addWidget(m_message);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_history, 1);

    // Many deployment updates in a burst (progress) make one refresh.
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(250);
    connect(&m_refreshSoon, &QTimer::timeout, this, &DeploymentsView::refresh);
    rebuildCards();
}

void DeploymentsView::setEngine(Backend::IPipelineEngine *engine)
{
    disconnect(m_connection);
    m_engine = engine;
    ++m_generation;
    m_environments.clear();
    m_history->setRowCount(0);
    if (engine)
        m_connection = connect(engine, &Backend::IPipelineEngine::deploymentUpdated, this,
                               [this] { m_refreshSoon.start(); });
    rebuildCards();
    refresh();
}

const Backend::EnvironmentState *DeploymentsView::environment(const QString &name) const
{
    for (const Backend::EnvironmentState &e : m_environments) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

void DeploymentsView::refresh()
{
    if (!m_engine)
        return;
    const quint64 generation = m_generation;
    whenFinished(this, m_engine->environments(),
                 [this, generation](const Result<QList<Backend::EnvironmentState>> &environments) {
                     if (generation != m_generation)
                         return;
                     if (!environments) {
                         setMessage(Tr::tr("The environments cannot be read: %1").arg(errorText(environments.error())),
                                    true);
                         return;
                     }
                     // The three standard environments always have a card, deployed to or not.
                     QList<Backend::EnvironmentState> all;
                     for (const QString &name : {u"development"_s, u"staging"_s, u"production"_s}) {
                         Backend::EnvironmentState state;
                         state.name = name;
                         all.append(state);
                     }
                     for (const Backend::EnvironmentState &e : *environments) {
                         auto it = std::find_if(all.begin(), all.end(),
                                                [&e](const Backend::EnvironmentState &s) { return s.name == e.name; });
                         if (it != all.end())
                             *it = e;
                         else
                             all.append(e);
                     }
                     m_environments = all;
                     if (m_historyEnvironment.isEmpty()) {
                         // Start with the environment something is live in, production first.
                         for (auto it = m_environments.crbegin(); it != m_environments.crend(); ++it) {
                             if (it->live) {
                                 m_historyEnvironment = it->name;
                                 break;
                             }
                         }
                         if (m_historyEnvironment.isEmpty())
                             m_historyEnvironment = u"production"_s;
                     }
                     rebuildCards();
                     loadHistory();
                 });
}

void DeploymentsView::rebuildCards()
{
    while (QLayoutItem *item = m_cardsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_engine) {
        auto *none = new QLabel(Tr::tr("This profile has no pipeline engine."), m_cards);
        m_cardsLayout->addWidget(none);
        return;
    }
    for (const Backend::EnvironmentState &env : std::as_const(m_environments)) {
        auto *card = new QFrame(m_cards);
        card->setObjectName(u"pipelines.env."_s + env.name);
        card->setFrameShape(QFrame::StyledPanel);
        card->setAutoFillBackground(true);
        card->setBackgroundRole(QPalette::Base);
        // A frozen environment is tinted, so nobody misses it at a glance;
        // the card whose history shows below has a highlighted frame.
        QPalette cardPalette = card->palette();
        if (env.frozen)
            cardPalette.setColor(QPalette::Base, Style::pick(cardPalette, 0xe3f2fd, 0x0d2a40));
        if (env.name == m_historyEnvironment)
            cardPalette.setColor(QPalette::Dark, cardPalette.color(QPalette::Highlight));
        card->setPalette(cardPalette);
        card->setFrameShadow(env.name == m_historyEnvironment ? QFrame::Sunken : QFrame::Plain);
        card->setLineWidth(env.name == m_historyEnvironment ? 2 : 1);
        card->setFrameShape(env.name == m_historyEnvironment ? QFrame::Box : QFrame::StyledPanel);
        auto *title = new QLabel(env.name, card);
        QFont titleFont = title->font();
        titleFont.setBold(true);
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
        title->setFont(titleFont);
        auto *live = new QLabel(card);
        live->setObjectName(u"live"_s);
        live->setTextFormat(Qt::PlainText);
        live->setWordWrap(true);
        live->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (env.live) {
            const Backend::Deployment &d = *env.live;
            // Run ids are UUIDs: the first eight characters tell them apart (the tooltip has it all).
            QString text = Tr::tr("Live: %1 (%2)\nrun %3 \u00B7 %4 \u00B7 %5")
                               .arg(d.commit.left(8), d.branch, d.runId.left(8),
                                    when(d.completedAt.isValid() ? d.completedAt : d.createdAt), d.createdBy);
            if (!d.slot.isEmpty())
                text += Tr::tr("\n%1, slot %2").arg(d.strategy, d.slot);
            else if (!d.strategy.isEmpty())
                text += u"\n"_s + d.strategy;
            live->setText(text);
            live->setToolTip(Tr::tr("Commit %1\nRun %2\nDeployment %3%4")
                                 .arg(d.commit, d.runId, d.id, d.url.isEmpty() ? QString() : u"\n"_s + d.url));
        } else {
            live->setText(Tr::tr("Nothing deployed yet."));
        }
        auto *frozen = new QLabel(card);
        frozen->setObjectName(u"frozen"_s);
        frozen->setTextFormat(Qt::PlainText);
        frozen->setWordWrap(true);
        if (env.frozen) {
            frozen->setText(env.freezeReason.isEmpty() ? Tr::tr("\u2744 Frozen by %1").arg(env.frozenBy)
                                                       : Tr::tr("\u2744 Frozen by %1: %2").arg(env.frozenBy, env.freezeReason));
            QPalette pal = frozen->palette();
            pal.setColor(QPalette::WindowText, Style::runningColor(palette()));
            frozen->setPalette(pal);
            QFont bold = frozen->font();
            bold.setBold(true);
            frozen->setFont(bold);
        }
        frozen->setVisible(env.frozen);

        auto *freeze = new QPushButton(env.frozen ? Tr::tr("Unfreeze") : Tr::tr("Freeze…"), card);
        freeze->setObjectName(u"freeze"_s);
        freeze->setToolTip(env.frozen ? Tr::tr("Let deployments to %1 start again").arg(env.name)
                                      : Tr::tr("Stop every deployment to %1 from starting").arg(env.name));
        auto *rollbackButton = new QPushButton(Tr::tr("Rollback…"), card);
        rollbackButton->setObjectName(u"rollback"_s);
        rollbackButton->setToolTip(Tr::tr("Put the previous successful deployment of %1 back").arg(env.name));
        rollbackButton->setEnabled(env.live.has_value());
        auto *historyButton = new QPushButton(Tr::tr("History"), card);
        historyButton->setObjectName(u"history"_s);
        const QString name = env.name;
        connect(freeze, &QPushButton::clicked, this, [this, name] { toggleFreeze(name); });
        connect(rollbackButton, &QPushButton::clicked, this, [this, name] { rollback(name); });
        connect(historyButton, &QPushButton::clicked, this, [this, name] { showHistory(name); });

        auto *buttons = new QHBoxLayout;
        buttons->addWidget(rollbackButton);
        buttons->addWidget(freeze);
        buttons->addWidget(historyButton);
        buttons->addStretch(1);
        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->addWidget(title);
        cardLayout->addWidget(live);
        cardLayout->addWidget(frozen);
        cardLayout->addStretch(1);
        cardLayout->addLayout(buttons);
        m_cardsLayout->addWidget(card, 1);
    }
}

void DeploymentsView::showHistory(const QString &environment)
{
    m_historyEnvironment = environment;
    rebuildCards(); // moves the highlight
    loadHistory();
}

void DeploymentsView::loadHistory()
{
    m_historyTitle->setText(Tr::tr("History of %1").arg(m_historyEnvironment));
    m_history->setRowCount(0);
    if (!m_engine || m_historyEnvironment.isEmpty())
        return;
    const quint64 generation = m_generation;
    const QString environment = m_historyEnvironment;
    whenFinished(this, m_engine->deployments(environment, kHistory),
                 [this, generation, environment](const Result<QList<Backend::Deployment>> &deployments) {
                     if (generation != m_generation || environment != m_historyEnvironment)
                         return;
                     if (!deployments) {
                         setMessage(Tr::tr("The history of %1 cannot be read: %2")
                                        .arg(environment, errorText(deployments.error())),
                                    true);
                         return;
                     }
                     if (deployments->isEmpty())
                         m_historyTitle->setText(Tr::tr("History of %1: no deployment yet").arg(environment));
                     m_history->setRowCount(int(deployments->size()));
                     for (int row = 0; row < deployments->size(); ++row) {
                         const Backend::Deployment &d = deployments->at(row);
                         const QStringList cells{Backend::deploymentStatusName(d.status).replace(u'_', u' '),
                                                 d.commit.left(8),
                                                 d.branch,
                                                 d.runId.left(8),
                                                 d.slot.isEmpty() ? d.strategy : Tr::tr("%1 (%2)").arg(d.strategy, d.slot),
                                                 d.createdBy,
                                                 when(d.createdAt),
                                                 d.note};
                         for (int column = 0; column < cells.size(); ++column) {
                             auto *item = new QTableWidgetItem(cells.at(column));
                             if (column == 0)
                                 item->setForeground(Style::deploymentStatusColor(d.status, palette()));
                             if (column == 1)
                                 item->setToolTip(d.commit);
                             if (column == 3)
                                 item->setToolTip(d.runId);
                             m_history->setItem(row, column, item);
                         }
                     }
                     m_history->resizeColumnsToContents();
                     Q_EMIT refreshed();
                 });
}

void DeploymentsView::rollback(const QString &environment)
{
    const Backend::EnvironmentState *env = this->environment(environment);
    if (!m_engine || !env)
        return;
    const QString live = env->live ? env->live->commit.left(8) : Tr::tr("nothing");
    if (!m_confirm(Tr::tr("Roll back %1?").arg(environment),
                   Tr::tr("%1 runs %2 now. Put its previous successful deployment back?").arg(environment, live)))
        return;
    setMessage(Tr::tr("Rolling %1 back…").arg(environment), false);
    whenFinished(this, m_engine->rollback(environment), [this, environment](const Result<Backend::Deployment> &d) {
        const QString action = Tr::tr("Rollback of %1").arg(environment);
        if (!d) {
            setMessage(Tr::tr("%1 failed: %2").arg(action, errorText(d.error())), true);
            Q_EMIT actionFinished(action, errorText(d.error()));
            return;
        }
        setMessage(Tr::tr("%1 is back on %2.").arg(environment, d->commit.left(8)), false);
        m_historyEnvironment = environment;
        refresh();
        Q_EMIT actionFinished(action, {});
    });
}

void DeploymentsView::toggleFreeze(const QString &environment)
{
    const Backend::EnvironmentState *env = this->environment(environment);
    if (!m_engine)
        return;
    const bool freeze = !(env && env->frozen);
    QString reason;
    if (freeze) {
        const std::optional<QString> asked = m_askReason(environment);
        if (!asked)
            return;
        reason = *asked;
    }
    whenFinished(this, m_engine->setFrozen(environment, freeze, reason), [this, environment, freeze](const Result<> &r) {
        const QString action = freeze ? Tr::tr("Freeze of %1").arg(environment) : Tr::tr("Unfreeze of %1").arg(environment);
        if (!r) {
            setMessage(Tr::tr("%1 failed: %2").arg(action, errorText(r.error())), true);
            Q_EMIT actionFinished(action, errorText(r.error()));
            return;
        }
        setMessage(freeze ? Tr::tr("%1 is frozen: no deployment starts until it is unfrozen.").arg(environment)
                          : Tr::tr("%1 is open for deployments again.").arg(environment),
                   false);
        refresh();
        Q_EMIT actionFinished(action, {});
    });
}

void DeploymentsView::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText, error ? Style::failedColor(palette()) : palette().color(QPalette::WindowText));
    m_message->setPalette(pal);
    m_message->setVisible(!text.isEmpty());
}

} // namespace OpsDeck::Pipelines::Internal
