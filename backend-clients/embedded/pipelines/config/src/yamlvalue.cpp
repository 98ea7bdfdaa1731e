// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "yamlvalue.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <stdexcept>

namespace OpsDeck::Pipelines::Internal {

const Value *Value::get(std::string_view key) const
{
    const Entry *e = entry(key);
    return e ? &e->value : nullptr;
}

Value *Value::get(std::string_view key)
{
    for (Entry &e : entries)
        if (e.key == key)
            return &e.value;
    return nullptr;
}

const Value::Entry *Value::entry(std::string_view key) const
{
    for (const Entry &e : entries)
        if (e.key == key)
            return &e;
    return nullptr;
}

void Value::set(const std::string &key, Value value, SourcePosition keyAt)
{
    kind = Kind::Map;
    if (Value *existing = get(key)) {
        *existing = std::move(value);
        return;
    }
    if (keyAt.file.empty())
        keyAt = value.at;
    entries.push_back({key, std::move(keyAt), std::move(value)});
}

void Value::remove(std::string_view key)
{
    std::erase_if(entries, [&](const Entry &e) { return e.key == key; });
}

namespace {

/// Built field by field: GCC 12 at -O3 misreads a nested aggregate
/// initialiser as using an uninitialised string (-Wmaybe-uninitialized).
Diagnostic diagnosticAt(const std::string &file, int line, int column, std::string message)
{
    Diagnostic diagnostic;
    diagnostic.where.file = file;
    diagnostic.where.line = line;
    diagnostic.where.column = column;
    diagnostic.message = std::move(message);
    return diagnostic;
}


// Aliases let a small file expand into a huge tree ("billion laughs"), and
// an alias inside its own anchor would recurse for ever: both limits turn
// that into an error instead of a hang or a stack overflow.
constexpr int kMaxDepth = 200;
constexpr long kMaxNodes = 2'000'000;

struct Converter
{
    const std::string &file;
    long nodes = 0;

    SourcePosition position(const YAML::Mark &mark) const
    {
        return {file, mark.line + 1, mark.column + 1};
    }

    Value convert(const YAML::Node &node, int depth)
    {
        if (++nodes > kMaxNodes)
            throw std::runtime_error("the document expands to more than two million nodes (aliases?)");
        if (depth > kMaxDepth)
            throw std::runtime_error("the document nests deeper than 200 levels");
        Value v;
        v.at = position(node.Mark());
        v.tag = node.Tag();
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            v.kind = Value::Kind::Null;
            break;
        case YAML::NodeType::Scalar:
            v.kind = Value::Kind::Scalar;
            v.scalar = node.Scalar();
            break;
        case YAML::NodeType::Sequence:
            v.kind = Value::Kind::Sequence;
            for (const YAML::Node &item : node)
                v.items.push_back(convert(item, depth + 1));
            break;
        case YAML::NodeType::Map: {
            v.kind = Value::Kind::Map;
            std::vector<Value> merges;
            for (auto it = node.begin(); it != node.end(); ++it) {
                std::string key = it->first.IsScalar() ? it->first.Scalar() : std::string();
                if (key == "<<" && it->first.Tag() != "!") {
                    // YAML 1.1 merge key, which yaml-cpp 0.7 leaves to us.
                    Value merged = convert(it->second, depth + 1);
                    if (merged.isSequence()) {
                        for (Value &m : merged.items)
                            merges.push_back(std::move(m));
                    } else {
                        merges.push_back(std::move(merged));
                    }
                    continue;
                }
                Value child = convert(it->second, depth + 1);
                if (Value *existing = v.get(key))
                    *existing = std::move(child); // the last duplicate wins, as in most loaders
                else
                    v.entries.push_back({key, position(it->first.Mark()), std::move(child)});
            }
            // Explicit keys win over merged ones; earlier merge sources win over later ones.
            for (const Value &m : merges) {
                if (!m.isMap())
                    continue;
                for (const Value::Entry &e : m.entries)
                    if (!v.get(e.key))
                        v.entries.push_back(e);
            }
            break;
        }
        }
        return v;
    }
};

} // namespace

