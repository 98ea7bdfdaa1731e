// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "timespec_p.h"

#include <opsdeck/logs/query.h>
#include <opsdeck/logs/tokenizer.h>

#include <array>

namespace OpsDeck::Logs {

namespace {

using Kind = QueryNode::Kind;

struct LevelSpelling
{
    std::string_view name;
    Level level;
};

// Syslog, log4j, Python, Go and Windows spellings, lowercase.
constexpr std::array<LevelSpelling, 23> kLevelSpellings{{
    {"unknown", Level::Unknown},    {"trace", Level::Trace},        {"verbose", Level::Trace},
    {"finest", Level::Trace},       {"debug", Level::Debug},        {"dbg", Level::Debug},
    {"fine", Level::Debug},         {"info", Level::Info},          {"information", Level::Info},
    {"informational", Level::Info}, {"notice", Level::Notice},      {"warn", Level::Warning},
    {"warning", Level::Warning},    {"error", Level::Error},        {"err", Level::Error},
    {"severe", Level::Error},       {"crit", Level::Critical},      {"critical", Level::Critical},
    {"fatal", Level::Critical},     {"alert", Level::Critical},     {"emerg", Level::Critical},
    {"emergency", Level::Critical}, {"panic", Level::Critical},
}};

void appendQuoted(std::string &out, std::string_view text)
{
    out.push_back('"');
    for (const char c : text) {
        if (c == '"' || c == '\\')
            out.push_back('\\');
        out.push_back(c);
    }
    out.push_back('"');
}

void appendSexp(std::string &out, const QueryNode &node)
{
    switch (node.kind) {
    case Kind::All:
        out += "(all)";
        return;
    case Kind::And:
    case Kind::Or:
    case Kind::Not:
        out += node.kind == Kind::And ? "(and" : node.kind == Kind::Or ? "(or" : "(not";
        for (const auto &child : node.children) {
            out.push_back(' ');
            appendSexp(out, child);
        }
        out.push_back(')');
        return;
    case Kind::Term:
    case Kind::Prefix:
        out += node.kind == Kind::Term ? "(term" : "(prefix";
        for (const auto &token : node.tokens) {
            out.push_back(' ');
            out += token;
        }
        out.push_back(')');
        return;
    case Kind::Regex:
        out += node.caseless ? "(regex/i " : "(regex ";
        appendQuoted(out, node.value);
        out.push_back(')');
        return;
    case Kind::Field:
    case Kind::FieldPrefix:
        out += node.kind == Kind::Field ? "(field " : "(fieldprefix ";
        out += node.field;
        out.push_back(' ');
        appendQuoted(out, node.value);
        out.push_back(')');
        return;
    case Kind::LevelRange:
        out += "(level ";
        out += levelName(node.levelMin);
        out.push_back(' ');
        out += levelName(node.levelMax);
        out.push_back(')');
        return;
    }
}

void appendQuery(std::string &out, const QueryNode &node);

void appendOperand(std::string &out, const QueryNode &node, bool groupOr, bool groupAnd)
{
    const bool group = (groupOr && node.kind == Kind::Or) || (groupAnd && node.kind == Kind::And);
    if (group)
        out.push_back('(');
    appendQuery(out, node);
    if (group)
        out.push_back(')');
}

void appendQuery(std::string &out, const QueryNode &node)
{
    switch (node.kind) {
    case Kind::All:
        return;
    case Kind::And:
    case Kind::Or:
        for (std::size_t i = 0; i < node.children.size(); ++i) {
            if (i > 0)
                out += node.kind == Kind::And ? " " : " OR ";
            // AND binds tighter than OR: only an OR inside an AND needs parentheses.
            appendOperand(out, node.children[i], node.kind == Kind::And, false);
        }
        return;
    case Kind::Not:
        out.push_back('-');
        if (!node.children.empty())
            appendOperand(out, node.children.front(), true, true);
        return;
    case Kind::Term: {
        std::string phrase;
        for (const auto &token : node.tokens) {
            if (!phrase.empty())
                phrase.push_back(' ');
            phrase += token;
        }
        appendQuoted(out, phrase);
        return;
    }
    case Kind::Prefix:
        // "blk_.16*": '.' separates the tokens without starting a new term.
        for (std::size_t i = 0; i < node.tokens.size(); ++i) {
            if (i > 0)
                out.push_back('.');
            out += node.tokens[i];
        }
        out.push_back('*');
        return;
    case Kind::Regex:
        out.push_back('/');
        for (std::size_t i = 0; i < node.value.size(); ++i) {
            const char c = node.value[i];
            if (c == '\\' && i + 1 < node.value.size()) {
                out.push_back(c);
                out.push_back(node.value[++i]);
            } else if (c == '/') {
                out += "\\/";
            } else {
                out.push_back(c);
            }
        }
        out.push_back('/');
        if (node.caseless)
            out.push_back('i');
        return;
    case Kind::Field:
        out += node.field;
        out.push_back(':');
        appendQuoted(out, node.value);
        return;
    case Kind::FieldPrefix:
        out += node.field;
        out.push_back(':');
        out += node.value;
        out.push_back('*');
        return;
    case Kind::LevelRange: {
        out += "level:";
        constexpr Level kLowest = Level::Trace;
        constexpr Level kHighest = Level::Critical;
        if (node.levelMin == node.levelMax) {
            out += levelName(node.levelMin);
        } else if (node.levelMax == kHighest) {
            out += ">=";
            out += levelName(node.levelMin);
        } else if (node.levelMin == kLowest) {
            out += "<=";
            out += levelName(node.levelMax);
        } else {
            // Not produced by the parser; written as two ranges.
            out += ">=";
            out += levelName(node.levelMin);
            out += " level:<=";
            out += levelName(node.levelMax);
        }
        return;
    }
    }
}

} // namespace

std::string describe(const QueryError &error)
{
    return "1:" + std::to_string(error.column) + ": " + error.detail;
}

std::string toString(const QueryNode &node)
{
    std::string out;
    appendSexp(out, node);
    return out;
}

std::string formatQuery(const ParsedQuery &query)
{
    std::string out;
    appendOperand(out, query.root, query.sinceMs != kNoTime || query.untilMs != kNoTime, false);
    for (const auto &[name, ms] : {std::pair{"since:", query.sinceMs}, std::pair{"until:", query.untilMs}}) {
        if (ms == kNoTime)
            continue;
        if (!out.empty())
            out.push_back(' ');
        out += name;
        out += Detail::formatTimestamp(ms);
    }
    return out;
}

std::string quoteLiteral(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 2);
    appendQuoted(out, text);
    return out;
}

std::optional<Level> levelFromName(std::string_view name)
{
    if (name.empty() || name.size() > 16)
        return std::nullopt;
    for (const auto &spelling : kLevelSpellings) {
        if (tokenEquals(name, spelling.name))
            return spelling.level;
    }
    return std::nullopt;
}

std::string_view levelName(Level level)
{
    switch (level) {
    case Level::Unknown: return "unknown";
    case Level::Trace: return "trace";
    case Level::Debug: return "debug";
    case Level::Info: return "info";
    case Level::Notice: return "notice";
    case Level::Warning: return "warning";
    case Level::Error: return "error";
    case Level::Critical: return "critical";
    }
    return "unknown";
}

} // namespace OpsDeck::Logs
