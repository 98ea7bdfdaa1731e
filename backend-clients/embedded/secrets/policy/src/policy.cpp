// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/vault/policy.h"

#include "opsdeck/embedded/textposition.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <set>

namespace OpsDeck::Vault {

namespace {

using Json = nlohmann::json;

constexpr std::string_view kDoubleStar = "**";
constexpr std::string_view kAdminPolicy = "admin";

bool fail(std::string *error, std::string what)
{
    if (error)
        *error = std::move(what);
    return false;
}

std::string inQuotes(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    out.append(text);
    out += '"';
    return out;
}

bool hasControl(std::string_view text)
{
    return std::any_of(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 || u == 0x7f;
    });
}

/** Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF. */
bool isUtf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto b = static_cast<unsigned char>(text[i]);
        std::size_t extra = 0;
        std::uint32_t cp = 0;
        if (b < 0x80) {
            ++i;
            continue;
        } else if ((b & 0xe0u) == 0xc0u) {
            extra = 1;
            cp = b & 0x1fu;
        } else if ((b & 0xf0u) == 0xe0u) {
            extra = 2;
            cp = b & 0x0fu;
        } else if ((b & 0xf8u) == 0xf0u) {
            extra = 3;
            cp = b & 0x07u;
        } else {
            return false;
        }
        if (text.size() - i <= extra)
            return false;
        for (std::size_t k = 1; k <= extra; ++k) {
            const auto c = static_cast<unsigned char>(text[i + k]);
            if ((c & 0xc0u) != 0x80u)
                return false;
            cp = (cp << 6) | (c & 0x3fu);
        }
        static constexpr std::uint32_t kMin[] = {0, 0x80, 0x800, 0x10000};
        if (cp < kMin[extra] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        i += extra + 1;
    }
    return true;
}

/** Why \a text cannot be a name or pattern, or nothing. */
std::optional<std::string> textProblem(std::string_view text)
{
    if (!isUtf8(text))
        return "is not valid UTF-8";
    if (hasControl(text))
        return "has a control character";
    return std::nullopt;
}

std::vector<std::string_view> segmentsOf(std::string_view text)
{
    std::vector<std::string_view> out;
    if (text.empty())
        return out;
    std::size_t start = 0;
    while (true) {
        const std::size_t slash = text.find('/', start);
        out.push_back(text.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start));
        if (slash == std::string_view::npos)
            break;
        start = slash + 1;
    }
    return out;
}

/** Why \a text is not a '/'-separated list of non-empty segments, or nothing. */
std::optional<std::string> segmentProblem(std::string_view text)
{
    if (text.empty())
        return "is empty";
    if (auto why = textProblem(text))
        return why;
    if (text.front() == '/')
        return "starts with '/'";
    if (text.back() == '/')
        return "ends with '/'";
    if (text.find("//") != std::string_view::npos)
        return "has an empty segment";
    return std::nullopt;
}

/** Glob within one segment: '*' matches any run of characters (the segment holds no '/'). */
bool segmentMatches(std::string_view pattern, std::string_view text)
{
    std::size_t p = 0, t = 0;
    std::size_t starP = std::string_view::npos, starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == '*') {
            starP = p++;
            starT = t;
        } else if (p < pattern.size() && pattern[p] == text[t]) {
            ++p;
            ++t;
        } else if (starP != std::string_view::npos) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*')
        ++p;
    return p == pattern.size();
}

/** The rule as reasons show it: pattern, ": ", capabilities ("team/db-x: read, list"). */
std::string describeRule(const PolicyRule &rule)
{
    return rule.pattern + ": " + formatCapabilities(rule.capabilities);
}

/** A problem with a set: where it is in the file, and a message that stands on its own. */
struct Problem
{
    std::string field;   ///< "policies[1].rules[0].pattern"
    std::string message; ///< policy "x", rule 1: pattern "a//b" has an empty segment
};

std::string indexed(std::string_view list, std::size_t i)
{
    return std::string(list) + "[" + std::to_string(i) + "]";
}

