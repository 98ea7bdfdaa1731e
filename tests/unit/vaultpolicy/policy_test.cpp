// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// The access decision the vault, the GUI checker and opsctl rely on: default
// deny, deny wins, admin implies all, and a reason that names the deciding
// policy and rule. Then the policy file: byte-identical round trips and
// errors that name the field, never a crash.
#include "opsdeck/vault/policy.h"

#include <gtest/gtest.h>

#include <cstring>

using namespace OpsDeck::Vault;

namespace {

bool contains(const std::string &text, std::string_view part)
{
    return text.find(part) != std::string::npos;
}

PolicyRule allow(std::string pattern, Capabilities caps)
{
    return PolicyRule{std::move(pattern), caps, Effect::Allow};
}

PolicyRule deny(std::string pattern, Capabilities caps)
{
    return PolicyRule{std::move(pattern), caps, Effect::Deny};
}

/** The seed's example: payment-service may read its two secrets and nothing else. */
PolicySet seedExample()
{
    PolicySet set;
    std::string error;
    EXPECT_TRUE(set.bootstrap("alice", &error)) << error;
    EXPECT_TRUE(set.addPolicy(Policy{"payments-read",
                                     "What the payment service needs at start-up.",
                                     {allow("payments/payment-api-key", {Capability::Read}),
                                      allow("payments/stripe-secret", {Capability::Read})}},
                              &error))
        << error;
    EXPECT_TRUE(
        set.addIdentity(Identity{"payment-service", IdentityKind::Application, {"payments-read"}, false}, &error))
        << error;
    return set;
}

/** A set with one identity "probe" holding one policy "p" made of \a rules. */
PolicySet withRules(std::vector<PolicyRule> rules)
{
    PolicySet set;
    std::string error;
    EXPECT_TRUE(set.addPolicy(Policy{"p", "", std::move(rules)}, &error)) << error;
    EXPECT_TRUE(set.addIdentity(Identity{"probe", IdentityKind::User, {"p"}, false}, &error)) << error;
    return set;
}

} // namespace

// --- the seed's example --------------------------------------------------------------

TEST(VaultPolicy, SeedExamplePaymentServiceReadsOnlyItsOwnSecrets)
{
    const PolicySet set = seedExample();
    struct Row
    {
        Capability capability;
        const char *path;
        bool allowed;
        const char *reason;
    };
    const Row rows[] = {
        {Capability::Read, "payments/payment-api-key", true,
         "allowed by policy \"payments-read\", rule 1 (payments/payment-api-key: read)"},
        {Capability::Read, "payments/stripe-secret", true,
         "allowed by policy \"payments-read\", rule 2 (payments/stripe-secret: read)"},
        {Capability::Read, "infra/database-password", false,
         "no policy of \"payment-service\" grants read on \"infra/database-password\""},
        {Capability::Read, "infra/ssh-keys", false,
         "no policy of \"payment-service\" grants read on \"infra/ssh-keys\""},
        {Capability::Update, "payments/payment-api-key", false,
         "no policy of \"payment-service\" grants update on \"payments/payment-api-key\""},
        {Capability::Update, "payments/stripe-secret", false,
         "no policy of \"payment-service\" grants update on \"payments/stripe-secret\""},
        {Capability::Delete, "payments/stripe-secret", false,
         "no policy of \"payment-service\" grants delete on \"payments/stripe-secret\""},
        {Capability::List, "payments/stripe-secret", false,
         "no policy of \"payment-service\" grants list on \"payments/stripe-secret\""},
        {Capability::Read, "payments/other", false,
         "no policy of \"payment-service\" grants read on \"payments/other\""},
    };
    for (const Row &row : rows) {
        const Decision d = set.decide("payment-service", row.capability, row.path);
        EXPECT_EQ(d.allowed, row.allowed) << capabilityName(row.capability) << " " << row.path;
        EXPECT_EQ(d.reason, row.reason) << capabilityName(row.capability) << " " << row.path;
        if (row.allowed) {
            EXPECT_EQ(d.policy, "payments-read");
            EXPECT_GE(d.rule, 1u);
        } else {
            EXPECT_TRUE(d.policy.empty());
            EXPECT_EQ(d.rule, 0u);
        }
    }
    // The owner made by bootstrap can do all of it.
    for (const Row &row : rows) {
        const Decision d = set.decide("alice", row.capability, row.path);
        EXPECT_TRUE(d.allowed) << row.path;
        EXPECT_EQ(d.reason, "allowed by policy \"admin\", rule 1 (**: admin)");
    }
}

