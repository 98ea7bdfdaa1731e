// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The autoscaling simulator: a load curve through a queue-depth policy, step
// by step, with Poisson arrivals and exponential service times.
#include <opsdeck/planner/simulator.h>

#include "evaluate_p.h"
#include "plannertr.h"

#include <opsdeck/planner/scenario.h>

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>
#include <numbers>
#include <queue>
#include <random>

namespace OpsDeck::Planner {

namespace {

Error policyError(const QString &field, const QString &why)
{
    return fail(ErrorCode::InvalidArgument, Tr::tr("The autoscaling policy is not valid"),
                QStringLiteral("%1: %2").arg(field, why));
}

} // namespace

Result<void> validatePolicy(const AutoscalePolicy &p)
{
    if (p.minReplicas < 1)
        return policyError(QStringLiteral("min_replicas"), Tr::tr("must be at least 1"));
    if (p.maxReplicas < p.minReplicas)
        return policyError(QStringLiteral("max_replicas"), Tr::tr("must not be below min_replicas (%1)").arg(p.minReplicas));
    if (p.maxReplicas > 1000000)
        return policyError(QStringLiteral("max_replicas"), Tr::tr("is absurdly large (at most 1000000)"));
    if (!(p.targetJobsPerWorker > 0))
        return policyError(QStringLiteral("target_jobs_per_worker"), Tr::tr("must be greater than zero"));
    if (!(p.serviceTimeS > 0) || !std::isfinite(p.serviceTimeS))
        return policyError(QStringLiteral("service_time"), Tr::tr("must be greater than zero"));
    const double values[] = {p.scaleUpQueue, p.scaleUpForS, p.scaleUpCooldownS, p.scaleDownQueue,
                             p.scaleDownForS, p.scaleDownCooldownS, p.workerStartupS};
    const char *names[] = {"scale_up_queue", "scale_up_for", "scale_up_cooldown", "scale_down_queue",
                           "scale_down_for", "scale_down_cooldown", "worker_startup"};
    for (int i = 0; i < 7; ++i)
        if (!(values[i] >= 0) || !std::isfinite(values[i]))
            return policyError(QString::fromLatin1(names[i]), Tr::tr("must not be negative"));
    return {};
}

Result<AutoscalePolicy> policyFromScenario(const Scenario &scenario)
{
    if (!scenario.hasModel(QStringLiteral("autoscaling")))
        return fail(ErrorCode::InvalidArgument, Tr::tr("The scenario has no autoscaling section"), scenario.name);
    const QList<Diagnostic> incomplete = checkComplete(scenario);
    if (!incomplete.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("The capacity scenario is incomplete"),
                    incomplete.first().toString());
    Evaluation scratch;
    Internal::Context c(scenario, scratch);
    auto v = [&](const char *key) { return c.in(QString::fromLatin1(key)).value_or(0); };
    AutoscalePolicy p;
    p.minReplicas = static_cast<int>(std::lround(v("autoscaling.min_replicas")));
    p.maxReplicas = static_cast<int>(std::lround(v("autoscaling.max_replicas")));
    p.targetJobsPerWorker = v("autoscaling.target_jobs_per_worker");
    p.scaleUpQueue = v("autoscaling.scale_up_queue");
    p.scaleUpForS = v("autoscaling.scale_up_for");
    p.scaleUpCooldownS = v("autoscaling.scale_up_cooldown");
    p.scaleDownQueue = v("autoscaling.scale_down_queue");
    p.scaleDownForS = v("autoscaling.scale_down_for");
    p.scaleDownCooldownS = v("autoscaling.scale_down_cooldown");
    p.workerStartupS = v("autoscaling.worker_startup");
    p.serviceTimeS = v("autoscaling.service_time");
    if (Result<void> ok = validatePolicy(p); !ok)
        return ok.error();
    return p;
}

LoadCurve LoadCurve::constant(double rate)
{
    LoadCurve c;
    c.m_shape = Shape::Constant;
    c.m_a = rate;
    return c;
}

LoadCurve LoadCurve::step(double before, double after, double atS)
{
    LoadCurve c;
    c.m_shape = Shape::Step;
    c.m_a = before;
    c.m_b = after;
    c.m_c = atS;
    return c;
}

LoadCurve LoadCurve::ramp(double from, double to, double startS, double endS)
{
    LoadCurve c;
    c.m_shape = Shape::Ramp;
    c.m_a = from;
    c.m_b = to;
    c.m_c = startS;
    c.m_d = endS;
    return c;
}

LoadCurve LoadCurve::diurnal(double low, double high, double peakAtS, double periodS)
{
    LoadCurve c;
    c.m_shape = Shape::Diurnal;
    c.m_a = low;
    c.m_b = high;
    c.m_c = peakAtS;
    c.m_d = periodS;
    return c;
}

LoadCurve LoadCurve::spike(double base, double peak, double atS, double durationS)
{
    LoadCurve c;
    c.m_shape = Shape::Spike;
    c.m_a = base;
    c.m_b = peak;
    c.m_c = atS;
    c.m_d = durationS;
    return c;
}

LoadCurve LoadCurve::points(std::vector<std::pair<double, double>> points)
{
    LoadCurve c;
    c.m_shape = Shape::Points;
    c.m_points = std::move(points);
    return c;
}

double LoadCurve::rateAt(double t) const
{
    switch (m_shape) {
    case Shape::Constant: return m_a;
    case Shape::Step: return t < m_c ? m_a : m_b;
    case Shape::Ramp:
        if (t <= m_c)
            return m_a;
        if (t >= m_d)
            return m_b;
        return m_a + (m_b - m_a) * (t - m_c) / (m_d - m_c);
    case Shape::Diurnal: {
        const double phase = 2 * std::numbers::pi * (t - m_c) / m_d;
        return m_a + (m_b - m_a) * (1 + std::cos(phase)) / 2;
    }
    case Shape::Spike: return t >= m_c && t < m_c + m_d ? m_b : m_a;
    case Shape::Points: {
        if (m_points.empty())
            return 0;
        if (t <= m_points.front().first)
            return m_points.front().second;
        if (t >= m_points.back().first)
            return m_points.back().second;
        const auto it = std::upper_bound(m_points.begin(), m_points.end(), t,
                                         [](double x, const auto &p) { return x < p.first; });
        const auto &hi = *it;
        const auto &lo = *(it - 1);
        return lo.second + (hi.second - lo.second) * (t - lo.first) / (hi.first - lo.first);
    }
    }
    return 0;
}

QString LoadCurve::description() const
{
    const auto n = [](double v) { return formatNumber(v); };
    switch (m_shape) {
    case Shape::Constant: return Tr::tr("constant %1 /s").arg(n(m_a));
    case Shape::Step: return Tr::tr("step %1 → %2 /s at %3 s").arg(n(m_a), n(m_b), n(m_c));
    case Shape::Ramp: return Tr::tr("ramp %1 → %2 /s from %3 s to %4 s").arg(n(m_a), n(m_b), n(m_c), n(m_d));
    case Shape::Diurnal: return Tr::tr("diurnal %1 → %2 /s, peak at %3 s").arg(n(m_a), n(m_b), n(m_c));
    case Shape::Spike: return Tr::tr("spike %1 → %2 /s at %3 s for %4 s").arg(n(m_a), n(m_b), n(m_c), n(m_d));
    case Shape::Points: return Tr::tr("%1 points from CSV").arg(m_points.size());
    }
    return {};
}

Result<LoadCurve> parseLoadSpec(const QString &spec)
{
    const QString shape = spec.section(QLatin1Char(':'), 0, 0).trimmed();
    const QString rest = spec.section(QLatin1Char(':'), 1);
    QHash<QString, double> args;
    for (const QString &part : rest.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = part.section(QLatin1Char('='), 1).trimmed();
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!part.contains(QLatin1Char('=')) || !ok || !std::isfinite(v))
            return fail(ErrorCode::InvalidArgument, Tr::tr("Cannot read the load '%1'").arg(spec),
                        Tr::tr("%1: '%2' is not a number").arg(name, value));
        if (v < 0)
            return fail(ErrorCode::InvalidArgument, Tr::tr("Cannot read the load '%1'").arg(spec),
                        Tr::tr("%1: must not be negative").arg(name));
        args.insert(name, v);
    }
    auto need = [&](std::initializer_list<const char *> names) -> Result<void> {
        for (const char *name : names)
            if (!args.contains(QString::fromLatin1(name)))
                return fail(ErrorCode::InvalidArgument, Tr::tr("Cannot read the load '%1'").arg(spec),
                            Tr::tr("%1: missing (the %2 shape needs %3)")
                                .arg(QString::fromLatin1(name), shape, QStringList([&] {
                                         QStringList l;
                                         for (const char *x : names)
                                             l << QString::fromLatin1(x);
                                         return l;
                                     }()).join(QStringLiteral(", "))));
        return {};
    };
    auto a = [&](const char *name) { return args.value(QString::fromLatin1(name)); };
    Result<void> ok;
    if (shape == QLatin1String("constant")) {
        if (!(ok = need({"rate"})))
            return ok.error();
        return LoadCurve::constant(a("rate"));
    }
    if (shape == QLatin1String("step")) {
        if (!(ok = need({"before", "after", "at"})))
            return ok.error();
        return LoadCurve::step(a("before"), a("after"), a("at"));
    }
    if (shape == QLatin1String("ramp")) {
        if (!(ok = need({"from", "to", "start", "end"})))
            return ok.error();
        if (a("end") <= a("start"))
            return fail(ErrorCode::InvalidArgument, Tr::tr("Cannot read the load '%1'").arg(spec),
                        Tr::tr("end: must be after start"));
        return LoadCurve::ramp(a("from"), a("to"), a("start"), a("end"));
    }
    if (shape == QLatin1String("diurnal")) {
        if (!(ok = need({"low", "high"})))
            return ok.error();
        const double period = args.value(QStringLiteral("period"), 86400);
        if (period <= 0)
            return fail(ErrorCode::InvalidArgument, Tr::tr("Cannot read the load '%1'").arg(spec),
                        Tr::tr("period: must be greater than zero"));
        return LoadCurve::diurnal(a("low"), a("high"), args.value(QStringLiteral("peak_at"), 14 * 3600.0), period);
    }
    if (shape == QLatin1String("spike")) {
        if (!(ok = need({"base", "peak", "at", "duration"})))
            return ok.error();
        return LoadCurve::spike(a("base"), a("peak"), a("at"), a("duration"));
    }
    return fail(ErrorCode::InvalidArgument, Tr::tr("Cannot read the load '%1'").arg(spec),
                Tr::tr("unknown shape '%1' (known: constant, step, ramp, diurnal, spike, or a CSV file)").arg(shape));
}

