// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "demovault.h"

#include <atomic>
#include <chrono>

#include <unistd.h>

namespace OpsDeck::Vault {

namespace {

constexpr std::int64_t kDayMs = 86'400'000;

// The demo's history is written "in the past": the engine's clock is a
// function pointer, so the shift lives here. Only one demo is made at a time.
std::atomic<std::int64_t> g_shiftMs{0};

std::int64_t demoNow()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
               .count()
           - g_shiftMs.load();
}

std::string randomPassphrase()
{
    static constexpr const char *kWords[] = {
        "amber", "basalt", "cedar", "delta", "ember", "fjord", "granite", "harbor", "indigo", "juniper",
        "kelp", "lantern", "meadow", "nimbus", "orchid", "pebble", "quartz", "raven", "saffron", "tundra",
        "umber", "violet", "willow", "yarrow", "zephyr", "alder", "birch", "cobalt", "dune", "estuary",
        "falcon", "glacier"};
    SecureBuffer bytes(5);
    std::string error;
    randomBytes(bytes.span(), &error);
    std::string out;
    for (int i = 0; i < 4; ++i) {
        out += kWords[bytes.data()[i] % 32];
        out += '-';
    }
    out += std::to_string(10 + bytes.data()[4] % 90);
    return out;
}

} // namespace

VaultStatus createDemoVault(const std::string &dir, const std::string &owner, std::optional<Argon2Params> kdf,
                            VaultOptions options, std::string &passphrase)
{
    passphrase = randomPassphrase();
    options.nowMs = demoNow;
    g_shiftMs = 120 * kDayMs;
    VaultStatus s;
    auto engine = VaultEngine::create(dir, bytesOf(passphrase), kdf ? *kdf : calibrateArgon2id(0.25), owner, &s,
                                      options);
    if (!engine)
        return s;
    const RequestContext me{owner, ::getpid(), "opsdeck", "localhost"};
    const RequestContext payments{"payment-service", 4242, "payments-api", "pay-01"};
    const RequestContext ci{"ci-runner", 5151, "opsdeck-runner", "ci-03"};

    PolicySet set = engine->policies();
    std::string error;
    bool ok = set.addPolicy(Policy{"payments-read", "the payment service reads its own API keys",
                                   {PolicyRule{"payments/payment-api-key", {Capability::Read, Capability::List}, Effect::Allow},
                                    PolicyRule{"payments/stripe-secret", {Capability::Read, Capability::List}, Effect::Allow}}},
                            &error)
              && set.addPolicy(Policy{"ci-deploy", "CI reads deploy credentials and rotates its own token",
                                      {PolicyRule{"ci/**", {Capability::Read, Capability::List, Capability::Rotate}, Effect::Allow},
                                       PolicyRule{"ci/registry-admin", {Capability::Read}, Effect::Deny}}},
                               &error)
              && set.addPolicy(Policy{"infra-admin", "the infrastructure team owns infra/**",
                                      {PolicyRule{"infra/**", {Capability::Admin}, Effect::Allow}}},
                               &error)
              && set.addIdentity(Identity{"payment-service", IdentityKind::Application, {"payments-read"}, false}, &error)
              && set.addIdentity(Identity{"ci-runner", IdentityKind::Application, {"ci-deploy"}, false}, &error)
              && set.addIdentity(Identity{"oncall", IdentityKind::User, {"infra-admin"}, false}, &error);
    if (!ok)
        return VaultStatus{VaultErrorCode::Invalid, "demo policies: " + error};
    if (s = engine->setPolicies(me, set); !s.ok())
        return s;

    struct Item
    {
        const char *path;
        const char *value;
        ValueKind kind;
        int ageDays;        // how old its current version is
        std::uint32_t rotationDays;
        const char *generator;
        const char *owner;
        const char *description;
        std::vector<std::string> tags;
    };
    const Item items[] = {
        {"payments/payment-api-key", "pk_demo_4eC39HqLyjWDarjtT1zdp7dc", ValueKind::String, 100, 90, "random:32:alnum",
         "payments", "API key the checkout uses for the payment provider", {"prod", "pci"}},
        {"payments/stripe-secret", "sk_demo_BQokikJOvBiI2HlWgH4olfQ2", ValueKind::String, 20, 90, "random:32:alnum",
         "payments", "webhook signing secret", {"prod", "pci"}},
        {"infra/database-password", "c0rrect-h0rse-battery-staple", ValueKind::String, 85, 90, "random:24:printable",
         "oncall", "primary PostgreSQL superuser", {"prod", "db"}},
        {"infra/ssh-keys",
         "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
         "QyNTUxOQAAACDEMOx0nLyDEMOx0nLyDEMOx0nLyDEMOx0nLyDEMOx0nAAAAJgDEMO=\n-----END OPENSSH PRIVATE KEY-----",
         ValueKind::MultiLine, 200, 180, "", "oncall", "deploy key for the bastion hosts", {"prod", "ssh"}},
        {"web/session-secret", "3f9a1c7be2d84f60a5c1e0b9d7f2a4c8", ValueKind::String, 10, 30, "random:32:hex", "web",
         "cookie signing secret", {"staging"}},
        {"ci/deploy-token", "{\"user\": \"deployer\", \"token\": \"glpat-demo-x9Yz\"}", ValueKind::Map, 40, 30,
         "random:40:base64url", "platform", "registry credentials for deployments", {"ci"}},
        {"ci/registry-admin", "adm1n-demo-registry", ValueKind::String, 5, 0, "", "platform",
         "registry admin; CI may not read it", {"ci"}},
    };
    for (const Item &item : items) {
        // An older first version, then the current one at its age.
        g_shiftMs = (item.ageDays + 60) * kDayMs;
        const std::string first = std::string(item.value) + (item.kind == ValueKind::Map ? "" : "-old");
        if (s = engine->put(me, item.path, bytesOf(item.kind == ValueKind::Map ? std::string_view(item.value) : first),
                            item.kind);
            !s.ok())
            return s;
        g_shiftMs = item.ageDays * kDayMs;
        if (s = engine->put(me, item.path, bytesOf(item.value), item.kind); !s.ok())
            return s;
        SecretMetadata m;
        m.owner = item.owner;
        m.description = item.description;
        m.tags = item.tags;
        m.rotationDays = item.rotationDays;
        m.generator = item.generator;
        if (s = engine->setMetadata(me, item.path, m); !s.ok())
            return s;
    }
    // An audit trail: the services at work, one of them where it should not be.
    g_shiftMs = 2 * kDayMs;
    SecureBuffer value;
    engine->get(payments, "payments/payment-api-key", 0, value);
    engine->get(payments, "payments/stripe-secret", 0, value);
    engine->get(payments, "infra/database-password", 0, value); // denied
    engine->get(ci, "ci/deploy-token", 0, value);
    engine->get(ci, "ci/registry-admin", 0, value); // denied
    g_shiftMs = kDayMs;
    engine->get(me, "infra/database-password", 0, value);
    engine->check(me, "payment-service", Capability::Read, "infra/ssh-keys");
    value.clear();
    g_shiftMs = 0;
    engine->lock();
    return {};
}

} // namespace OpsDeck::Vault
