// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "alertsbinding.h"

#include "alertsmodel.h"
#include "alertsview.h"
#include "capacitytr.h"

#include <opsdeck/alerts/evaluator.h>
#include <opsdeck/alerts/history.h>
#include <opsdeck/alerts/rulefile.h>
#include <opsdeck/api/backendregistry.h>
#include <opsdeck/api/metricssource.h>
#include <opsdeck/sdk/ihost.h>
#include <opsdeck/sdk/notificationcenter.h>

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

using namespace Qt::StringLiterals;

namespace OpsDeck::Capacity::Internal {

namespace {

/** What is read from the workspace off the GUI thread before the evaluator starts. */
struct Loaded
{
    std::shared_ptr<Alerts::AlertHistory> history;
    QList<Alerts::Transition> past;
    QString historyProblem;
    QList<Alerts::Rule> rules;
    std::chrono::milliseconds interval{15'000}; ///< workspace.json "alerts": {"intervalSeconds": N}
    QString settingsProblem;
    bool defaults = false;
    QString rulesProblem;   ///< the rule file could not be read: why (file:line:column)
    QStringList rulesWarnings;
};

Loaded load(const QString &workspace)
{
    Loaded out;
    QFile manifest(QDir(workspace).filePath(u"workspace.json"_s));
    if (manifest.open(QIODevice::ReadOnly)) {
        const QJsonValue v = QJsonDocument::fromJson(manifest.readAll()).object().value(u"alerts").toObject().value(
            u"intervalSeconds");
        if (!v.isUndefined()) {
            const double seconds = v.toDouble(-1);
            if (!v.isDouble() || seconds < 1 || seconds > 3600)
                out.settingsProblem = Tr::tr("%1: alerts.intervalSeconds must be a number of seconds from 1 to 3600; "
                                             "rules are evaluated every 15 s.").arg(manifest.fileName());
            else
                out.interval = std::chrono::milliseconds(qint64(seconds * 1000));
        }
    }
    auto history = Alerts::AlertHistory::open(Alerts::AlertHistory::historyPath(workspace));
    if (history) {
        out.history = *history;
        auto past = (*history)->read(2000);
        if (past)
            out.past = *past;
        else
            out.historyProblem = past.error().toString();
    } else {
        out.historyProblem = history.error().toString();
    }
    const QString path = Alerts::rulesPath(workspace);
    auto rules = Alerts::loadRules(path);
    if (rules) {
        out.rules = rules->rules;
        for (const Alerts::RuleFileWarning &w : rules->warnings)
            out.rulesWarnings << w.toString(path);
    } else {
        if (rules.error().code != ErrorCode::NotFound)
            out.rulesProblem = rules.error().detail.isEmpty() ? rules.error().message : rules.error().detail;
        out.rules = Alerts::defaultRules();
        out.defaults = true;
    }
    return out;
}

AlertRowState rowState(Alerts::AlertState state)
{
    switch (state) {
    case Alerts::AlertState::Pending: return AlertRowState::Pending;
    case Alerts::AlertState::Firing: return AlertRowState::Firing;
    case Alerts::AlertState::Inactive: return AlertRowState::Inactive;
    case Alerts::AlertState::Resolved: return AlertRowState::Resolved;
    }
    return AlertRowState::Resolved;
}

QString labelsText(const QMap<QString, QString> &labels)
{
    return labels.isEmpty() ? QString() : Alerts::AlertInstance::keyFor(labels);
}

AlertHistoryEntry entryFor(const Alerts::Transition &t)
{
    AlertHistoryEntry e;
    e.at = t.at;
    e.name = t.rule;
    e.labels = labelsText(t.labels);
    e.severity = Alerts::severityName(t.severity);
    e.value = t.value;
    e.message = t.message;
    if (t.kind == Alerts::Transition::Kind::Rule) {
        // A rule that could not be evaluated, or works again.
        e.from = t.healthFrom == Alerts::RuleHealth::Ok ? AlertRowState::Resolved : AlertRowState::Error;
        e.to = t.healthTo == Alerts::RuleHealth::Ok ? AlertRowState::Resolved : AlertRowState::Error;
        e.value = std::nan("");
    } else {
        e.from = rowState(t.from);
        e.to = rowState(t.to);
    }
    return e;
}

} // namespace

AlertsBinding::AlertsBinding(Sdk::IHost &host, QObject *parent)
    : QObject(parent)
    , m_host(host)
{
    connect(&m_host.backends(), &Backend::BackendRegistry::backendsChanged, this, &AlertsBinding::rebind);
    rebind();
}

AlertsBinding::~AlertsBinding()
{
    if (m_evaluator) {
        m_evaluator->stop();
        m_evaluator->waitForHistoryWrites();
    }
}

void AlertsBinding::attach(AlertsView *view)
{
    m_view = view;
    if (!m_view)
        return;
    if (m_evaluator && m_evaluator->history()) {
        // What happened before the view was opened: from the history file.
        auto *watcher = new QFutureWatcher<QList<Alerts::Transition>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            watcher->deleteLater();
            if (m_view)
                addHistory(watcher->result());
        });
        watcher->setFuture(QtConcurrent::run([history = m_evaluator->history()] {
            auto past = history->read(500);
            return past ? *past : QList<Alerts::Transition>();
        }));
    }
    publish();
}