/** \a what is "policy" or "identity". */
std::optional<Problem> nameProblem(std::string_view what, std::string_view name, const std::string &field)
{
    if (name.empty())
        return Problem{field, std::string(what == "identity" ? "an " : "a ") + std::string(what) + " needs a name"};
    if (auto why = textProblem(name))
        return Problem{field, std::string(what) + " name " + *why};
    return std::nullopt;
}

std::optional<Problem> checkPolicy(const Policy &policy, std::size_t index)
{
    const std::string where = indexed("policies", index);
    if (auto p = nameProblem("policy", policy.name, where + ".name"))
        return p;
    // Free text, several lines allowed: it only has to survive the JSON file.
    if (!isUtf8(policy.description))
        return Problem{where + ".description", "policy " + inQuotes(policy.name) + ": description is not valid UTF-8"};
    for (std::size_t r = 0; r < policy.rules.size(); ++r) {
        const PolicyRule &rule = policy.rules[r];
        const std::string field = where + "." + indexed("rules", r);
        const std::string named = "policy " + inQuotes(policy.name) + ", rule " + std::to_string(r + 1);
        std::string why;
        if (!checkPattern(rule.pattern, &why))
            return Problem{field + ".pattern", named + ": " + why};
        if (rule.capabilities.empty())
            return Problem{field + ".capabilities", named + ": no capabilities"};
    }
    return std::nullopt;
}

std::optional<Problem> checkSet(const std::vector<Identity> &identities, const std::vector<Policy> &policies)
{
    std::set<std::string_view> policyNames;
    for (std::size_t i = 0; i < policies.size(); ++i) {
        if (auto p = checkPolicy(policies[i], i))
            return p;
        if (!policyNames.insert(policies[i].name).second)
            return Problem{indexed("policies", i) + ".name", "duplicate policy " + inQuotes(policies[i].name)};
    }
    std::set<std::string_view> identityNames;
    for (std::size_t i = 0; i < identities.size(); ++i) {
        const Identity &id = identities[i];
        const std::string where = indexed("identities", i);
        if (auto p = nameProblem("identity", id.name, where + ".name"))
            return p;
        if (!identityNames.insert(id.name).second)
            return Problem{where + ".name", "duplicate identity " + inQuotes(id.name)};
        std::set<std::string_view> held;
        for (std::size_t k = 0; k < id.policies.size(); ++k) {
            const std::string &name = id.policies[k];
            const std::string field = where + "." + indexed("policies", k);
            if (!policyNames.count(name))
                return Problem{field, "identity " + inQuotes(id.name) + " names unknown policy " + inQuotes(name)};
            if (!held.insert(name).second)
                return Problem{field, "identity " + inQuotes(id.name) + " lists policy " + inQuotes(name) + " twice"};
        }
    }
    return std::nullopt;
}

template<typename T>
auto findNamed(std::vector<T> &list, std::string_view name)
{
    return std::find_if(list.begin(), list.end(), [name](const T &item) { return item.name == name; });
}

template<typename T>
auto findNamed(const std::vector<T> &list, std::string_view name)
{
    return std::find_if(list.begin(), list.end(), [name](const T &item) { return item.name == name; });
}

// --- serialization -------------------------------------------------------------

Json capabilitiesJson(Capabilities set)
{
    Json out = Json::array();
    for (const auto &name : capabilityNames(set))
        out.push_back(name);
    return out;
}

/** Reads one field, naming it in the error: "policies[0].rules[1].effect: expected ...". */
class FieldReader
{
public:
    explicit FieldReader(std::string *error) : m_error(error) {}
    bool ok() const { return m_ok; }