Result<LoadCurve> parseLoadCsv(const QString &text, const QString &fileName)
{
    const QString file = fileName.isEmpty() ? QStringLiteral("<load>") : fileName;
    auto bad = [&](int line, const QString &why) {
        return fail(ErrorCode::Parse, Tr::tr("Cannot read the load curve"), QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(why));
    };
    std::vector<std::pair<double, double>> points;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = static_cast<int>(i) + 1;
        QString line = lines[i];
        if (const qsizetype hash = line.indexOf(QLatin1Char('#')); hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const QStringList cells = line.split(QLatin1Char(','));
        if (points.empty() && cells.size() == 2 && cells[0].trimmed() == QLatin1String("time_s"))
            continue; // the header
        if (cells.size() != 2)
            return bad(lineNo, Tr::tr("expected two columns time_s,arrivals_per_s, found %1").arg(cells.size()));
        bool okT = false;
        bool okR = false;
        const double t = cells[0].trimmed().toDouble(&okT);
        const double r = cells[1].trimmed().toDouble(&okR);
        if (!okT || !std::isfinite(t))
            return bad(lineNo, Tr::tr("time_s '%1' is not a number").arg(cells[0].trimmed()));
        if (!okR || !std::isfinite(r))
            return bad(lineNo, Tr::tr("arrivals_per_s '%1' is not a number").arg(cells[1].trimmed()));
        if (r < 0)
            return bad(lineNo, Tr::tr("arrivals_per_s must not be negative (got %1)").arg(cells[1].trimmed()));
        if (r > 1e9)
            return bad(lineNo, Tr::tr("arrivals_per_s %1 is absurdly large").arg(cells[1].trimmed()));
        if (!points.empty() && t <= points.back().first)
            return bad(lineNo, Tr::tr("time_s %1 does not come after the previous line's %2")
                                   .arg(cells[0].trimmed(), formatNumber(points.back().first)));
        points.emplace_back(t, r);
    }
    if (points.empty())
        return fail(ErrorCode::Parse, Tr::tr("Cannot read the load curve"),
                    Tr::tr("%1: no data lines (expected time_s,arrivals_per_s)").arg(file));
    return LoadCurve::points(std::move(points));
}