// --- patterns ------------------------------------------------------------------------

TEST(VaultPolicy, PatternMatchingTable)
{
    struct Row
    {
        const char *pattern;
        const char *path;
        bool matches;
    };
    const Row rows[] = {
        // literal
        {"payments/payment-api-key", "payments/payment-api-key", true},
        {"payments/payment-api-key", "payments/payment-api-key2", false},
        {"payments/payment-api-key", "payments", false},
        {"payments", "payments/payment-api-key", false},
        // case-sensitive
        {"payments/key", "Payments/key", false},
        {"payments/KEY", "payments/key", false},
        {"db-*", "DB-main", false},
        // '*' inside one segment, never across '/'
        {"*", "anything", true},
        {"*", "a/b", false},
        {"payments/*", "payments/x", true},
        {"payments/*", "payments/a/b", false},
        {"payments/*", "payments", false},
        {"infra/db-*", "infra/db-main", true},
        {"infra/db-*", "infra/db-", true},
        {"infra/db-*", "infra/db", false},
        {"infra/db-*", "infra/web-main", false},
        {"infra/db-*", "infra/db-main/replica", false},
        {"*-key", "payment-api-key", true},
        {"*-key", "payment-api-keys", false},
        {"a*b*c", "aXXbYYc", true},
        {"a*b*c", "aXXcYYb", false},
        {"*/*/name", "team/app/name", true},
        {"*/*/name", "team/name", false},
        // "**" at the end: zero or more whole segments
        {"payments/**", "payments/x", true},
        {"payments/**", "payments/a/b", true},
        {"payments/**", "payments", true},
        {"payments/**", "paymentsx/a", false},
        {"payments/**", "infra/payments/a", false},
        // "**" at the start
        {"**/ssh-keys", "ssh-keys", true},
        {"**/ssh-keys", "infra/ssh-keys", true},
        {"**/ssh-keys", "team/infra/ssh-keys", true},
        {"**/ssh-keys", "infra/ssh-keys/old", false},
        // "**" in the middle
        {"team/**/name", "team/name", true},
        {"team/**/name", "team/app/name", true},
        {"team/**/name", "team/a/b/c/name", true},
        {"team/**/name", "team/app/other", false},
        {"team/**/db-*", "team/x/y/db-main", true},
        // "**" alone covers everything
        {"**", "x", true},
        {"**", "a/b/c/d", true},
        {"**/**", "a/b", true},
    };
    for (const Row &row : rows) {
        std::string error;
        ASSERT_TRUE(checkPattern(row.pattern, &error)) << row.pattern << ": " << error;
        ASSERT_TRUE(checkSecretPath(row.path, &error)) << row.path << ": " << error;
        EXPECT_EQ(patternMatches(row.pattern, row.path), row.matches) << row.pattern << " vs " << row.path;
    }
}

TEST(VaultPolicy, ManyDoubleStarsStayFast)
{
    std::string pattern = "**";
    std::string path = "s";
    for (int i = 0; i < 200; ++i) {
        pattern += "/**";
        path += "/s";
    }
    EXPECT_FALSE(patternMatches(pattern + "/missing", path));
    EXPECT_TRUE(patternMatches(pattern + "/s", path));
    std::string glob;
    for (int i = 0; i < 500; ++i)
        glob += "a*";
    EXPECT_FALSE(patternMatches(glob + "b", std::string(5000, 'a')));
    EXPECT_TRUE(patternMatches(glob + "b", std::string(5000, 'a') + "b"));
}

