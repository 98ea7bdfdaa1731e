// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/vault/audit.h"

#include "opsdeck/embedded/fileutil.h"
#include "opsdeck/vault/signedhead.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace OpsDeck::Vault {

namespace {

using Json = nlohmann::json;

const std::string kZeroMac(64, '0');
constexpr std::string_view kHeadLabel = "opsdeck-vault/v1/audit-head";

bool fail(std::string *error, std::string what)
{
    if (error)
        *error = std::move(what);
    return false;
}

bool failErrno(std::string *error, const std::string &what)
{
    return fail(error, what + ": " + std::strerror(errno));
}

Json withoutMac(const AuditEntry &e)
{
    return Json{{"seq", e.seq},         {"time", e.time},       {"identity", e.identity}, {"action", e.action},
                {"path", e.path},       {"allowed", e.allowed}, {"reason", e.reason},     {"pid", e.pid},
                {"process", e.process}, {"host", e.host},       {"prev", e.prev}};
}

std::string canonical(const Json &j)
{
    // Identities, paths and process names come from outside: a byte that is
    // not UTF-8 becomes U+FFFD instead of an exception in the middle of a request.
    return j.dump(-1, ' ', true, Json::error_handler_t::replace);
}


bool plainAscii(std::string_view s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= 0x20 && c <= 0x7e; });
}

void appendString(std::string &out, std::string_view s)
{
    out.push_back('"');
    for (const char c : s) {
        if (c == '"' || c == '\\')
            out.push_back('\\');
        out.push_back(c);
    }
    out.push_back('"');
}

/**
 * The canonical JSON of \a e (with its mac when \a withMac) without building
 * a JSON tree: keys in sorted order, no white space. It equals canonical()
 * byte for byte; it is only used when every string is printable ASCII, where
 * the only escapes are \" and \\ (anything else goes through nlohmann/json,
 * which also decides how to escape the rest). Every read, write and decision
 * writes one entry, so this is on the hot path.
 */
std::optional<std::string> fastCanonical(const AuditEntry &e, bool withMac, std::size_t *macAt = nullptr)
{
    for (const std::string *s : {&e.time, &e.identity, &e.action, &e.path, &e.reason, &e.process, &e.host, &e.prev,
                                 &e.mac}) {
        if (!plainAscii(*s))
            return std::nullopt;
    }
    std::string out;
    out.reserve(256 + e.reason.size() + e.path.size());
    out += "{\"action\":";
    appendString(out, e.action);
    out += ",\"allowed\":";
    out += e.allowed ? "true" : "false";
    out += ",\"host\":";
    appendString(out, e.host);
    out += ",\"identity\":";
    appendString(out, e.identity);
    if (macAt)
        *macAt = out.size();
    if (withMac) {
        out += ",\"mac\":";
        appendString(out, e.mac);
    }
    out += ",\"path\":";
    appendString(out, e.path);
    out += ",\"pid\":";
    out += std::to_string(e.pid);
    out += ",\"prev\":";
    appendString(out, e.prev);
    out += ",\"process\":";
    appendString(out, e.process);
    out += ",\"reason\":";
    appendString(out, e.reason);
    out += ",\"seq\":";
    out += std::to_string(e.seq);
    out += ",\"time\":";
    appendString(out, e.time);
    out += "}";
    return out;
}

} // namespace

std::string auditMac(ByteView key, const AuditEntry &entry)
{
    unsigned char mac[kMacBytes];
    const std::optional<std::string> fast = fastCanonical(entry, false);
    if (!hmacSha256(key, bytesOf(fast ? *fast : canonical(withoutMac(entry))), mac, nullptr))
        return {};
    return toHex(mac);
}

std::string auditLine(const AuditEntry &entry)
{
    if (std::optional<std::string> fast = fastCanonical(entry, true))
        return std::move(*fast);
    Json j = withoutMac(entry);
    j["mac"] = entry.mac;
    return canonical(j);
}

