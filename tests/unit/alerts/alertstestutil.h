// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/alerts/rule.h>
#include <opsdeck/api/result.h>

#include <gtest/gtest.h>

#include <QList>
#include <QString>

#include <string>

namespace OpsDeck::Alerts::Test {

/** "code: message: detail" for assertion messages. */
inline std::string text(const Error &e)
{
    return QString(errorCodeName(e.code) + QStringLiteral(": ") + e.toString()).toStdString();
}

template<typename R>
std::string errorOf(const R &r)
{
    return r.ok() ? std::string() : text(r.error());
}

inline const Rule *findRule(const QList<Rule> &rules, const QString &name)
{
    for (const Rule &r : rules)
        if (r.name == name)
            return &r;
    return nullptr;
}

/** A copy of the rule named \a name; a test failure (and an empty rule) when there is none. */
inline Rule ruleNamed(const QList<Rule> &rules, const QString &name)
{
    for (const Rule &r : rules)
        if (r.name == name)
            return r;
    ADD_FAILURE() << "no rule named " << name.toStdString();
    return Rule();
}

} // namespace OpsDeck::Alerts::Test