TEST(VaultPolicy, MalformedPatternsAreRefusedNamingTheRule)
{
    const std::pair<const char *, const char *> bad[] = {
        {"", "is empty"},
        {"/payments", "starts with '/'"},
        {"payments/", "ends with '/'"},
        {"payments//key", "empty segment"},
        {"payments/**x", "\"**\" must be a whole segment"},
        {"x**/y", "\"**\" must be a whole segment"},
        {"a/***", "\"**\" must be a whole segment"},
        {"a/b\nc", "control character"},
        {"a/\xff", "UTF-8"},
    };
    for (const auto &[pattern, why] : bad) {
        std::string error;
        EXPECT_FALSE(checkPattern(pattern, &error)) << pattern;
        EXPECT_TRUE(contains(error, why)) << pattern << ": " << error;

        PolicySet set;
        const Policy ops{"ops", "", {allow("ok/**", {Capability::Read}), allow(pattern, {Capability::Read})}};
        EXPECT_FALSE(set.addPolicy(ops, &error)) << pattern;
        EXPECT_TRUE(contains(error, "policy \"ops\", rule 2: pattern")) << error;
        EXPECT_TRUE(contains(error, why)) << error;
        EXPECT_TRUE(set.policies().empty()) << "a refused change leaves the set as it was";
    }
    std::string error;
    EXPECT_FALSE(checkSecretPath("a//b", &error));
    EXPECT_TRUE(contains(error, "empty segment")) << error;
    const PolicySet set = withRules({allow("**", {Capability::Read})});
    const Decision d = set.decide("probe", Capability::Read, "/etc/passwd");
    EXPECT_FALSE(d.allowed) << "an invalid path is denied even under **";
    EXPECT_TRUE(contains(d.reason, "starts with '/'")) << d.reason;
    EXPECT_FALSE(set.decide("probe", Capability::Read, "").allowed);
}

// --- decisions -----------------------------------------------------------------------

TEST(VaultPolicy, DenyWinsOverAllowWhateverTheOrder)
{
    PolicySet set;
    std::string error;
    const Policy infraAll{"infra-all", "", {allow("infra/**", {Capability::Read, Capability::Update})}};
    const Policy noSsh{"no-ssh", "", {allow("infra/web", {Capability::List}), deny("**/ssh-keys", {Capability::Read})}};
    ASSERT_TRUE(set.addPolicy(infraAll, &error)) << error;
    ASSERT_TRUE(set.addPolicy(noSsh, &error)) << error;
    // The same two policies, held in both orders.
    ASSERT_TRUE(set.addIdentity(Identity{"bob", IdentityKind::User, {"infra-all", "no-ssh"}, false}, &error))
        << error;
    ASSERT_TRUE(set.addIdentity(Identity{"carol", IdentityKind::User, {"no-ssh", "infra-all"}, false}, &error))
        << error;

    for (const char *who : {"bob", "carol"}) {
        const Decision d = set.decide(who, Capability::Read, "infra/ssh-keys");
        EXPECT_FALSE(d.allowed) << who;
        EXPECT_EQ(d.reason, "denied by policy \"no-ssh\", rule 2 (**/ssh-keys: read)") << who;
        EXPECT_EQ(d.policy, "no-ssh");
        EXPECT_EQ(d.rule, 2u);
        // The deny covers read only: update stays allowed.
        const Decision u = set.decide(who, Capability::Update, "infra/ssh-keys");
        EXPECT_TRUE(u.allowed) << who;
        EXPECT_EQ(u.reason, "allowed by policy \"infra-all\", rule 1 (infra/**: read, update)");
        EXPECT_TRUE(set.decide(who, Capability::Read, "infra/database-password").allowed) << who;
    }

    // A deny of admin denies every capability; an allow of admin in the same policy does not help.
    const PolicySet locked = withRules({allow("**", {Capability::Admin}), deny("vault/**", {Capability::Admin})});
    for (const Capability c : kAllCapabilities) {
        const Decision d = locked.decide("probe", c, "vault/root-key");
        EXPECT_FALSE(d.allowed) << capabilityName(c);
        EXPECT_EQ(d.reason, "denied by policy \"p\", rule 2 (vault/**: admin)");
        EXPECT_TRUE(locked.decide("probe", c, "other/x").allowed) << capabilityName(c);
    }
}