bool parseAuditLine(std::string_view line, AuditEntry &e, std::string *error)
{
    e = AuditEntry{};
    Json j;
    try {
        j = Json::parse(line.begin(), line.end());
        if (!j.is_object())
            return fail(error, "not a JSON object");
        // Whole numbers only: get<>() of a float out of range is undefined (found by the fuzzer).
        if (!j.at("seq").is_number_unsigned() || !j.at("pid").is_number_integer())
            return fail(error, "not an audit entry (seq and pid are whole numbers)");
        e.seq = j.at("seq").get<std::uint64_t>();
        e.time = j.at("time").get<std::string>();
        e.identity = j.at("identity").get<std::string>();
        e.action = j.at("action").get<std::string>();
        e.path = j.at("path").get<std::string>();
        e.allowed = j.at("allowed").get<bool>();
        e.reason = j.at("reason").get<std::string>();
        e.pid = j.at("pid").get<std::int64_t>();
        e.process = j.at("process").get<std::string>();
        e.host = j.at("host").get<std::string>();
        e.prev = j.at("prev").get<std::string>();
        e.mac = j.at("mac").get<std::string>();
    } catch (const Json::exception &x) {
        return fail(error, std::string("not an audit entry (") + x.what() + ")");
    }
    if (auditLine(e) != line)
        return fail(error, "not byte for byte an entry OpsDeck writes");
    return true;
}

// --- writer ------------------------------------------------------------------

AuditWriter::~AuditWriter()
{
    if (m_log >= 0)
        ::close(m_log);
    if (m_head >= 0)
        ::close(m_head);
}

