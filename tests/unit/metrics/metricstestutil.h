// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/result.h>
#include <opsdeck/metrics/metricsstore.h>

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <string>

namespace OpsDeck::Metrics::Test {

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

/** A clock the test moves by hand. */
struct FakeClock
{
    std::shared_ptr<std::atomic<qint64>> now = std::make_shared<std::atomic<qint64>>(0);
    std::function<qint64()> fn() const
    {
        return [n = now] { return n->load(); };
    }
};

/** Store options for tests: no background thread, the given clock. */
inline StoreOptions testOptions(const FakeClock &clock)
{
    StoreOptions options;
    options.backgroundThread = false;
    options.clock = clock.fn();
    return options;
}

inline Labels labels(std::initializer_list<std::pair<QString, QString>> pairs)
{
    Labels out;
    for (const auto &[k, v] : pairs)
        out.insert(k, v);
    return out;
}

} // namespace OpsDeck::Metrics::Test