Result<SimulationResult> simulate(const AutoscalePolicy &policy, const LoadCurve &load, const SimulationOptions &options)
{
    if (Result<void> ok = validatePolicy(policy); !ok)
        return ok.error();
    if (!(options.stepS > 0) || !(options.durationS > 0) || options.durationS / options.stepS > 1e8)
        return fail(ErrorCode::InvalidArgument, Tr::tr("The simulation options are not valid"),
                    Tr::tr("step and duration must be positive, with at most 100 million steps"));

    std::mt19937_64 rng(options.seed);
    std::exponential_distribution<double> serviceTime(1.0 / policy.serviceTimeS);
    const double dt = options.stepS;
    const auto steps = static_cast<std::size_t>(std::ceil(options.durationS / dt));

    std::deque<double> queue; // arrival times, FIFO
    std::priority_queue<double, std::vector<double>, std::greater<>> busy; // finish times
    std::deque<double> starting; // ready times of workers being started (non-decreasing)
    int idle = policy.minReplicas;
    double upSince = -1;
    double downSince = -1;
    double lastUp = -std::numeric_limits<double>::infinity();
    double lastDown = -std::numeric_limits<double>::infinity();
    std::vector<float> waits;
    double utilisationSum = 0;

    SimulationResult result;
    result.steps.reserve(steps);
    for (std::size_t i = 0; i < steps; ++i) {
        const double t = static_cast<double>(i) * dt;
        const double end = t + dt;
        const double mean = std::max(0.0, load.rateAt(t)) * dt;
        int arrivals = 0;
        if (mean > 0) {
            std::poisson_distribution<int> poisson(mean);
            arrivals = poisson(rng);
        }
        for (int a = 0; a < arrivals; ++a)
            queue.push_back(t);
        result.arrived += arrivals;

        // Free moments within this step: workers idle since before it, workers
        // finishing or becoming ready during it; each takes the oldest job.
        std::priority_queue<double, std::vector<double>, std::greater<>> freeAt;
        for (int w = 0; w < idle; ++w)
            freeAt.push(t);
        idle = 0;
        while (!busy.empty() && busy.top() <= end) {
            freeAt.push(busy.top());
            busy.pop();
            ++result.completed;
        }
        while (!starting.empty() && starting.front() <= end) {
            freeAt.push(std::max(t, starting.front()));
            starting.pop_front();
        }
        double waitSum = 0;
        int startedNow = 0;
        while (!freeAt.empty()) {
            const double f = freeAt.top();
            if (queue.empty()) {
                break;
            }
            freeAt.pop();
            const double arrival = queue.front();
            queue.pop_front();
            const double start = std::max(f, arrival);
            const double wait = start - arrival;
            waitSum += wait;
            waits.push_back(static_cast<float>(wait));
            ++startedNow;
            const double finish = start + serviceTime(rng);
            if (finish <= end) {
                freeAt.push(finish);
                ++result.completed;
            } else {
                busy.push(finish);
            }
        }
        idle = static_cast<int>(freeAt.size());
        result.started += startedNow;

        // Scaling decisions at the end of the step, on the queue depth.
        const int depth = static_cast<int>(std::min<std::size_t>(queue.size(), std::numeric_limits<int>::max()));
        const int busyCount = static_cast<int>(busy.size());
        int replicas = busyCount + idle + static_cast<int>(starting.size());
        if (depth > policy.scaleUpQueue) {
            if (upSince < 0)
                upSince = end;
            if (end - upSince >= policy.scaleUpForS && end - lastUp >= policy.scaleUpCooldownS
                && replicas < policy.maxReplicas) {
                const int desired = std::min(policy.maxReplicas,
                                             std::max(replicas + 1, static_cast<int>(std::ceil(depth / policy.targetJobsPerWorker))));
                for (int w = replicas; w < desired; ++w)
                    starting.push_back(end + policy.workerStartupS);
                replicas = desired;
                lastUp = end;
                upSince = -1;
                ++result.scaleUps;
            }
        } else {
            upSince = -1;
        }
        if (depth < policy.scaleDownQueue) {
            if (downSince < 0)
                downSince = end;
            if (end - downSince >= policy.scaleDownForS && end - lastDown >= policy.scaleDownCooldownS
                && replicas > policy.minReplicas && idle > 0) {
                const int desired = std::max(policy.minReplicas,
                                             static_cast<int>(std::ceil(depth / policy.targetJobsPerWorker)));
                const int remove = std::min(idle, replicas - desired);
                if (remove > 0) {
                    idle -= remove;
                    replicas -= remove;
                    lastDown = end;
                    downSince = -1;
                    ++result.scaleDowns;
                }
            }
        } else {
            downSince = -1;
        }

        SimulationStep s;
        s.timeS = end;
        s.arrivals = arrivals;
        s.queueDepth = depth;
        s.replicas = replicas;
        s.busy = busyCount;
        const int ready = busyCount + idle;
        s.utilisation = ready > 0 ? static_cast<double>(busyCount) / ready : 0;
        s.meanWaitS = startedNow > 0 ? waitSum / startedNow : std::numeric_limits<double>::quiet_NaN();
        utilisationSum += s.utilisation;
        result.maxQueueDepth = std::max(result.maxQueueDepth, depth);
        result.maxReplicas = std::max(result.maxReplicas, replicas);
        result.steps.push_back(s);
    }
    result.meanUtilisation = steps > 0 ? utilisationSum / static_cast<double>(steps) : 0;
    if (!waits.empty()) {
        double sum = 0;
        for (float w : waits)
            sum += w;
        result.meanWaitS = sum / static_cast<double>(waits.size());
        const auto p95 = waits.begin() + static_cast<std::ptrdiff_t>(0.95 * static_cast<double>(waits.size() - 1));
        std::nth_element(waits.begin(), p95, waits.end());
        result.p95WaitS = *p95;
    }
    return result;
}

} // namespace OpsDeck::Planner