std::unique_ptr<AuditWriter> AuditWriter::open(const std::string &dir, SecureBuffer key, std::string *error)
{
    std::unique_ptr<AuditWriter> w(new AuditWriter);
    w->m_dir = dir;
    w->m_key = std::move(key);
    if (!Embedded::makeDirectories(dir, error))
        return nullptr;
    const std::string logPath = dir + "/audit.log", headPath = dir + "/audit.head";
    w->m_log = ::open(logPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (w->m_log < 0) {
        failErrno(error, logPath);
        return nullptr;
    }
    // The tail: the last complete line, and anything after it (torn: never committed).
    struct stat st{};
    if (fstat(w->m_log, &st) != 0) {
        failErrno(error, logPath);
        return nullptr;
    }
    const auto size = static_cast<std::size_t>(st.st_size);
    const std::size_t window = std::min<std::size_t>(size, 1u << 20);
    std::string tail(window, '\0');
    if (window > 0 && ::pread(w->m_log, tail.data(), window, static_cast<off_t>(size - window)) != static_cast<ssize_t>(window)) {
        failErrno(error, logPath);
        return nullptr;
    }
    // A last line without its newline was being written when the process
    // died: it was never committed (commit syncs whole lines), so cut it.
    std::size_t keep = window;
    if (window > 0 && tail.back() != '\n') {
        const std::size_t lastNewline = tail.rfind('\n');
        if (lastNewline == std::string::npos && window < size) {
            fail(error, logPath + ": the last line is longer than 1 MiB; not an audit log");
            return nullptr;
        }
        keep = lastNewline == std::string::npos ? 0 : lastNewline + 1;
        if (::ftruncate(w->m_log, static_cast<off_t>(size - window + keep)) != 0 || ::fdatasync(w->m_log) != 0) {
            failErrno(error, logPath);
            return nullptr;
        }
    }
    if (keep > 0) {
        const std::size_t lineEnd = keep - 1; // the '\n' of the last line
        const std::size_t start = lineEnd == 0 ? std::string::npos : tail.rfind('\n', lineEnd - 1);
        const std::size_t begin = start == std::string::npos ? 0 : start + 1;
        const std::string_view last(tail.data() + begin, lineEnd - begin);
        AuditEntry e;
        std::string why;
        if (!parseAuditLine(last, e, &why) || auditMac(w->m_key.span(), e) != e.mac) {
            fail(error, logPath + ": the last entry does not verify (" + (why.empty() ? "MAC mismatch" : why)
                            + "); run `opsctl secrets audit verify`");
            return nullptr;
        }
        w->m_lastSeq = e.seq;
        w->m_lastMac = e.mac;
    } else {
        w->m_lastMac = kZeroMac;
    }
    w->m_syncedSeq = w->m_lastSeq;
    if (::lseek(w->m_log, 0, SEEK_END) < 0) {
        failErrno(error, logPath);
        return nullptr;
    }
    SignedHead head;
    bool headExists = false;
    const bool headOk = readSignedHead(headPath, w->m_key.span(), kHeadLabel, head, headExists);
    if (headExists && !headOk) {
        fail(error, headPath + ": no valid signed head (changed, or written with another key)");
        return nullptr;
    }
    if (!headExists && w->m_lastSeq > 0) {
        fail(error, headPath + ": missing while the log holds " + std::to_string(w->m_lastSeq) + " entries");
        return nullptr;
    }
    if (headOk) {
        if (head.seq > w->m_lastSeq) {
            fail(error, logPath + ": truncated: it ends at entry " + std::to_string(w->m_lastSeq)
                            + ", the signed head says " + std::to_string(head.seq));
            return nullptr;
        }
        if (head.seq == w->m_lastSeq && head.seq > 0 && toHex(head.mac) != w->m_lastMac) {
            fail(error, logPath + ": entry " + std::to_string(head.seq) + " is not the one the signed head names");
            return nullptr;
        }
        w->m_headCounter = head.counter;
    }
    w->m_head = ::open(headPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (w->m_head < 0) {
        failErrno(error, headPath);
        return nullptr;
    }
    if (!headExists && !(w->writeHead(w->m_lastSeq, w->m_lastMac, error) && Embedded::syncDirectory(dir, error)))
        return nullptr;
    return w;
}

bool AuditWriter::append(AuditEntry &entry, std::string *error)
{
    if (m_log < 0 || m_failed)
        return fail(error, "the audit log is closed after a failed write; nothing can be audited");
    entry.seq = m_lastSeq + 1;
    entry.prev = m_lastMac;
    // One serialisation for both the MAC and the line (the usual case).
    std::size_t macAt = 0;
    if (std::optional<std::string> body = fastCanonical(entry, false, &macAt)) {
        unsigned char mac[kMacBytes];
        if (!m_mac)
            m_mac = std::make_unique<HmacKey>(m_key.span());
        if (!m_mac->mac({bytesOf(*body)}, mac))
            return fail(error, "cannot compute the audit MAC");
        entry.mac = toHex(mac);
        m_pending.append(*body, 0, macAt);
        m_pending += ",\"mac\":\"";
        m_pending += entry.mac;
        m_pending += '"';
        m_pending.append(*body, macAt);
    } else {
        entry.mac = auditMac(m_key.span(), entry);
        if (entry.mac.empty())
            return fail(error, "cannot compute the audit MAC");
        m_pending += auditLine(entry);
    }
    m_pending.push_back('\n');
    m_lastSeq = entry.seq;
    m_lastMac = entry.mac;
    return true;
}

bool AuditWriter::flush(Checkpoint &reached, std::string *error)
{
    if (m_log < 0 || m_failed)
        return fail(error, "the audit log is closed after a failed write; nothing can be audited");
    if (!m_pending.empty() && !Embedded::writeFully(m_log, m_pending)) {
        // Fail closed from here on: the file's state is unknown until reopened.
        m_failed = true;
        return failErrno(error, m_dir + "/audit.log");
    }
    m_pending.clear();
    reached = Checkpoint{m_lastSeq, m_lastMac};
    return true;
}

bool AuditWriter::sync(const Checkpoint &reached, std::string *error)
{
    if (m_log < 0 || m_failed)
        return fail(error, "the audit log is closed after a failed write; nothing can be audited");
    if (reached.seq <= m_syncedSeq)
        return true;
    if (::fdatasync(m_log) != 0) {
        m_failed = true;
        return failErrno(error, m_dir + "/audit.log");
    }
    if (!writeHead(reached.seq, reached.mac, error)) {
        m_failed = true;
        return false;
    }
    m_syncedSeq = reached.seq;
    return true;
}

bool AuditWriter::commit(std::string *error, bool durable)
{
    Checkpoint reached;
    if (!flush(reached, error))
        return false;
    return !durable || sync(reached, error);
}

bool AuditWriter::writeHead(std::uint64_t seq, const std::string &mac, std::string *error)
{
    SignedHead head;
    head.seq = seq;
    head.counter = ++m_headCounter;
    if (!fromHex(mac, head.mac) || head.mac.size() != kMacBytes)
        return fail(error, "the last audit MAC is malformed");
    std::string why;
    return writeSignedHead(m_head, m_key.span(), kHeadLabel, head, &why)
           || fail(error, m_dir + "/audit.head: " + why);
}

// --- verification --------------------------------------------------------------

AuditVerification verifyAudit(const std::string &dir, ByteView key)
{
    AuditVerification v;
    std::ifstream in(dir + "/audit.log", std::ios::binary);
    if (!in) {
        v.problem = dir + "/audit.log: cannot be read";
        return v;
    }
    std::string line;
    std::string prevMac = kZeroMac;
    std::uint64_t expected = 1;
    std::size_t lineNo = 0;
    auto bad = [&](std::uint64_t seq, std::size_t at, std::string what) {
        v.ok = false;
        v.firstBad = seq;
        v.line = at;
        v.problem = std::move(what);
        return v;
    };
    while (std::getline(in, line)) {
        ++lineNo;
        if (in.eof())
            return bad(expected, lineNo, "line " + std::to_string(lineNo) + " is cut off (no end of line)");
        AuditEntry e;
        std::string why;
        if (!parseAuditLine(line, e, &why))
            return bad(expected, lineNo, "line " + std::to_string(lineNo) + ": entry " + std::to_string(expected)
                                             + " was edited (" + why + ")");
        if (e.seq > expected)
            return bad(expected, lineNo, "entry " + std::to_string(expected) + " is missing (line "
                                             + std::to_string(lineNo) + " holds entry " + std::to_string(e.seq) + ")");
        if (e.seq < expected)
            return bad(e.seq, lineNo, "entry " + std::to_string(e.seq) + " at line " + std::to_string(lineNo)
                                          + " is out of order (expected entry " + std::to_string(expected) + ")");
        if (auditMac(key, e) != e.mac)
            return bad(e.seq, lineNo, "entry " + std::to_string(e.seq) + " at line " + std::to_string(lineNo)
                                          + " was edited (its MAC does not match)");
        if (e.prev != prevMac)
            return bad(e.seq, lineNo, "entry " + std::to_string(e.seq) + " at line " + std::to_string(lineNo)
                                          + " does not follow entry " + std::to_string(e.seq - 1)
                                          + " (reordered or replaced)");
        prevMac = e.mac;
        v.entries = e.seq;
        ++expected;
    }
    SignedHead head;
    bool exists = false;
    const bool headOk = readSignedHead(dir + "/audit.head", key, kHeadLabel, head, exists);
    if (!exists && v.entries > 0)
        return bad(v.entries + 1, 0, "audit.head is missing: the end of the log cannot be checked");
    if (exists && !headOk)
        return bad(v.entries + 1, 0, "audit.head has no valid signature (changed, or from another vault)");
    if (headOk && head.seq > v.entries)
        return bad(v.entries + 1, 0, "the log was truncated: it ends at entry " + std::to_string(v.entries)
                                         + ", the signed head says " + std::to_string(head.seq));
    v.ok = true;
    return v;
}

// --- anomalies -------------------------------------------------------------------

std::vector<std::string> AnomalyDetector::observe(const AuditEntry &entry, std::int64_t timeMs)
{
    std::vector<std::string> alerts;
    Window &w = m_windows[entry.identity];
    const std::int64_t from = timeMs - m_rule.windowMs;
    while (!w.denials.empty() && w.denials.front() <= from)
        w.denials.pop_front();
    while (!w.reads.empty() && w.reads.front().first <= from) {
        const auto it = w.readCounts.find(w.reads.front().second);
        if (it != w.readCounts.end() && --it->second == 0)
            w.readCounts.erase(it);
        w.reads.pop_front();
    }
    if (!entry.allowed) {
        w.denials.push_back(timeMs);
    } else if (entry.action == "read" && !entry.path.empty()) {
        w.reads.emplace_back(timeMs, entry.path);
        ++w.readCounts[entry.path];
    }
    const auto seconds = [&] { return std::to_string(m_rule.windowMs / 1000) + " s"; };
    if (w.denials.size() > m_rule.maxDenials) {
        if (!w.denialAlert)
            alerts.push_back("identity \"" + entry.identity + "\": " + std::to_string(w.denials.size())
                             + " denied requests within " + seconds() + " (the rule allows "
                             + std::to_string(m_rule.maxDenials) + ")");
        w.denialAlert = true;
    } else {
        w.denialAlert = false;
    }
    // Distinct paths in the window, kept as counts: O(log n) per entry.
    const std::size_t distinct = w.readCounts.size();
    if (distinct > m_rule.maxDistinctReads) {
        if (!w.readAlert)
            alerts.push_back("identity \"" + entry.identity + "\": read " + std::to_string(distinct)
                             + " distinct secrets within " + seconds() + " (the rule allows "
                             + std::to_string(m_rule.maxDistinctReads) + ")");
        w.readAlert = true;
    } else {
        w.readAlert = false;
    }
    return alerts;
}

} // namespace OpsDeck::Vault