    /** Refuses any field of \a object not in \a known. */
    bool onlyKnown(const Json &object, const std::string &where, std::initializer_list<std::string_view> known)
    {
        if (!m_ok)
            return false;
        if (!object.is_object())
            return failAt(where, "expected an object"), false;
        for (const auto &item : object.items()) {
            if (std::find(known.begin(), known.end(), item.key()) == known.end())
                return failAt(path(where, item.key()), "unknown field"), false;
        }
        return true;
    }
    const Json *field(const Json &object, const char *name, const std::string &where, bool optional = false)
    {
        if (!m_ok)
            return nullptr;
        if (!object.is_object())
            return failAt(where, "expected an object");
        const auto it = object.find(name);
        if (it == object.end())
            return optional ? nullptr : failAt(path(where, name), "missing");
        return &*it;
    }
    std::string string(const Json &object, const char *name, const std::string &where, bool optional = false)
    {
        const Json *v = field(object, name, where, optional);
        if (v && !v->is_string()) {
            failAt(path(where, name), "expected a string");
            return {};
        }
        return v ? v->get<std::string>() : std::string();
    }
    bool boolean(const Json &object, const char *name, const std::string &where, bool optional = false)
    {
        const Json *v = field(object, name, where, optional);
        if (v && !v->is_boolean()) {
            failAt(path(where, name), "expected true or false");
            return false;
        }
        return v ? v->get<bool>() : false;
    }
    const Json *array(const Json &object, const char *name, const std::string &where)
    {
        const Json *v = field(object, name, where);
        if (v && !v->is_array())
            return failAt(path(where, name), "expected a list");
        return v;
    }
    std::nullptr_t failAt(const std::string &where, const std::string &what)
    {
        if (m_ok && m_error)
            *m_error = "policy file field " + where + ": " + what;
        m_ok = false;
        return nullptr;
    }

    static std::string path(const std::string &where, std::string_view name)
    {
        return where.empty() ? std::string(name) : where + "." + std::string(name);
    }

private:
    std::string *m_error;
    bool m_ok = true;
};

/**
 * Finds a key given twice in one object, which nlohmann would silently
 * resolve to the last one ("effect": "deny", ..., "effect": "allow").
 */
class DuplicateKeyFinder
{
public:
    bool operator()(int, Json::parse_event_t event, Json &parsed)
    {
        switch (event) {
        case Json::parse_event_t::object_start:
            m_frames.push_back(Frame{true, {}, 0, {}});
            break;
        case Json::parse_event_t::array_start:
            m_frames.push_back(Frame{false, {}, 0, {}});
            break;
        case Json::parse_event_t::key:
            if (!m_frames.empty() && parsed.is_string()) {
                Frame &top = m_frames.back();
                top.key = parsed.get<std::string>();
                if (!top.keys.insert(top.key).second && m_duplicate.empty())
                    m_duplicate = pathTo(m_frames.size());
            }
            break;
        case Json::parse_event_t::object_end:
        case Json::parse_event_t::array_end:
            if (!m_frames.empty())
                m_frames.pop_back();
            advance();
            break;
        case Json::parse_event_t::value:
            advance();
            break;
        }
        return true;
    }
    /** The path of the first repeated field, or empty. */
    const std::string &duplicate() const { return m_duplicate; }

private:
    struct Frame
    {
        bool object;
        std::string key;
        std::size_t index;
        std::set<std::string> keys;
    };
    void advance()
    {
        if (!m_frames.empty() && !m_frames.back().object)
            ++m_frames.back().index;
    }
    std::string pathTo(std::size_t depth) const
    {
        std::string out;
        for (std::size_t i = 0; i < depth; ++i) {
            const Frame &f = m_frames[i];
            if (f.object)
                out = FieldReader::path(out, f.key);
            else
                out += "[" + std::to_string(f.index) + "]";
        }
        return out;
    }

    std::vector<Frame> m_frames;
    std::string m_duplicate;
};

bool readCapabilities(FieldReader &r, const Json &rule, const std::string &where, Capabilities &out)
{
    const Json *list = r.array(rule, "capabilities", where);
    if (!r.ok())
        return false;
    const std::string field = where + ".capabilities";
    if (list->empty())
        return r.failAt(field, "expected at least one capability"), false;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const Json &item = (*list)[i];
        const std::string at = field + "[" + std::to_string(i) + "]";
        if (!item.is_string())
            return r.failAt(at, "expected a capability name"), false;
        const std::string name = item.get<std::string>();
        const auto c = capabilityFromName(name);
        if (!c)
            return r.failAt(at, "unknown capability " + inQuotes(name)), false;
        if (out.contains(*c))
            return r.failAt(at, "capability " + inQuotes(name) + " is listed twice"), false;
        out.insert(*c);
    }
    return true;
}