void AlertsBinding::rebind()
{
    const quint64 generation = ++m_generation;
    if (m_evaluator) {
        m_evaluator->stop();
        m_evaluator->waitForHistoryWrites();
        m_evaluator.reset();
        publish();
    }
    const QString workspace = m_host.backends().activeProfile().workspace;
    if (workspace.isEmpty())
        return;
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // the profile changed while the files were read
        Loaded loaded = watcher->result();
        Alerts::EvaluatorOptions options;
        options.interval = loaded.interval;
        m_evaluator = std::make_unique<Alerts::AlertEvaluator>(loaded.history, options);
        m_evaluator->setRules(loaded.rules);
        // Sources by id: the first metrics source of a local profile is the
        // embedded store; Prometheus servers go by their names, the first
        // also as "prometheus".
        bool first = true;
        bool prometheus = false;
        for (Backend::IBackend *backend : m_host.backends().backends()) {
            auto *source = qobject_cast<Backend::IMetricsSource *>(backend);
            if (!source)
                continue;
            if (first) {
                m_evaluator->setSource(u"embedded"_s, source);
                first = false;
                continue;
            }
            m_evaluator->setSource(source->displayName(), source);
            if (!prometheus) {
                m_evaluator->setSource(u"prometheus"_s, source);
                prometheus = true;
            }
        }
        m_evaluator->restore(loaded.past);
        connect(m_evaluator.get(), &Alerts::AlertEvaluator::transition, this,
                [this](const Alerts::Transition &t) {
                    addHistory({t});
                    publish();
                });
        connect(m_evaluator.get(), &Alerts::AlertEvaluator::alertFiring, this,
                [this](const Alerts::AlertInstance &a) { notify(a, true); });
        connect(m_evaluator.get(), &Alerts::AlertEvaluator::alertResolved, this,
                [this](const Alerts::AlertInstance &a) { notify(a, false); });
        connect(m_evaluator.get(), &Alerts::AlertEvaluator::evaluated, this, &AlertsBinding::publish);
        if (!loaded.rulesProblem.isEmpty()) {
            Sdk::Notification n;
            n.severity = Sdk::Notification::Severity::Error;
            n.title = Tr::tr("The alert rules could not be read");
            n.body = Tr::tr("%1\nThe default rules run instead; the file was left as it is.").arg(loaded.rulesProblem);
            m_host.notifications().post(n);
        } else if (!loaded.rulesWarnings.isEmpty()) {
            Sdk::Notification n;
            n.severity = Sdk::Notification::Severity::Warning;
            n.title = Tr::tr("The alert rules have warnings");
            n.body = loaded.rulesWarnings.join(u'\n');
            m_host.notifications().post(n);
        }
        if (!loaded.settingsProblem.isEmpty()) {
            Sdk::Notification n;
            n.severity = Sdk::Notification::Severity::Warning;
            n.title = Tr::tr("An alerts setting is wrong");
            n.body = loaded.settingsProblem;
            m_host.notifications().post(n);
        }
        if (!loaded.historyProblem.isEmpty()) {
            Sdk::Notification n;
            n.severity = Sdk::Notification::Severity::Warning;
            n.title = Tr::tr("The alert history could not be read completely");
            n.body = loaded.historyProblem;
            m_host.notifications().post(n);
        }
        m_evaluator->start();
        if (m_view)
            addHistory(loaded.past.mid(std::max<qsizetype>(0, loaded.past.size() - 500)));
        publish();
        Q_EMIT started();
    });
    watcher->setFuture(QtConcurrent::run([workspace] { return load(workspace); }));
}

void AlertsBinding::publish()
{
    if (!m_view)
        return;
    QList<AlertRow> rows;
    if (m_evaluator) {
        for (const Alerts::AlertInstance &a : m_evaluator->alerts()) {
            if (a.state == Alerts::AlertState::Inactive)
                continue;
            AlertRow row;
            row.name = a.rule;
            row.labels = labelsText(a.labels);
            row.severity = Alerts::severityName(a.severity);
            row.state = rowState(a.state);
            row.since = a.state == Alerts::AlertState::Firing     ? a.firedAt
                        : a.state == Alerts::AlertState::Resolved ? a.resolvedAt
                                                                  : a.activeSince;
            row.value = a.value;
            row.message = a.summary;
            rows.append(row);
        }
        for (const Alerts::RuleStatus &status : m_evaluator->ruleStatuses()) {
            if (status.health == Alerts::RuleHealth::Ok)
                continue;
            AlertRow row;
            row.name = status.rule;
            row.state = AlertRowState::Error;
            row.since = status.lastEvaluation;
            row.value = std::nan("");
            row.message = status.health == Alerts::RuleHealth::Error
                              ? status.message
                              : Tr::tr("Not evaluated: %1").arg(status.message);
            rows.append(row);
        }
    }
    m_view->model()->setRows(rows);
}

void AlertsBinding::addHistory(const QList<Alerts::Transition> &transitions)
{
    if (!m_view || transitions.isEmpty())
        return;
    QList<AlertHistoryEntry> entries;
    entries.reserve(transitions.size());
    for (const Alerts::Transition &t : transitions)
        entries.append(entryFor(t));
    m_view->history()->addEntries(entries);
}

void AlertsBinding::notify(const Alerts::AlertInstance &alert, bool firing)
{
    Sdk::Notification n;
    const QString what = alert.labels.isEmpty() ? alert.rule : alert.rule + u' ' + labelsText(alert.labels);
    if (firing) {
        n.severity = alert.severity == Alerts::Severity::Page      ? Sdk::Notification::Severity::Error
                     : alert.severity == Alerts::Severity::Warning ? Sdk::Notification::Severity::Warning
                                                                   : Sdk::Notification::Severity::Info;
        n.title = Tr::tr("Alert firing: %1").arg(what);
    } else {
        n.severity = Sdk::Notification::Severity::Success;
        n.title = Tr::tr("Alert resolved: %1").arg(what);
    }
    n.body = alert.summary.isEmpty() ? Tr::tr("Value: %1").arg(alert.value) : alert.summary;
    m_host.notifications().post(n);
}

} // namespace OpsDeck::Capacity::Internal
