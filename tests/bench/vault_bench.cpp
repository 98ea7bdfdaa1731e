// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// The embedded vault (issue #4) on 10,000 secrets with auditing on, beside
// `openssl speed -evp aes-256-gcm` in the same run as the ceiling:
// durable put ops/s, get ops/s and latency (one thread and two), unlock time
// against the KDF time, root rotation, peak memory.
//
//   bash packaging/dev.sh bench vault [--secrets N] [--work DIR]
#include "opsdeck/vault/vaultengine.h"

#include <QCoreApplication>
#include <QProcess>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

using namespace OpsDeck::Vault;
namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

long statusKb(const char *key)
{
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind(key, 0) == 0)
            return std::stol(line.substr(std::string(key).size()));
    }
    return -1;
}

struct Row
{
    std::string what, ours, reference, target;
};
std::vector<Row> g_rows;

// Formats with a literal format string at each call site (checked by the compiler).
#define OPSDECK_FMT(...) [&] { char buf_[160]; std::snprintf(buf_, sizeof buf_, __VA_ARGS__); return std::string(buf_); }()

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int secrets = 10'000;
    std::string work = (fs::temp_directory_path() / "opsdeck-vaultbench").string();
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--secrets" && i + 1 < argc)
            secrets = std::stoi(argv[++i]);
        else if (a == "--work" && i + 1 < argc)
            work = argv[++i];
        else {
            std::fprintf(stderr, "usage: vault_bench [--secrets N] [--work DIR]\n");
            return 2;
        }
    }
    SecureBuffer::initSecureHeap();
    fs::remove_all(work);
    const RequestContext who{"bench", 1, "vault_bench", "localhost"};
    const auto passphrase = bytesOf("correct horse battery staple");

    // The KDF calibrated as a new vault would be.
    auto t = Clock::now();
    const Argon2Params kdf = calibrateArgon2id(0.25);
    std::fprintf(stderr, "calibrated Argon2id: t=%u m=%u KiB p=%u in %.2f s\n", kdf.iterations, kdf.memoryKiB,
                 kdf.lanes, secondsSince(t));
    Bytes out(32);
    t = Clock::now();
    argon2id(passphrase, Bytes(16, 1), kdf, out, nullptr);
    const double kdfSeconds = secondsSince(t);

    VaultStatus s;
    auto vault = VaultEngine::create(work, passphrase, kdf, "bench", &s);
    if (!vault) {
        std::fprintf(stderr, "create: %s\n", s.message.c_str());
        return 1;
    }
    // Durable puts: every one audited and fsynced before it returns.
    std::string value(64, 'v');
    t = Clock::now();
    for (int i = 0; i < secrets; ++i) {
        value.replace(0, 8, std::to_string(10'000'000 + i));
        if (!(s = vault->put(who, "team-" + std::to_string(i % 50) + "/app/secret-" + std::to_string(i),
                             bytesOf(value), ValueKind::String))
                 .ok()) {
            std::fprintf(stderr, "put: %s\n", s.message.c_str());
            return 1;
        }
    }
    const double putSeconds = secondsSince(t);
    g_rows.push_back({"durable put (audited, fsynced, one thread)", OPSDECK_FMT("%.0f ops/s", secrets / putSeconds), "",
                      ">= 5,000 ops/s"});

    // Gets: one thread, then two.
    std::vector<double> latencies;
    const int gets = std::max(secrets, 100'000);
    latencies.reserve(static_cast<std::size_t>(gets));
    SecureBuffer got;
    t = Clock::now();
    for (int i = 0; i < gets; ++i) {
        const int k = (i * 7919) % secrets;
        const auto start = Clock::now();
        if (!(s = vault->get(who, "team-" + std::to_string(k % 50) + "/app/secret-" + std::to_string(k), 0, got))
                 .ok()) {
            std::fprintf(stderr, "get: %s\n", s.message.c_str());
            return 1;
        }
        latencies.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    const double getSeconds = secondsSince(t);
    std::sort(latencies.begin(), latencies.end());
    g_rows.push_back({"get, one thread", OPSDECK_FMT("%.0f ops/s (p50 %.3f ms, p99 %.3f ms)", gets / getSeconds,
                                             latencies[latencies.size() / 2], latencies[latencies.size() * 99 / 100]),
                      "", ">= 50,000 ops/s, p99 <= 2 ms"});
    t = Clock::now();
    std::vector<std::thread> threads;
    for (int w = 0; w < 2; ++w) {
        threads.emplace_back([&, w] {
            SecureBuffer mine;
            for (int i = w; i < gets; i += 2) {
                const int k = (i * 7919) % secrets;
                vault->get(who, "team-" + std::to_string(k % 50) + "/app/secret-" + std::to_string(k), 0, mine);
            }
        });
    }
    for (auto &th : threads)
        th.join();
    g_rows.push_back({"get, two threads", OPSDECK_FMT("%.0f ops/s", gets / secondsSince(t)), "", ">= 50,000 ops/s"});

    // Root rotation at this size, then a cold unlock.
    t = Clock::now();
    if (!(s = vault->rotateRoot(who)).ok()) {
        std::fprintf(stderr, "rotate: %s\n", s.message.c_str());
        return 1;
    }
    g_rows.push_back({"root key rotation", OPSDECK_FMT("%.1f ms", secondsSince(t) * 1000), "", "<= 50 ms at any size"});
    vault.reset();
    t = Clock::now();
    vault = VaultEngine::open(work, &s);
    if (!vault || !(s = vault->unlock(passphrase, who)).ok()) {
        std::fprintf(stderr, "unlock: %s\n", s.message.c_str());
        return 1;
    }
    const double unlockSeconds = secondsSince(t);
    g_rows.push_back({"unlock (KDF + reading every record)", OPSDECK_FMT("%.0f ms", unlockSeconds * 1000),
                      OPSDECK_FMT("KDF alone %.0f ms", kdfSeconds * 1000), "<= KDF + 50 ms"});
    g_rows.push_back({"peak memory", OPSDECK_FMT("%.0f MiB", statusKb("VmHWM:") / 1024.0), "", "<= 100 MB"});

    // The ceiling: raw AES-256-GCM speed on this machine.
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("speed"), QStringLiteral("-seconds"), QStringLiteral("1"),
                                              QStringLiteral("-evp"), QStringLiteral("aes-256-gcm")});
    if (openssl.waitForFinished(120'000)) {
        const QString text = QString::fromLocal8Bit(openssl.readAllStandardOutput());
        const QString last = text.trimmed().split(u'\n').constLast();
        g_rows.push_back({"reference: openssl speed -evp aes-256-gcm (16 B ... 16 KiB blocks, kB/s)", "",
                          last.simplified().toStdString(), ""});
    }

    std::printf("\nVault of %d secrets in %s, auditing on\n\n", secrets, work.c_str());
    std::printf("| measurement | OpsDeck | reference (same run) | target |\n|---|---|---|---|\n");
    for (const auto &r : g_rows)
        std::printf("| %s | %s | %s | %s |\n", r.what.c_str(), r.ours.c_str(), r.reference.c_str(), r.target.c_str());
    vault.reset();
    fs::remove_all(work);
    return 0;
}