bool readPolicy(FieldReader &r, const Json &item, const std::string &where, Policy &policy)
{
    if (!r.onlyKnown(item, where, {"name", "description", "rules"}))
        return false;
    policy.name = r.string(item, "name", where);
    policy.description = r.string(item, "description", where, true);
    const Json *rules = r.array(item, "rules", where);
    if (!r.ok())
        return false;
    for (std::size_t i = 0; i < rules->size() && r.ok(); ++i) {
        const Json &json = (*rules)[i];
        const std::string at = where + ".rules[" + std::to_string(i) + "]";
        if (!r.onlyKnown(json, at, {"pattern", "capabilities", "effect"}))
            return false;
        PolicyRule rule;
        rule.pattern = r.string(json, "pattern", at);
        const std::string effect = r.string(json, "effect", at);
        if (!r.ok())
            return false;
        if (effect == effectName(Effect::Allow))
            rule.effect = Effect::Allow;
        else if (effect == effectName(Effect::Deny))
            rule.effect = Effect::Deny;
        else
            return r.failAt(at + ".effect", "expected \"allow\" or \"deny\", found " + inQuotes(effect)), false;
        if (!readCapabilities(r, json, at, rule.capabilities))
            return false;
        policy.rules.push_back(std::move(rule));
    }
    return r.ok();
}

bool readIdentity(FieldReader &r, const Json &item, const std::string &where, Identity &identity)
{
    if (!r.onlyKnown(item, where, {"name", "kind", "policies", "disabled"}))
        return false;
    identity.name = r.string(item, "name", where);
    const std::string kind = r.string(item, "kind", where);
    identity.disabled = r.boolean(item, "disabled", where, true);
    const Json *policies = r.array(item, "policies", where);
    if (!r.ok())
        return false;
    if (kind == identityKindName(IdentityKind::User))
        identity.kind = IdentityKind::User;
    else if (kind == identityKindName(IdentityKind::Application))
        identity.kind = IdentityKind::Application;
    else
        return r.failAt(where + ".kind", "expected \"user\" or \"application\", found " + inQuotes(kind)), false;
    for (std::size_t i = 0; i < policies->size(); ++i) {
        const Json &name = (*policies)[i];
        if (!name.is_string())
            return r.failAt(where + ".policies[" + std::to_string(i) + "]", "expected a policy name"), false;
        identity.policies.push_back(name.get<std::string>());
    }
    return true;
}

} // namespace

// --- capabilities ----------------------------------------------------------------

std::string_view capabilityName(Capability c)
{
    switch (c) {
    case Capability::Read:
        return "read";
    case Capability::List:
        return "list";
    case Capability::Create:
        return "create";
    case Capability::Update:
        return "update";
    case Capability::Delete:
        return "delete";
    case Capability::Rotate:
        return "rotate";
    case Capability::Admin:
        return "admin";
    }
    return "unknown";
}

std::optional<Capability> capabilityFromName(std::string_view name)
{
    for (const Capability c : kAllCapabilities) {
        if (capabilityName(c) == name)
            return c;
    }
    return std::nullopt;
}

bool parseCapabilities(std::string_view text, Capabilities &out, std::string *error)
{
    const auto trimmed = [](std::string_view t) {
        while (!t.empty() && t.front() == ' ')
            t.remove_prefix(1);
        while (!t.empty() && t.back() == ' ')
            t.remove_suffix(1);
        return t;
    };
    if (trimmed(text).empty())
        return fail(error, "no capabilities given");
    Capabilities result;
    std::string_view rest = text;
    while (true) {
        const std::size_t comma = rest.find(',');
        const std::string_view name = trimmed(rest.substr(0, comma));
        const auto c = capabilityFromName(name);
        if (!c)
            return fail(error, "unknown capability " + inQuotes(name)
                                   + " (expected read, list, create, update, delete, rotate or admin)");
        if (result.contains(*c))
            return fail(error, "capability " + inQuotes(name) + " is given twice");
        result.insert(*c);
        if (comma == std::string_view::npos)
            break;
        rest.remove_prefix(comma + 1);
    }
    out = result;
    return true;
}

std::vector<std::string> capabilityNames(Capabilities set)
{
    std::vector<std::string> out;
    for (const Capability c : kAllCapabilities) {
        if (set.contains(c))
            out.emplace_back(capabilityName(c));
    }
    return out;
}

