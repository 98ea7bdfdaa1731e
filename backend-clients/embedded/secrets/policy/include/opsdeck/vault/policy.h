// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * Who may do what to which secret (docs/vault-policy.md).
 *
 * An identity (a user or an application) holds named policies; a policy is
 * a list of rules, each a path pattern, a set of capabilities and an effect.
 * The decision is deny by default, a matching deny rule beats any allow
 * rule, and `admin` implies every other capability on the paths it covers
 * (on the vault root pattern `**` it also lets the holder manage identities
 * and policies). Every decision carries a one-line reason naming the policy
 * and rule that decided, for the "can X do Y on Z?" checker.
 *
 * Plain C++ (no Qt, no IO): text in, text out, so it can be fuzzed and a second
 * implementation can be checked against it.
 */

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace OpsDeck::Vault {

inline constexpr std::string_view kPolicyFileFormat = "opsdeck-vault-policies";
inline constexpr int kPolicyFileVersion = 1;

/** One thing an identity may do; the values are the bits of Capabilities. */
enum class Capability : std::uint8_t {
    Read = 1u << 0,   ///< the value of a secret
    List = 1u << 1,   ///< that a secret exists, and its metadata
    Create = 1u << 2,
    Update = 1u << 3, ///< a new version of an existing secret
    Delete = 1u << 4,
    Rotate = 1u << 5, ///< re-wrap or regenerate
    Admin = 1u << 6,  ///< all of the above; on `**` also identities and policies
};

/** Every capability, in the canonical order used for names and files. */
inline constexpr Capability kAllCapabilities[] = {Capability::Read,   Capability::List,   Capability::Create,
                                                  Capability::Update, Capability::Delete, Capability::Rotate,
                                                  Capability::Admin};

/** A set of capabilities, as written in a rule. */
class Capabilities
{
public:
    constexpr Capabilities() = default;
    constexpr Capabilities(std::initializer_list<Capability> list)
    {
        for (const Capability c : list)
            m_bits |= static_cast<std::uint8_t>(c);
    }
    static constexpr Capabilities fromBits(std::uint8_t bits)
    {
        Capabilities out;
        out.m_bits = bits & 0x7fu;
        return out;
    }

    constexpr std::uint8_t bits() const { return m_bits; }
    constexpr bool empty() const { return m_bits == 0; }
    /** Whether \a c is in the set as written (admin does not count). */
    constexpr bool contains(Capability c) const { return (m_bits & static_cast<std::uint8_t>(c)) != 0; }
    /** Whether the set gives \a c: it contains \a c or admin. */
    constexpr bool covers(Capability c) const { return contains(c) || contains(Capability::Admin); }
    constexpr void insert(Capability c) { m_bits |= static_cast<std::uint8_t>(c); }
    constexpr void remove(Capability c) { m_bits &= static_cast<std::uint8_t>(~static_cast<std::uint8_t>(c)); }

    friend constexpr bool operator==(Capabilities, Capabilities) = default;

private:
    std::uint8_t m_bits = 0;
};

/** "read", "list", ..., "admin". */
std::string_view capabilityName(Capability c);

/** The capability called \a name (case-sensitive), or nothing. */
std::optional<Capability> capabilityFromName(std::string_view name);

/**
 * Reads a list of names such as "read, list" or "read,update" (commas,
 * optional spaces). An unknown name is an error naming it; so is an empty
 * list or a name given twice.
 */
bool parseCapabilities(std::string_view text, Capabilities &out, std::string *error);

/** The names in canonical order: {"read", "list"}. */
std::vector<std::string> capabilityNames(Capabilities set);

/** The names in canonical order joined by ", ": "read, list"; parseCapabilities() reads it back. */
std::string formatCapabilities(Capabilities set);

enum class Effect : std::uint8_t { Allow, Deny };
enum class IdentityKind : std::uint8_t { User, Application };

std::string_view effectName(Effect e);              ///< "allow" | "deny"
std::string_view identityKindName(IdentityKind k);  ///< "user" | "application"

/** Someone or something that asks the vault: a person, or a service such as "payment-service". */
struct Identity
{
    std::string name;
    IdentityKind kind = IdentityKind::User;
    std::vector<std::string> policies; ///< names of policies in the same PolicySet
    bool disabled = false;             ///< denied everything while set

    friend bool operator==(const Identity &, const Identity &) = default;
};

struct PolicyRule
{
    std::string pattern;        ///< see patternMatches()
    Capabilities capabilities;  ///< not empty
    Effect effect = Effect::Allow;

    friend bool operator==(const PolicyRule &, const PolicyRule &) = default;
};

struct Policy
{
    std::string name;
    std::string description;
    std::vector<PolicyRule> rules; ///< reasons number them from 1

    friend bool operator==(const Policy &, const Policy &) = default;
};

/** The answer to "can X do Y on Z?". */
struct Decision
{
    bool allowed = false;
    std::string reason;      ///< one line, e.g. allowed by policy "payments-read", rule 1 (payments/**: read)
    std::string policy;      ///< the policy whose rule decided; empty when no rule did
    std::size_t rule = 0;    ///< that rule, counted from 1; 0 when no rule decided
};

/**
 * Checks a secret path such as "team/app/name": segments separated by '/',
 * none empty, no control characters.
 */
bool checkSecretPath(std::string_view path, std::string *error);

/**
 * Checks a path pattern: segments separated by '/', none empty, no leading
 * or trailing '/', no control characters, and a segment holding "**" is
 * exactly "**". The error says what is wrong ("empty segment", ...).
 */
bool checkPattern(std::string_view pattern, std::string *error);

/**
 * Whether \a pattern (valid per checkPattern()) covers \a path. A literal
 * segment matches itself (case-sensitive); '*' inside a segment matches any
 * run of characters except '/' ("db-*" matches "db-main"); a "**" segment
 * matches zero or more whole segments ("payments" then a "**" segment
 * covers "payments", "payments/x" and "payments/a/b"; "**" alone covers
 * everything, including the empty path that stands for the vault root).
 */
bool patternMatches(std::string_view pattern, std::string_view path);

/**
 * The identities and policies of one vault. Every change is checked as a
 * whole before it is kept: names are unique, not empty and free of control
 * characters, every rule has a valid pattern and at least one capability,
 * and every policy an identity names exists. A refused change leaves the
 * set as it was, and its error names what was wrong.
 */
class PolicySet
{
public:
    const std::vector<Identity> &identities() const { return m_identities; }
    const std::vector<Policy> &policies() const { return m_policies; }
    const Identity *identity(std::string_view name) const;
    const Policy *policy(std::string_view name) const;

    bool addPolicy(Policy policy, std::string *error);
    /** Replaces the policy with the same name. */
    bool replacePolicy(Policy policy, std::string *error);
    /** Refused while an identity still holds it (the error names the identity). */
    bool removePolicy(std::string_view name, std::string *error);

    bool addIdentity(Identity identity, std::string *error);
    /** Replaces the identity with the same name. */
    bool replaceIdentity(Identity identity, std::string *error);
    bool removeIdentity(std::string_view name, std::string *error);

    /** Checks the whole set; true for every set built through the functions above. */
    bool validate(std::string *error) const;

    /**
     * The state of a new vault: policy "admin" with the single rule
     * `** -> admin`, and \a ownerName as a user identity holding it (the
     * local user is admin of a vault they created). Replaces the contents.
     */
    bool bootstrap(std::string_view ownerName, std::string *error);

    /**
     * Can identity \a name do \a capability on secret \a path? Unknown and
     * disabled identities and invalid paths are denied, each with its own
     * reason.
     */
    Decision decide(std::string_view name, Capability capability, std::string_view path) const;

    /** May identity \a name manage identities and policies: admin on the vault root, granted by a `**` rule. */
    Decision decideManage(std::string_view name) const;

    /** Those of \a paths that identity \a name may list or read, in the given order. */
    std::vector<std::string> filterListable(std::string_view name, const std::vector<std::string> &paths) const;

    friend bool operator==(const PolicySet &, const PolicySet &) = default;

private:
    std::vector<Identity> m_identities;
    std::vector<Policy> m_policies;

    friend bool parsePolicies(std::string_view text, PolicySet &set, std::string *error);
};

/**
 * The set as text: JSON, keys sorted, 2-space indent, a trailing newline;
 * identities, policies and rules in their order in the set.
 */
std::string serializePolicies(const PolicySet &set);

/**
 * Reads policy file text into \a set (left empty on failure). Every error
 * names the field ("policies[1].rules[0].pattern: ...") or, for malformed
 * JSON, the line and column; unknown and repeated fields are refused.
 */
bool parsePolicies(std::string_view text, PolicySet &set, std::string *error);

} // namespace OpsDeck::Vault
