// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/pipelines/pipelineplan.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace OpsDeck::Pipelines::Internal {

/// A YAML node copied out of yaml-cpp with its position, so merging (extends, include,
/// default:) can copy and replace parts freely and every part still says where it came from.
struct Value
{
    enum class Kind { Null, Scalar, Sequence, Map };
    struct Entry;

    Kind kind = Kind::Null;
    std::string scalar;
    std::string tag; ///< "!reference", "!" for a quoted scalar, "" or "?" otherwise
    std::vector<Value> items;
    std::vector<Entry> entries;
    SourcePosition at;

    bool isNull() const { return kind == Kind::Null; }
    bool isScalar() const { return kind == Kind::Scalar; }
    bool isSequence() const { return kind == Kind::Sequence; }
    bool isMap() const { return kind == Kind::Map; }
    bool isQuoted() const { return tag == "!"; }

    const Value *get(std::string_view key) const;
    Value *get(std::string_view key);
    const Entry *entry(std::string_view key) const;
    void set(const std::string &key, Value value, SourcePosition keyAt = {});
    void remove(std::string_view key);
};

struct Value::Entry
{
    std::string key;
    SourcePosition keyAt;
    Value value;
};

/// The documents of one YAML file, or the parser's error at file:line:column.
struct YamlDocuments
{
    std::vector<Value> documents;
    std::optional<Diagnostic> error;
};
YamlDocuments loadYaml(const std::string &text, const std::string &file);

/// GitLab's deep merge: maps merge key by key, anything else in \a from replaces.
void deepMerge(Value &into, const Value &from);

/// A scalar's text ("" for null); a sequence of scalars flattened (nested lists too).
std::vector<std::string> stringList(const Value &value);
/// The first entry of a (nested) list that is a mapping, which stringList() cannot take:
/// usually an unquoted script line holding ": ". Null when there is none.
const Value *firstMapping(const Value &value);
/// What to tell the author about such an entry.
std::string mappingInListMessage(const std::string &what);
std::optional<bool> asBool(const Value &value);
std::optional<long long> asInt(const Value &value);

/// "1h 30m", "90 minutes", "2d", "3600" (seconds) -> seconds; nothing when not a duration.
std::optional<long long> parseDuration(std::string_view text);

} // namespace OpsDeck::Pipelines::Internal