TEST(VaultPolicy, AdminImpliesEveryCapabilityOnlyWhereItApplies)
{
    const PolicySet set = withRules({allow("team-a/**", {Capability::Admin}), allow("shared/*", {Capability::List})});
    for (const Capability c : kAllCapabilities) {
        const Decision d = set.decide("probe", c, "team-a/app/db");
        EXPECT_TRUE(d.allowed) << capabilityName(c);
        EXPECT_EQ(d.reason, "allowed by policy \"p\", rule 1 (team-a/**: admin)");
        EXPECT_FALSE(set.decide("probe", c, "team-b/app/db").allowed) << capabilityName(c);
    }
    EXPECT_TRUE(set.decide("probe", Capability::List, "shared/x").allowed);
    EXPECT_FALSE(set.decide("probe", Capability::Read, "shared/x").allowed) << "list does not imply read";
    EXPECT_FALSE(set.decide("probe", Capability::Admin, "shared/x").allowed);
    // Admin below the root does not manage identities and policies.
    const Decision manage = set.decideManage("probe");
    EXPECT_FALSE(manage.allowed);
    EXPECT_EQ(manage.reason, "no policy of \"probe\" grants admin on the vault root (identities and policies)");
}

TEST(VaultPolicy, DefaultIsDeny)
{
    PolicySet set;
    std::string error;
    ASSERT_TRUE(set.addIdentity(Identity{"nobody", IdentityKind::Application, {}, false}, &error)) << error;
    for (const Capability c : kAllCapabilities) {
        const Decision d = set.decide("nobody", c, "any/thing");
        EXPECT_FALSE(d.allowed);
        EXPECT_EQ(d.reason, "no policy of \"nobody\" grants " + std::string(capabilityName(c)) + " on \"any/thing\"");
    }
    EXPECT_FALSE(set.decideManage("nobody").allowed);
}

TEST(VaultPolicy, DisabledAndUnknownIdentitiesAreDeniedEverything)
{
    PolicySet set;
    std::string error;
    ASSERT_TRUE(set.bootstrap("alice", &error)) << error;
    ASSERT_TRUE(set.addIdentity(Identity{"bob", IdentityKind::User, {"admin"}, true}, &error)) << error;
    for (const Capability c : kAllCapabilities) {
        const Decision d = set.decide("bob", c, "payments/x");
        EXPECT_FALSE(d.allowed);
        EXPECT_EQ(d.reason, "identity \"bob\" is disabled");
        const Decision e = set.decide("eve", c, "payments/x");
        EXPECT_FALSE(e.allowed);
        EXPECT_EQ(e.reason, "unknown identity \"eve\"");
    }
    EXPECT_EQ(set.decideManage("bob").reason, "identity \"bob\" is disabled");
    EXPECT_EQ(set.decideManage("eve").reason, "unknown identity \"eve\"");
    EXPECT_FALSE(set.decideManage("eve").allowed);
    EXPECT_TRUE(set.filterListable("bob", {"payments/x"}).empty());

    // Enabling bob again gives him back what his policy says.
    Identity bob = *set.identity("bob");
    bob.disabled = false;
    ASSERT_TRUE(set.replaceIdentity(bob, &error)) << error;
    EXPECT_TRUE(set.decide("bob", Capability::Delete, "payments/x").allowed);
}

