// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/pipelines/expirein.h"

#include <array>
#include <cctype>
#include <limits>

namespace OpsDeck::Pipelines {

namespace {

constexpr std::int64_t kMinute = 60;
constexpr std::int64_t kHour = 60 * kMinute;
constexpr std::int64_t kDay = 24 * kHour;
constexpr std::int64_t kWeek = 7 * kDay;
constexpr std::int64_t kMonth = 30 * kDay;
constexpr std::int64_t kYear = 365 * kDay;

struct Unit
{
    std::string_view name;
    std::int64_t seconds;
};

// GitLab reads expire_in with ChronicDuration; these are the spellings its
// documentation and real .gitlab-ci.yml files use.
constexpr std::array kUnits{
    Unit{"s", 1},          Unit{"sec", 1},          Unit{"secs", 1},       Unit{"second", 1},
    Unit{"seconds", 1},    Unit{"m", kMinute},      Unit{"min", kMinute},  Unit{"mins", kMinute},
    Unit{"minute", kMinute}, Unit{"minutes", kMinute}, Unit{"h", kHour},   Unit{"hr", kHour},
    Unit{"hrs", kHour},    Unit{"hour", kHour},     Unit{"hours", kHour},  Unit{"d", kDay},
    Unit{"day", kDay},     Unit{"days", kDay},      Unit{"w", kWeek},      Unit{"wk", kWeek},
    Unit{"wks", kWeek},    Unit{"week", kWeek},     Unit{"weeks", kWeek},  Unit{"mo", kMonth},
    Unit{"mos", kMonth},   Unit{"month", kMonth},   Unit{"months", kMonth}, Unit{"y", kYear},
    Unit{"yr", kYear},     Unit{"yrs", kYear},      Unit{"year", kYear},   Unit{"years", kYear},
};

bool fail(std::string *error, std::size_t offset, const std::string &what)
{
    if (error)
        *error = "column " + std::to_string(offset + 1) + ": " + what;
    return false;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == ',';
}

std::string lower(std::string_view text)
{
    std::string out(text);
    for (char &c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

} // namespace

std::optional<ExpireIn> parseExpireIn(std::string_view text, std::string *error)
{
    // Quotes are YAML's business, but a value copied with them is common.
    std::size_t begin = 0, end = text.size();
    while (begin < end && isSpace(text[begin]))
        ++begin;
    while (end > begin && isSpace(text[end - 1]))
        --end;
    if (end - begin >= 2 && (text[begin] == '"' || text[begin] == '\'') && text[end - 1] == text[begin]) {
        ++begin;
        --end;
    }
    const std::string all = lower(text.substr(begin, end - begin));
    if (all.empty()) {
        fail(error, begin, "empty duration (write e.g. \"30 days\", \"1 week\" or \"never\")");
        return std::nullopt;
    }
    if (all == "never")
        return ExpireIn{true, 0};

    std::int64_t total = 0;
    std::size_t terms = 0;
    std::size_t i = 0;
    while (i < all.size()) {
        if (isSpace(all[i])) {
            ++i;
            continue;
        }
        const std::size_t at = begin + i;
        if (all.compare(i, 3, "and") == 0 && (i + 3 == all.size() || isSpace(all[i + 3])) && terms > 0) {
            i += 3;
            continue;
        }
        if (!std::isdigit(static_cast<unsigned char>(all[i]))) {
            fail(error, at, "expected a number, found \"" + all.substr(i, all.find_first_of(" \t,", i) - i) + "\"");
            return std::nullopt;
        }
        std::int64_t number = 0;
        while (i < all.size() && std::isdigit(static_cast<unsigned char>(all[i]))) {
            if (number > (std::numeric_limits<std::int64_t>::max() - 9) / 10) {
                fail(error, at, "number too large");
                return std::nullopt;
            }
            number = number * 10 + (all[i] - '0');
            ++i;
        }
        while (i < all.size() && (all[i] == ' ' || all[i] == '\t'))
            ++i;
        const std::size_t unitStart = i;
        while (i < all.size() && std::isalpha(static_cast<unsigned char>(all[i])))
            ++i;
        const std::string_view unit = std::string_view(all).substr(unitStart, i - unitStart);
        std::int64_t scale = 0;
        if (unit.empty()) {
            // A bare number is seconds, as in GitLab, but only on its own:
            // "1 day 30" is more likely a typo than thirty seconds.
            if (terms == 0 && i == all.size()) {
                scale = 1;
            } else {
                fail(error, begin + unitStart, "missing unit after " + std::to_string(number)
                         + " (use seconds, minutes, hours, days, weeks, months or years)");
                return std::nullopt;
            }
        } else {
            for (const Unit &u : kUnits) {
                if (u.name == unit)
                    scale = u.seconds;
            }
            if (scale == 0) {
                fail(error, begin + unitStart, "unknown unit \"" + std::string(unit)
                         + "\" (use seconds, minutes, hours, days, weeks, months or years)");
                return std::nullopt;
            }
        }
        if (number > (std::numeric_limits<std::int64_t>::max() - total) / scale) {
            fail(error, at, "duration too long");
            return std::nullopt;
        }
        total += number * scale;
        ++terms;
    }
    if (terms == 0) {
        fail(error, begin, "no duration given (write e.g. \"30 days\", \"1 week\" or \"never\")");
        return std::nullopt;
    }
    return ExpireIn{false, total};
}

std::string formatExpireIn(const ExpireIn &value)
{
    if (value.never)
        return "never";
    constexpr std::array<Unit, 5> kLargestFirst{Unit{"week", kWeek}, Unit{"day", kDay}, Unit{"hour", kHour},
                                                Unit{"minute", kMinute}, Unit{"second", 1}};
    for (const Unit &u : kLargestFirst) {
        if (value.seconds > 0 && value.seconds % u.seconds == 0) {
            const std::int64_t n = value.seconds / u.seconds;
            return std::to_string(n) + " " + std::string(u.name) + (n == 1 ? "" : "s");
        }
    }
    return std::to_string(value.seconds) + " seconds";
}

} // namespace OpsDeck::Pipelines
