// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * The vault's tamper-evident audit log (docs/vault-format.md, "Audit log").
 *
 * One JSON line per decision, allowed or denied: who, which action, which
 * path, when, from which process and host, and why (never a value). Each
 * entry carries the MAC of the one before it and its own HMAC-SHA-256 under
 * K_audit (derived from the root key), so an edited, deleted or reordered
 * entry breaks the chain at that entry. A signed head, rewritten at every
 * commit in one of two alternating slots, records the last entry, so a cut
 * tail is caught too.
 *
 * Fail closed: the caller appends, commits, and only then acts (returns the
 * secret); when commit() fails, nothing was allowed.
 */

#include "opsdeck/vault/crypto.h"

#include <atomic>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace OpsDeck::Vault {

struct AuditEntry
{
    std::uint64_t seq = 0;   ///< from 1, no gaps
    std::string time;        ///< RFC 3339 UTC with milliseconds
    std::string identity;
    std::string action;      ///< read, list, create, update, delete, rotate, admin, unlock, export, ...
    std::string path;        ///< empty for vault-wide actions
    bool allowed = false;
    std::string reason;      ///< the policy decision, in words
    std::int64_t pid = 0;
    std::string process;
    std::string host;
    std::string prev;        ///< hex MAC of the previous entry (64 zeros before the first)
    std::string mac;         ///< hex HMAC-SHA-256(K_audit, canonical entry without "mac")
};

/** The entry as its line in the log: canonical JSON (keys sorted, no spaces), no newline. */
std::string auditLine(const AuditEntry &entry);
/** Reads one line; false with a reason when it is not an entry. */
bool parseAuditLine(std::string_view line, AuditEntry &entry, std::string *error);
/** The hex MAC \a entry must carry under \a key. */
std::string auditMac(ByteView key, const AuditEntry &entry);

/** Appends entries to `<dir>/audit.log` and keeps `<dir>/audit.head` signed. */
class AuditWriter
{
public:
    ~AuditWriter();
    AuditWriter(const AuditWriter &) = delete;
    AuditWriter &operator=(const AuditWriter &) = delete;

    /**
     * Opens (or creates) the log in \a dir. Checks the last entry against the
     * head: a log shorter than its head is refused ("truncated"), and a torn
     * last line (a crash before it was committed) is cut off.
     */
    static std::unique_ptr<AuditWriter> open(const std::string &dir, SecureBuffer key, std::string *error);

    /** Chains \a entry (fills seq, prev and mac) and buffers it. */
    bool append(AuditEntry &entry, std::string *error);
    /**
     * Writes what was appended to the log file. With \a durable it then
     * fdatasync()s the log and signs the new head (group commit: reads pass
     * false and a later durable commit covers them; changes pass true). When
     * this fails nothing appended since the last commit may be acted on.
     */
    bool commit(std::string *error, bool durable = true);
    std::uint64_t lastSeq() const { return m_lastSeq; }

    /** How far the written log reaches: what a head written now may name. */
    struct Checkpoint
    {
        std::uint64_t seq = 0;
        std::string mac; ///< hex
    };
    /**
     * Group commit in two halves. flush() writes what was appended (no
     * fsync) and says how far the file now reaches; sync() makes the file
     * durable up to there and signs a head naming it. sync() may run on
     * another thread while append() and flush() go on, but only one sync()
     * at a time. After a failed sync() the writer refuses everything.
     */
    bool flush(Checkpoint &reached, std::string *error);
    bool sync(const Checkpoint &reached, std::string *error);

private:
    AuditWriter() = default;
    bool writeHead(std::uint64_t seq, const std::string &mac, std::string *error);

    std::string m_dir;
    int m_log = -1;
    int m_head = -1;
    SecureBuffer m_key;
    std::unique_ptr<HmacKey> m_mac; // m_key keyed once: every append pays for hashing only
    std::uint64_t m_lastSeq = 0;
    std::uint64_t m_syncedSeq = 0;
    std::string m_lastMac;
    std::uint64_t m_headCounter = 0;
    std::string m_pending;
    std::atomic<bool> m_failed{false};
};

struct AuditVerification
{
    bool ok = false;
    std::uint64_t entries = 0;  ///< entries that checked out, from the start
    std::uint64_t firstBad = 0; ///< sequence number of the first bad entry (0 when ok)
    std::size_t line = 0;       ///< its line in audit.log (0 when not a line: truncation, head)
    std::string problem;        ///< one line: what is wrong and where
};

/** Checks every entry of `<dir>/audit.log` and the head; names the first bad entry. */
AuditVerification verifyAudit(const std::string &dir, ByteView key);

/** When to raise an alert; both limits are per identity within the window. */
struct AnomalyRule
{
    std::size_t maxDenials = 5;        ///< more denials than this is an alert
    std::size_t maxDistinctReads = 50; ///< more distinct secrets read than this is an alert
    std::int64_t windowMs = 60'000;
};

/** Watches entries as they are written and says when a rule is crossed (once per crossing). */
class AnomalyDetector
{
public:
    explicit AnomalyDetector(AnomalyRule rule) : m_rule(rule) {}
    /** Alerts (one line each) that \a entry, at \a timeMs, raises. */
    std::vector<std::string> observe(const AuditEntry &entry, std::int64_t timeMs);

private:
    struct Window
    {
        std::deque<std::int64_t> denials;
        std::deque<std::pair<std::int64_t, std::string>> reads;
        std::map<std::string, std::size_t> readCounts; ///< path -> reads of it in `reads`
        bool denialAlert = false;
        bool readAlert = false;
    };
    AnomalyRule m_rule;
    std::map<std::string, Window> m_windows;
};

} // namespace OpsDeck::Vault