YamlDocuments loadYaml(const std::string &text, const std::string &file)
{
    YamlDocuments result;
    try {
        Converter converter{file};
        for (const YAML::Node &doc : YAML::LoadAll(text))
            result.documents.push_back(converter.convert(doc, 0));
    } catch (const YAML::Exception &e) {
        // yaml-cpp's mark is 0-based; a mark of -1 means "unknown".
        const int line = e.mark.line >= 0 ? e.mark.line + 1 : 0;
        const int column = e.mark.column >= 0 ? e.mark.column + 1 : 0;
        result.error = diagnosticAt(file, line, column, "invalid YAML: " + e.msg);
    } catch (const std::exception &e) {
        result.error = diagnosticAt(file, 1, 1, std::string("invalid YAML: ") + e.what());
    }
    return result;
}

void deepMerge(Value &into, const Value &from)
{
    if (into.isMap() && from.isMap()) {
        for (const Value::Entry &e : from.entries) {
            if (Value *existing = into.get(e.key))
                deepMerge(*existing, e.value);
            else
                into.entries.push_back(e);
        }
        return;
    }
    into = from;
}

namespace {
void flattenInto(const Value &value, std::vector<std::string> &out, int depth)
{
    if (depth > 10)
        return;
    if (value.isScalar())
        out.push_back(value.scalar);
    else if (value.isSequence())
        for (const Value &item : value.items)
            flattenInto(item, out, depth + 1);
}
} // namespace

const Value *firstMapping(const Value &value)
{
    if (value.isSequence()) {
        for (const Value &item : value.items) {
            if (const Value *found = firstMapping(item))
                return found;
        }
        return nullptr;
    }
    return value.isScalar() || value.isNull() ? nullptr : &value;
}

std::string mappingInListMessage(const std::string &what)
{
    return what + ": this entry is a mapping, not a command (quote a line that contains \": \")";
}

std::vector<std::string> stringList(const Value &value)
{
    std::vector<std::string> out;
    flattenInto(value, out, 0);
    return out;
}

std::optional<bool> asBool(const Value &value)
{
    if (!value.isScalar())
        return std::nullopt;
    std::string s = value.scalar;
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    if (s == "true" || s == "yes" || s == "on")
        return true;
    if (s == "false" || s == "no" || s == "off")
        return false;
    return std::nullopt;
}

std::optional<long long> asInt(const Value &value)
{
    if (!value.isScalar())
        return std::nullopt;
    long long n = 0;
    const std::string &s = value.scalar;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
    if (ec != std::errc() || ptr != s.data() + s.size())
        return std::nullopt;
    return n;
}

std::optional<long long> parseDuration(std::string_view text)
{
    long long total = 0;
    bool any = false;
    std::size_t i = 0;
    auto skipSpace = [&] {
        while (i < text.size() && (std::isspace(static_cast<unsigned char>(text[i])) || text[i] == ','))
            ++i;
    };
    skipSpace();
    while (i < text.size()) {
        std::size_t start = i;
        while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])))
            ++i;
        if (start == i)
            return std::nullopt;
        long long n = 0;
        std::from_chars(text.data() + start, text.data() + i, n);
        skipSpace();
        start = i;
        while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i])))
            ++i;
        std::string unit(text.substr(start, i - start));
        std::transform(unit.begin(), unit.end(), unit.begin(),
                       [](unsigned char c) { return std::tolower(c); });
        long long factor = 0;
        if (unit.empty() || unit == "s" || unit == "sec" || unit == "secs" || unit == "second"
            || unit == "seconds")
            factor = 1;
        else if (unit == "m" || unit == "min" || unit == "mins" || unit == "minute" || unit == "minutes")
            factor = 60;
        else if (unit == "h" || unit == "hr" || unit == "hrs" || unit == "hour" || unit == "hours")
            factor = 3600;
        else if (unit == "d" || unit == "day" || unit == "days")
            factor = 86400;
        else if (unit == "w" || unit == "wk" || unit == "week" || unit == "weeks")
            factor = 7 * 86400;
        else
            return std::nullopt;
        if (n > 1'000'000'000)
            return std::nullopt;
        total += n * factor;
        any = true;
        skipSpace();
    }
    if (!any)
        return std::nullopt;
    return total;
}

} // namespace OpsDeck::Pipelines::Internal