std::string formatCapabilities(Capabilities set)
{
    std::string out;
    for (const auto &name : capabilityNames(set)) {
        if (!out.empty())
            out += ", ";
        out += name;
    }
    return out;
}

std::string_view effectName(Effect e)
{
    return e == Effect::Deny ? "deny" : "allow";
}

std::string_view identityKindName(IdentityKind k)
{
    return k == IdentityKind::Application ? "application" : "user";
}

// --- paths and patterns ------------------------------------------------------------

bool checkSecretPath(std::string_view path, std::string *error)
{
    if (auto why = segmentProblem(path))
        return fail(error, "path " + inQuotes(textProblem(path) ? std::string_view("?") : path) + " " + *why);
    return true;
}

bool checkPattern(std::string_view pattern, std::string *error)
{
    if (auto why = segmentProblem(pattern))
        return fail(error, "pattern " + inQuotes(textProblem(pattern) ? std::string_view("?") : pattern) + " " + *why);
    for (const auto segment : segmentsOf(pattern)) {
        if (segment != kDoubleStar && segment.find(kDoubleStar) != std::string_view::npos)
            return fail(error, "pattern " + inQuotes(pattern) + ": \"**\" must be a whole segment, not part of "
                                   + inQuotes(segment));
    }
    return true;
}

bool patternMatches(std::string_view pattern, std::string_view path)
{
    const auto pat = segmentsOf(pattern);
    const auto segs = segmentsOf(path);
    const std::size_t m = pat.size(), n = segs.size();
    // matches[i][j]: pattern segments from i cover path segments from j.
    // Bottom-up, so "**/**/**" costs m * n, never exponential.
    std::vector<std::vector<char>> matches(m + 1, std::vector<char>(n + 1, 0));
    matches[m][n] = 1;
    for (std::size_t i = m; i-- > 0;) {
        for (std::size_t j = n + 1; j-- > 0;) {
            if (pat[i] == kDoubleStar)
                matches[i][j] = matches[i + 1][j] || (j < n && matches[i][j + 1]);
            else
                matches[i][j] = j < n && matches[i + 1][j + 1] && segmentMatches(pat[i], segs[j]);
        }
    }
    return matches[0][0] != 0;
}

// --- the set -----------------------------------------------------------------------

const Identity *PolicySet::identity(std::string_view name) const
{
    const auto it = findNamed(m_identities, name);
    return it == m_identities.end() ? nullptr : &*it;
}

const Policy *PolicySet::policy(std::string_view name) const
{
    const auto it = findNamed(m_policies, name);
    return it == m_policies.end() ? nullptr : &*it;
}

namespace {

/** Keeps \a identities and \a policies as the new contents if they form a valid set. */
bool commit(std::vector<Identity> &identities, std::vector<Policy> &policies, std::vector<Identity> nextIdentities,
            std::vector<Policy> nextPolicies, std::string *error)
{
    if (const auto problem = checkSet(nextIdentities, nextPolicies))
        return fail(error, problem->message);
    identities = std::move(nextIdentities);
    policies = std::move(nextPolicies);
    return true;
}

} // namespace

bool PolicySet::addPolicy(Policy policy, std::string *error)
{
    if (this->policy(policy.name))
        return fail(error, "policy " + inQuotes(policy.name) + " already exists");
    auto next = m_policies;
    next.push_back(std::move(policy));
    return commit(m_identities, m_policies, m_identities, std::move(next), error);
}

bool PolicySet::replacePolicy(Policy policy, std::string *error)
{
    auto next = m_policies;
    const auto it = findNamed(next, policy.name);
    if (it == next.end())
        return fail(error, "no policy named " + inQuotes(policy.name));
    *it = std::move(policy);
    return commit(m_identities, m_policies, m_identities, std::move(next), error);
}

bool PolicySet::removePolicy(std::string_view name, std::string *error)
{
    const auto it = findNamed(m_policies, name);
    if (it == m_policies.end())
        return fail(error, "no policy named " + inQuotes(name));
    for (const auto &id : m_identities) {
        if (std::find(id.policies.begin(), id.policies.end(), name) != id.policies.end())
            return fail(error, "policy " + inQuotes(name) + " is still held by identity " + inQuotes(id.name));
    }
    m_policies.erase(it);
    return true;
}