TEST(VaultPolicy, BootstrapMakesTheOwnerAdminOfEverything)
{
    PolicySet set;
    std::string error;
    ASSERT_TRUE(set.addIdentity(Identity{"leftover", IdentityKind::User, {}, false}, &error)) << error;
    ASSERT_TRUE(set.bootstrap("alice", &error)) << error;
    ASSERT_EQ(set.policies().size(), 1u);
    const Policy &admin = set.policies().front();
    EXPECT_EQ(admin.name, "admin");
    ASSERT_EQ(admin.rules.size(), 1u);
    EXPECT_EQ(admin.rules[0].pattern, "**");
    EXPECT_EQ(admin.rules[0].capabilities, Capabilities{Capability::Admin});
    EXPECT_EQ(admin.rules[0].effect, Effect::Allow);
    ASSERT_EQ(set.identities().size(), 1u) << "bootstrap replaces the contents";
    const Identity &alice = set.identities().front();
    EXPECT_EQ(alice.name, "alice");
    EXPECT_EQ(alice.kind, IdentityKind::User);
    EXPECT_EQ(alice.policies, std::vector<std::string>{"admin"});
    EXPECT_FALSE(alice.disabled);

    const Decision manage = set.decideManage("alice");
    EXPECT_TRUE(manage.allowed);
    EXPECT_EQ(manage.reason, "allowed by policy \"admin\", rule 1 (**: admin)");
    for (const Capability c : kAllCapabilities)
        EXPECT_TRUE(set.decide("alice", c, "a/b/c").allowed) << capabilityName(c);

    PolicySet empty;
    EXPECT_FALSE(empty.bootstrap("", &error));
    EXPECT_TRUE(contains(error, "needs a name")) << error;
    EXPECT_TRUE(empty.identities().empty());
}

TEST(VaultPolicy, ListFilterKeepsWhatMayBeListedOrRead)
{
    const PolicySet set = withRules({allow("payments/*", {Capability::List}), allow("infra/db-*", {Capability::Read}),
                                     deny("payments/secret-*", {Capability::List}),
                                     allow("logs/**", {Capability::Update})});
    const std::vector<std::string> paths = {"payments/a", "infra/db-main", "infra/ssh-keys", "payments/secret-x",
                                            "logs/app", "payments/a/b", "bad//path"};
    EXPECT_EQ(set.filterListable("probe", paths),
              (std::vector<std::string>{"payments/a", "infra/db-main"}));
    EXPECT_TRUE(set.filterListable("eve", paths).empty());
}

// --- capabilities and the set --------------------------------------------------------

TEST(VaultPolicy, CapabilityNamesParseAndFormat)
{
    Capabilities caps;
    std::string error;
    ASSERT_TRUE(parseCapabilities("update, read ,list", caps, &error)) << error;
    EXPECT_EQ(caps, (Capabilities{Capability::Read, Capability::List, Capability::Update}));
    EXPECT_EQ(formatCapabilities(caps), "read, list, update");
    EXPECT_TRUE(caps.covers(Capability::Read));
    EXPECT_FALSE(caps.covers(Capability::Delete));
    EXPECT_TRUE(Capabilities{Capability::Admin}.covers(Capability::Delete));
    EXPECT_FALSE(Capabilities{Capability::Admin}.contains(Capability::Delete));

    Capabilities all;
    for (const Capability c : kAllCapabilities)
        all.insert(c);
    Capabilities back;
    ASSERT_TRUE(parseCapabilities(formatCapabilities(all), back, &error)) << error;
    EXPECT_EQ(back, all);
    EXPECT_EQ(formatCapabilities(all), "read, list, create, update, delete, rotate, admin");

    Capabilities untouched{Capability::Rotate};
    EXPECT_FALSE(parseCapabilities("read, wrte", untouched, &error));
    EXPECT_TRUE(contains(error, "unknown capability \"wrte\"")) << error;
    EXPECT_EQ(untouched, Capabilities{Capability::Rotate});
    EXPECT_FALSE(parseCapabilities("Read", untouched, &error)) << "names are case-sensitive";
    EXPECT_TRUE(contains(error, "\"Read\"")) << error;
    EXPECT_FALSE(parseCapabilities("read,,list", untouched, &error));
    EXPECT_FALSE(parseCapabilities("read, read", untouched, &error));
    EXPECT_TRUE(contains(error, "twice")) << error;
    EXPECT_FALSE(parseCapabilities("  ", untouched, &error));
    EXPECT_FALSE(capabilityFromName("write").has_value());
    EXPECT_EQ(capabilityFromName("rotate"), Capability::Rotate);
}

