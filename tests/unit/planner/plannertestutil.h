// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/planner/evaluation.h>
#include <opsdeck/planner/scenario.h>

#include <gtest/gtest.h>

#include <QString>
#include <QStringList>

namespace OpsDeck::Planner::Test {

/** Parses and evaluates \a yaml; fails the test (with every diagnostic) when either step fails. */
inline Evaluation evaluateText(const QString &yaml, const QStringList &overrides = {})
{
    ParsedScenario parsed = parseScenario(yaml, QStringLiteral("test.yaml"));
    EXPECT_TRUE(parsed.ok()) << parsed.toString().toStdString();
    if (!parsed.ok())
        return {};
    Scenario s = *parsed.scenario;
    if (!overrides.isEmpty()) {
        const Result<void> applied = applyOverrides(s, overrides);
        EXPECT_TRUE(applied.ok()) << (applied.ok() ? std::string() : applied.error().toString().toStdString());
    }
    Result<Evaluation> e = evaluate(s);
    EXPECT_TRUE(e.ok()) << (e.ok() ? std::string() : e.error().toString().toStdString());
    return e.ok() ? *e : Evaluation{};
}

/** The output's value in base units; fails the test when it is missing or not a number. */
inline double base(const Evaluation &e, const char *name)
{
    const Quantity *q = e.output(QString::fromLatin1(name));
    EXPECT_NE(q, nullptr) << "no output " << name;
    if (!q)
        return -1;
    EXPECT_TRUE(q->isNumber()) << name << ": " << q->note.toStdString();
    return q->base;
}

inline const Finding *finding(const Evaluation &e, const char *id)
{
    for (const Finding &f : e.findings)
        if (f.id == QLatin1String(id))
            return &f;
    return nullptr;
}

/** Rounds to \a digits significant digits, as the seed rounds its figures. */
inline double roundSignificant(double v, int digits)
{
    if (v == 0)
        return 0;
    const double scale = std::pow(10.0, digits - 1 - static_cast<int>(std::floor(std::log10(std::abs(v)))));
    return std::round(v * scale) / scale;
}

constexpr double kTB = 1e12;
constexpr double kDay = 86400;

} // namespace OpsDeck::Planner::Test