bool PolicySet::addIdentity(Identity identity, std::string *error)
{
    if (this->identity(identity.name))
        return fail(error, "identity " + inQuotes(identity.name) + " already exists");
    auto next = m_identities;
    next.push_back(std::move(identity));
    return commit(m_identities, m_policies, std::move(next), m_policies, error);
}

bool PolicySet::replaceIdentity(Identity identity, std::string *error)
{
    auto next = m_identities;
    const auto it = findNamed(next, identity.name);
    if (it == next.end())
        return fail(error, "no identity named " + inQuotes(identity.name));
    *it = std::move(identity);
    return commit(m_identities, m_policies, std::move(next), m_policies, error);
}

bool PolicySet::removeIdentity(std::string_view name, std::string *error)
{
    const auto it = findNamed(m_identities, name);
    if (it == m_identities.end())
        return fail(error, "no identity named " + inQuotes(name));
    m_identities.erase(it);
    return true;
}

bool PolicySet::validate(std::string *error) const
{
    if (const auto problem = checkSet(m_identities, m_policies))
        return fail(error, problem->message);
    return true;
}

bool PolicySet::bootstrap(std::string_view ownerName, std::string *error)
{
    Policy admin;
    admin.name = std::string(kAdminPolicy);
    admin.description = "Everything, including identities and policies: the owner of the vault.";
    admin.rules.push_back(PolicyRule{std::string(kDoubleStar), Capabilities{Capability::Admin}, Effect::Allow});
    Identity owner;
    owner.name = std::string(ownerName);
    owner.kind = IdentityKind::User;
    owner.policies.push_back(admin.name);
    return commit(m_identities, m_policies, {std::move(owner)}, {std::move(admin)}, error);
}

namespace {

/** The decision for a valid path ("" is the vault root); \a target names it in the reason. */
Decision decideOn(const PolicySet &set, std::string_view name, Capability capability, std::string_view path,
                  const std::string &target)
{
    Decision d;
    const Identity *id = set.identity(name);
    if (!id) {
        d.reason = "unknown identity " + inQuotes(name);
        return d;
    }
    if (id->disabled) {
        d.reason = "identity " + inQuotes(name) + " is disabled";
        return d;
    }
    const PolicyRule *allowRule = nullptr;
    const Policy *allowPolicy = nullptr;
    std::size_t allowIndex = 0;
    for (const auto &policyName : id->policies) {
        const Policy *policy = set.policy(policyName);
        if (!policy)
            continue; // a valid set has none; deny rather than trust a broken one
        for (std::size_t i = 0; i < policy->rules.size(); ++i) {
            const PolicyRule &rule = policy->rules[i];
            if (!rule.capabilities.covers(capability) || !patternMatches(rule.pattern, path))
                continue;
            if (rule.effect == Effect::Deny) {
                d.policy = policy->name;
                d.rule = i + 1;
                d.reason = "denied by policy " + inQuotes(policy->name) + ", rule " + std::to_string(i + 1) + " ("
                           + describeRule(rule) + ")";
                return d; // deny wins: no need to look further
            }
            if (!allowRule) {
                allowRule = &rule;
                allowPolicy = policy;
                allowIndex = i + 1;
            }
        }
    }
    if (allowRule) {
        d.allowed = true;
        d.policy = allowPolicy->name;
        d.rule = allowIndex;
        d.reason = "allowed by policy " + inQuotes(allowPolicy->name) + ", rule " + std::to_string(allowIndex) + " ("
                   + describeRule(*allowRule) + ")";
        return d;
    }
    d.reason = "no policy of " + inQuotes(name) + " grants " + std::string(capabilityName(capability)) + " on "
               + target;
    return d;
}

} // namespace

Decision PolicySet::decide(std::string_view name, Capability capability, std::string_view path) const
{
    std::string why;
    if (!checkSecretPath(path, &why)) {
        Decision d;
        d.reason = "denied: " + why;
        return d;
    }
    return decideOn(*this, name, capability, path, inQuotes(path));
}