TEST(VaultPolicy, TheSetRefusesUnknownPoliciesDuplicatesAndBrokenRules)
{
    PolicySet set = seedExample();
    const PolicySet before = set;
    std::string error;

    EXPECT_FALSE(
        set.addIdentity(Identity{"ci", IdentityKind::Application, {"payments-read", "deploy"}, false}, &error));
    EXPECT_EQ(error, "identity \"ci\" names unknown policy \"deploy\"");
    EXPECT_FALSE(set.addIdentity(Identity{"alice", IdentityKind::User, {}, false}, &error));
    EXPECT_EQ(error, "identity \"alice\" already exists");
    EXPECT_FALSE(set.addIdentity(Identity{"", IdentityKind::User, {}, false}, &error));
    EXPECT_EQ(error, "an identity needs a name");
    EXPECT_FALSE(set.addIdentity(Identity{"tab\tname", IdentityKind::User, {}, false}, &error));
    EXPECT_TRUE(contains(error, "control character")) << error;
    EXPECT_FALSE(set.addIdentity(Identity{"twice", IdentityKind::User, {"admin", "admin"}, false}, &error));
    EXPECT_TRUE(contains(error, "twice")) << error;
    EXPECT_FALSE(set.addPolicy(Policy{"admin", "", {allow("**", {Capability::Read})}}, &error));
    EXPECT_EQ(error, "policy \"admin\" already exists");
    EXPECT_FALSE(set.addPolicy(Policy{"empty-rule", "", {allow("x", {})}}, &error));
    EXPECT_EQ(error, "policy \"empty-rule\", rule 1: no capabilities");
    EXPECT_FALSE(set.removePolicy("payments-read", &error));
    EXPECT_EQ(error, "policy \"payments-read\" is still held by identity \"payment-service\"");
    EXPECT_FALSE(set.replacePolicy(Policy{"ghost", "", {}}, &error));
    EXPECT_EQ(error, "no policy named \"ghost\"");
    EXPECT_FALSE(set.replaceIdentity(Identity{"ghost", IdentityKind::User, {}, false}, &error));
    EXPECT_EQ(error, "no identity named \"ghost\"");
    EXPECT_FALSE(set.replacePolicy(Policy{"payments-read", "", {allow("payments//x", {Capability::Read})}}, &error));
    EXPECT_TRUE(contains(error, "policy \"payments-read\", rule 1")) << error;
    EXPECT_EQ(set, before) << "refused changes leave the set as it was";
    EXPECT_TRUE(set.validate(&error)) << error;

    // Allowed changes take effect in the next decision.
    const Policy wider{"payments-read", "", {allow("payments/**", {Capability::Read, Capability::Update})}};
    ASSERT_TRUE(set.replacePolicy(wider, &error)) << error;
    EXPECT_TRUE(set.decide("payment-service", Capability::Update, "payments/stripe-secret").allowed);
    ASSERT_TRUE(set.removeIdentity("payment-service", &error)) << error;
    ASSERT_TRUE(set.removePolicy("payments-read", &error)) << error;
    EXPECT_EQ(set.decide("payment-service", Capability::Read, "payments/stripe-secret").reason,
              "unknown identity \"payment-service\"");
}

// --- the file ------------------------------------------------------------------------

