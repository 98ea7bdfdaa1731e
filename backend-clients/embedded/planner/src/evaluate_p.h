// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/planner/evaluation.h>

#include <optional>

namespace OpsDeck::Planner::Internal {

/// What the models share while one scenario is evaluated: input lookup with
/// defaults and fallbacks (each recorded once in the evaluation), and output
/// registration with formula and provenance.
class Context
{
public:
    Context(const Scenario &scenario, Evaluation &evaluation) : m_scenario(scenario), m_eval(evaluation) {}

    const Scenario &scenario() const { return m_scenario; }
    Evaluation &evaluation() { return m_eval; }
    bool has(const QString &model) const { return m_scenario.hasModel(model); }

    /// The input's value in base units: as written, else its fallback, else its default; nullopt when none.
    std::optional<double> in(const QString &key);
    /// The name a formula should cite for \a key: itself, or the input/output it fell back to.
    QString source(const QString &key);
    /// The text of the input as written or defaulted ("60 %").
    QString textOf(const QString &key);

    const Quantity &out(const QString &name, const QString &label, double base, Dimension dimension,
                        const QString &unit, const QString &formula, const QStringList &inputs,
                        const QString &note = {});
    /// An output that cannot be computed: NaN with the reason.
    const Quantity &notAvailable(const QString &name, const QString &label, Dimension dimension,
                                 const QString &unit, const QString &formula, const QStringList &inputs,
                                 const QString &why);
    const Quantity *get(const QString &name) const { return m_eval.output(name); }
    std::optional<double> value(const QString &name) const
    {
        const Quantity *q = get(name);
        return q && q->isNumber() ? std::optional<double>(q->base) : std::nullopt;
    }

    void finding(Finding::Kind kind, const QString &id, const QString &message, const QString &arithmetic,
                 const QStringList &inputs);

private:
    const Scenario &m_scenario;
    Evaluation &m_eval;
    QStringList m_recorded;
};

/// Byte-rate unit with the SI prefix that suits \a bytesPerSecond, per \a per ("day", "h", "month").
QString byteRateUnit(double bytesPerSecond, const char *per);

void evaluateChecks(Context &ctx);

} // namespace OpsDeck::Planner::Internal