Decision PolicySet::decideManage(std::string_view name) const
{
    // Only a "**" segment matches zero segments, so only "**" (or "**/**")
    // covers the empty path that stands for the vault root.
    return decideOn(*this, name, Capability::Admin, std::string_view(), "the vault root (identities and policies)");
}

std::vector<std::string> PolicySet::filterListable(std::string_view name, const std::vector<std::string> &paths) const
{
    std::vector<std::string> out;
    for (const auto &path : paths) {
        if (decide(name, Capability::List, path).allowed || decide(name, Capability::Read, path).allowed)
            out.push_back(path);
    }
    return out;
}

// --- the file ----------------------------------------------------------------------

std::string serializePolicies(const PolicySet &set)
{
    Json identities = Json::array();
    for (const auto &id : set.identities()) {
        identities.push_back({{"name", id.name},
                              {"kind", std::string(identityKindName(id.kind))},
                              {"policies", id.policies},
                              {"disabled", id.disabled}});
    }
    Json policies = Json::array();
    for (const auto &policy : set.policies()) {
        Json rules = Json::array();
        for (const auto &rule : policy.rules) {
            rules.push_back({{"pattern", rule.pattern},
                             {"capabilities", capabilitiesJson(rule.capabilities)},
                             {"effect", std::string(effectName(rule.effect))}});
        }
        policies.push_back({{"name", policy.name}, {"description", policy.description}, {"rules", std::move(rules)}});
    }
    const Json outer{{"format", std::string(kPolicyFileFormat)},
                     {"version", kPolicyFileVersion},
                     {"identities", std::move(identities)},
                     {"policies", std::move(policies)}};
    // A valid set holds only UTF-8; "replace" keeps a broken one from throwing.
    return outer.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

bool parsePolicies(std::string_view text, PolicySet &set, std::string *error)
{
    set = PolicySet{};
    Json outer;
    DuplicateKeyFinder duplicates;
    try {
        outer = Json::parse(text.begin(), text.end(), std::ref(duplicates));
    } catch (const Json::parse_error &e) {
        const std::size_t at = e.byte > 0 ? e.byte - 1 : 0;
        return fail(error, "policy file " + Embedded::textPosition(text, at) + ": not valid JSON");
    } catch (const Json::out_of_range &) {
        return fail(error, "policy file: not valid JSON (a number is out of range)");
    } catch (const Json::exception &) {
        return fail(error, "policy file: not valid JSON");
    }
    if (!duplicates.duplicate().empty())
        return fail(error, "policy file field " + duplicates.duplicate() + ": given twice");

    FieldReader r(error);
    if (!r.onlyKnown(outer, "", {"format", "version", "identities", "policies"}))
        return false;
    if (r.string(outer, "format", "") != kPolicyFileFormat && r.ok())
        return r.failAt("format", "expected " + inQuotes(kPolicyFileFormat)), false;
    const Json *version = r.field(outer, "version", "");
    if (!r.ok())
        return false;
    if (!version->is_number_unsigned())
        return r.failAt("version", "expected a whole number"), false;
    if (version->get<std::uint64_t>() != std::uint64_t(kPolicyFileVersion))
        return r.failAt("version", "version " + std::to_string(version->get<std::uint64_t>())
                                       + " is not supported (this build reads " + std::to_string(kPolicyFileVersion)
                                       + ")"),
               false;
    const Json *identities = r.array(outer, "identities", "");
    const Json *policies = r.array(outer, "policies", "");
    if (!r.ok())
        return false;

    std::vector<Policy> readPolicies;
    for (std::size_t i = 0; i < policies->size(); ++i) {
        Policy policy;
        if (!readPolicy(r, (*policies)[i], indexed("policies", i), policy))
            return false;
        readPolicies.push_back(std::move(policy));
    }
    std::vector<Identity> readIdentities;
    for (std::size_t i = 0; i < identities->size(); ++i) {
        Identity identity;
        if (!readIdentity(r, (*identities)[i], indexed("identities", i), identity))
            return false;
        readIdentities.push_back(std::move(identity));
    }
    if (const auto problem = checkSet(readIdentities, readPolicies))
        return r.failAt(problem->field, problem->message), false;
    set.m_identities = std::move(readIdentities);
    set.m_policies = std::move(readPolicies);
    return true;
}

} // namespace OpsDeck::Vault