TEST(VaultPolicy, FileRoundTripIsByteIdentical)
{
    PolicySet set = seedExample();
    std::string error;
    const Policy infraOps{"infra-ops",
                          "Ops on infra, never the SSH keys.\nSecond line, \"quoted\", é.",
                          {allow("infra/**", {Capability::Admin}),
                           deny("**/ssh-keys", {Capability::Read, Capability::Rotate}),
                           allow("infra/db-*", {Capability::List, Capability::Create})}};
    ASSERT_TRUE(set.addPolicy(infraOps, &error)) << error;
    ASSERT_TRUE(set.addIdentity(Identity{"bob", IdentityKind::User, {"infra-ops", "payments-read"}, true}, &error))
        << error;

    const std::string text = serializePolicies(set);
    ASSERT_FALSE(text.empty());
    EXPECT_EQ(text.back(), '\n');
    EXPECT_EQ(text.rfind("{\n  \"format\": \"opsdeck-vault-policies\",\n  \"identities\": [\n", 0), 0u) << text;
    EXPECT_TRUE(contains(text, "\n  \"version\": 1\n}\n")) << text;
    EXPECT_TRUE(contains(text, "\"capabilities\": [\n            \"read\",\n            \"rotate\"\n")) << text;

    PolicySet parsed;
    ASSERT_TRUE(parsePolicies(text, parsed, &error)) << error;
    EXPECT_EQ(parsed, set);
    EXPECT_EQ(serializePolicies(parsed), text);
    EXPECT_TRUE(parsed.decide("payment-service", Capability::Read, "payments/stripe-secret").allowed);
    EXPECT_EQ(parsed.decide("bob", Capability::Read, "infra/x").reason, "identity \"bob\" is disabled");

    // Optional fields may be left out of a hand-written file.
    const std::string minimal = R"({"format": "opsdeck-vault-policies", "version": 1,
        "policies": [{"name": "r", "rules": [{"pattern": "a/*", "capabilities": ["read"], "effect": "allow"}]}],
        "identities": [{"name": "svc", "kind": "application", "policies": ["r"]}]})";
    ASSERT_TRUE(parsePolicies(minimal, parsed, &error)) << error;
    EXPECT_TRUE(parsed.decide("svc", Capability::Read, "a/b").allowed);
    EXPECT_FALSE(parsed.identity("svc")->disabled);
    EXPECT_EQ(parsed.policy("r")->description, "");
}

TEST(VaultPolicy, FileErrorsNameTheFieldOrTheLineAndColumn)
{
    PolicySet set = seedExample();
    const std::string text = serializePolicies(set);
    struct Row
    {
        const char *from;
        const char *to;
        const char *expected;
    };
    const Row rows[] = {
        {"\"payments/stripe-secret\"", "\"payments//stripe-secret\"",
         "policy file field policies[1].rules[1].pattern: policy \"payments-read\", rule 2: pattern "
         "\"payments//stripe-secret\" has an empty segment"},
        {"\"payments/payment-api-key\"", "\"payments/**key\"",
         "policies[1].rules[0].pattern: policy \"payments-read\", rule 1"},
        {"\"effect\": \"allow\"", "\"effect\": \"permit\"",
         "policies[0].rules[0].effect: expected \"allow\" or \"deny\""},
        {"\"read\"", "\"wrte\"", "policies[1].rules[0].capabilities[0]: unknown capability \"wrte\""},
        {"\"kind\": \"application\"", "\"kind\": \"robot\"",
         "identities[1].kind: expected \"user\" or \"application\""},
        {"\"disabled\": false", "\"disabled\": \"no\"", "identities[0].disabled: expected true or false"},
        {"\"payments-read\"\n", "\"payments-write\"\n",
         "identities[1].policies[0]: identity \"payment-service\" names unknown policy \"payments-write\""},
        {"\"name\": \"payment-service\"", "\"name\": \"alice\"", "identities[1].name: duplicate identity \"alice\""},
        {"\"name\": \"payments-read\"", "\"name\": \"admin\"", "policies[1].name: duplicate policy \"admin\""},
        {"\"pattern\": \"**\"", "\"patern\": \"**\"", "policies[0].rules[0].patern: unknown field"},
        {"\"version\": 1", "\"version\": 2", "version: version 2 is not supported"},
        {"\"version\": 1", "\"version\": -1", "version: expected a whole number"},
        {"\"version\": 1", "\"version\": 1.0", "version: expected a whole number"},
        {"opsdeck-vault-policies", "opsdeck-vault-keys", "format: expected \"opsdeck-vault-policies\""},
        {"\"capabilities\": [\n            \"admin\"\n          ]", "\"capabilities\": []",
         "policies[0].rules[0].capabilities: expected at least one capability"},
        {"\"effect\": \"allow\"", "\"effect\": \"deny\", \"effect\": \"allow\"",
         "policies[0].rules[0].effect: given twice"},
        {"\"identities\": [", "\"identities\": {", "policy file line 4, column 5: not valid JSON"},
    };
    for (const Row &row : rows) {
        std::string changed = text;
        const auto at = changed.find(row.from);
        ASSERT_NE(at, std::string::npos) << row.from;
        changed.replace(at, std::strlen(row.from), row.to);
        PolicySet parsed = set;
        std::string error;
        EXPECT_FALSE(parsePolicies(changed, parsed, &error)) << row.to;
        EXPECT_TRUE(contains(error, row.expected)) << "expected: " << row.expected << "\nfound:    " << error;
        EXPECT_TRUE(parsed.identities().empty() && parsed.policies().empty()) << "left empty on failure";
    }
}

TEST(VaultPolicy, MalformedJsonReportsLineAndColumn)
{
    PolicySet set;
    std::string error;
    EXPECT_FALSE(parsePolicies("{\n  \"format\": \"opsdeck-vault-policies\",\n  \"version\": 1,,\n}", set, &error));
    EXPECT_EQ(error, "policy file line 3, column 16: not valid JSON");
    EXPECT_FALSE(parsePolicies("", set, &error));
    EXPECT_EQ(error, "policy file line 1, column 1: not valid JSON");
}

TEST(VaultPolicy, GarbageTruncationAndHugeNumbersAreRefusedNeverACrash)
{
    const std::string text = serializePolicies(seedExample());
    std::string error;
    PolicySet parsed;

    // Every truncation of a valid file is refused with a message.
    for (std::size_t n = 0; n + 1 < text.size(); ++n) {
        const std::string cut = text.substr(0, n);
        error.clear();
        EXPECT_FALSE(parsePolicies(cut, parsed, &error)) << n;
        EXPECT_FALSE(error.empty()) << n;
    }

    const std::string head = R"({"format": "opsdeck-vault-policies", )";
    const std::string cases[] = {
        std::string("\xff\xfe\x00\x01garbage", 11),
        head + R"("version": 1, "identities": [], "policies": [{"name": ")" + "\xc3\x28" + R"(", "rules": []}]})",
        head + R"("version": 1e999, "identities": [], "policies": []})",
        head + R"("version": 123456789012345678901234567890, "identities": [], "policies": []})",
        head + R"("version": 18446744073709551617, "identities": [], "policies": []})",
        "[1, 2, 3]",
        "null",
        "\"just a string\"",
        R"({"format": 7})",
        head + R"("version": 1, "identities": 5, "policies": []})",
        head + R"("version": 1, "identities": [], "policies": [[[]]]})",
        head + R"("version": 1, "identities": [], "policies": [{"name": 1}]})",
        std::string(100000, '[') + std::string(100000, ']'),
        std::string(100000, '['),
    };
    for (const auto &bad : cases) {
        error.clear();
        EXPECT_FALSE(parsePolicies(bad, parsed, &error)) << bad.substr(0, 80);
        EXPECT_FALSE(error.empty()) << bad.substr(0, 80);
        EXPECT_TRUE(contains(error, "policy file")) << error;
    }
    EXPECT_FALSE(parsePolicies(cases[2], parsed, &error));
    EXPECT_EQ(error, "policy file: not valid JSON (a number is out of range)");
    EXPECT_FALSE(parsePolicies(cases[1], parsed, &error));
    EXPECT_TRUE(contains(error, "line 1")) << error;

    // Every single changed byte is either refused with a message or still a valid set.
    for (std::size_t i = 0; i < text.size(); i += 3) {
        std::string changed = text;
        changed[i] = static_cast<char>(changed[i] ^ 0x5a);
        error.clear();
        if (!parsePolicies(changed, parsed, &error))
            EXPECT_FALSE(error.empty()) << i;
        else
            EXPECT_TRUE(parsed.validate(&error)) << error;
    }
}
