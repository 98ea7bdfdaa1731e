// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/vault/vaultengine.h"

#include "recordcodec.h"
#include "vaultstate.h"

#include "opsdeck/embedded/fileutil.h"
#include "opsdeck/vault/signedhead.h"

#include <nlohmann/json.hpp>
#include <zlib.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <set>
#include <unordered_map>
#include <thread>
#include <sstream>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace OpsDeck::Vault {

using namespace Records;

namespace {

constexpr char kLogMagic[8] = {'O', 'D', 'S', 'E', 'C', 'L', 'O', 'G'};
constexpr std::uint32_t kLogVersion = 2; // 2: path names sealed, found by their index MAC
constexpr std::uint32_t kLogVersionClearNames = 1;
constexpr std::size_t kLogHeaderBytes = 32;
constexpr std::size_t kFrameBytes = 8; // u32 length, u32 CRC-32
constexpr std::size_t kMaxRecord = 64u << 20;
constexpr std::string_view kValueLabel = "opsdeck-vault/v1/value";
constexpr std::string_view kLogHeadLabel = "opsdeck-vault/v1/log-head";
constexpr std::int64_t kDayMs = 86'400'000;
constexpr std::size_t kRewrapBatch = 256;
constexpr std::uint64_t kStateEvery = 256; // commits between state-file updates

std::int64_t systemNowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string rfc3339(std::int64_t ms)
{
    const std::time_t secs = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char buf[96];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1,
                  tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms % 1000));
    return buf;
}

/** Milliseconds since the epoch of an RFC 3339 UTC time as rfc3339() writes it; 0 when it is not one. */
std::int64_t parseRfc3339(const std::string &text)
{
    std::tm tm{};
    int ms = 0;
    if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d.%3dZ", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
                    &tm.tm_min, &tm.tm_sec, &ms)
        != 7)
        return 0;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    return static_cast<std::int64_t>(timegm(&tm)) * 1000 + ms;
}

VaultStatus status(VaultErrorCode code, std::string message)
{
    return VaultStatus{code, std::move(message)};
}

VaultStatus lockedStatus()
{
    return status(VaultErrorCode::Locked, "the vault is locked");
}

/** The GCM associated data of a value: binds vault, path, version and the record header. */
Bytes valueAad(const Bytes &vaultId, std::string_view path, std::uint32_t version, std::uint32_t term,
               ByteView wrappedKey, ValueKind kind)
{
    Bytes aad(kValueLabel.begin(), kValueLabel.end());
    aad.push_back(0);
    aad.insert(aad.end(), vaultId.begin(), vaultId.end());
    putString(aad, path);
    putU32(aad, version);
    putU32(aad, term);
    putBytes(aad, wrappedKey);
    putU8(aad, static_cast<std::uint8_t>(kind));
    return aad;
}

struct StoredVersion
{
    VersionInfo info;
    Bytes wrappedKey;
    Bytes nonce;
    Bytes sealed;

    void forget()
    {
        wrappedKey.clear();
        nonce.assign(kNonceBytes, 0);
        sealed.clear();
        info.destroyed = true;
    }
};

struct Secret
{
    std::vector<StoredVersion> versions; // index = version - 1
    SecretMetadata metadata;
    bool hasMetadata = false;

    std::uint32_t current() const
    {
        for (auto it = versions.rbegin(); it != versions.rend(); ++it) {
            if (!it->info.deleted && !it->info.destroyed)
                return it->info.version;
        }
        return 0;
    }
};

/** Opens one sealed version with the term key that wrapped its data key. */
VaultStatus openSealed(const Keyring &keys, const Bytes &vaultId, std::string_view path, const StoredVersion &v,
                   SecureBuffer &value)
{
    if (v.info.destroyed)
        return status(VaultErrorCode::NotFound,
                      std::string(path) + " version " + std::to_string(v.info.version) + " was destroyed");
    const Term *term = keys.term(v.info.term);
    if (!term)
        return status(VaultErrorCode::Corrupt, std::string(path) + " version " + std::to_string(v.info.version)
                                                   + ": its key term " + std::to_string(v.info.term)
                                                   + " is not in the keyring");
    SecureBuffer dataKey;
    std::string error;
    if (!aesKwpUnwrap(term->key.span(), v.wrappedKey, dataKey, &error)
        || !aesGcmOpen(dataKey.span(), v.nonce,
                       valueAad(vaultId, path, v.info.version, v.info.term, v.wrappedKey, v.info.kind),
                       v.sealed, value, &error))
        return status(VaultErrorCode::Corrupt, std::string(path) + " version " + std::to_string(v.info.version)
                                                   + " does not open: " + error);
    return {};
}

bool pathInFolder(std::string_view path, std::string_view folder)
{
    if (folder.empty())
        return true;
    return path == folder || (path.size() > folder.size() && path.substr(0, folder.size()) == folder
                              && path[folder.size()] == '/');
}

// --- metadata as JSON (not secret; sealed by the record chain) -----------------

std::string metadataJson(const SecretMetadata &m)
{
    nlohmann::ordered_json j;
    j["description"] = m.description;
    j["expires_ms"] = m.expiresAtMs;
    j["generator"] = m.generator;
    j["owner"] = m.owner;
    j["rotation_days"] = m.rotationDays;
    j["tags"] = m.tags;
    return j.dump(-1, ' ', true);
}

bool parseMetadataJson(std::string_view text, SecretMetadata &m, std::string *error)
{
    try {
        const auto j = nlohmann::json::parse(text);
        m.description = j.at("description").get<std::string>();
        if (!j.at("expires_ms").is_number_integer() || !j.at("rotation_days").is_number_unsigned()
            || j.at("rotation_days").get<std::uint64_t>() > 3650) {
            if (error)
                *error = "expires_ms and rotation_days are whole numbers";
            return false;
        }
        m.expiresAtMs = j.at("expires_ms").get<std::int64_t>();
        m.generator = j.at("generator").get<std::string>();
        m.owner = j.at("owner").get<std::string>();
        m.rotationDays = j.at("rotation_days").get<std::uint32_t>();
        m.tags = j.at("tags").get<std::vector<std::string>>();
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = e.what();
        return false;
    }
}

bool checkText(std::string_view what, std::string_view text, std::size_t max, std::string *error)
{
    if (text.size() > max) {
        *error = std::string(what) + ": longer than " + std::to_string(max) + " bytes";
        return false;
    }
    for (const char c : text) {
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t') {
            *error = std::string(what) + ": holds a control character";
            return false;
        }
    }
    return true;
}

bool checkMetadata(const SecretMetadata &m, std::string *error)
{
    if (!checkText("owner", m.owner, 256, error) || !checkText("description", m.description, 4096, error))
        return false;
    for (std::size_t i = 0; i < m.tags.size(); ++i) {
        const std::string what = "tags[" + std::to_string(i) + "]";
        if (m.tags[i].empty() || m.tags[i].find(',') != std::string::npos) {
            *error = what + ": a tag is not empty and has no comma";
            return false;
        }
        if (!checkText(what, m.tags[i], 128, error))
            return false;
    }
    if (m.expiresAtMs < 0) {
        *error = "expiry: before 1970";
        return false;
    }
    if (m.rotationDays > 3650) {
        *error = "rotation_days: at most 3650 (ten years)";
        return false;
    }
    GeneratorSpec spec;
    if (!m.generator.empty() && !parseGenerator(m.generator, spec, error)) {
        *error = "generator: " + *error;
        return false;
    }
    return true;
}

SecretSummary summarize(const std::string &path, const Secret &secret, std::int64_t nowMs)
{
    SecretSummary summary;
    summary.path = path;
    summary.current = secret.current();
    for (const auto &v : secret.versions)
        summary.versions.push_back(v.info);
    summary.metadata = secret.metadata;
    summary.rotation = rotationStatus(summary, nowMs, &summary.rotateByMs);
    return summary;
}

} // namespace

bool checkMapValue(ByteView value, std::string *error)
{
    const auto j = nlohmann::json::parse(value.begin(), value.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        *error = "a key/value map is a JSON object such as {\"user\": \"app\", \"password\": \"…\"}";
        return false;
    }
    for (const auto &[key, item] : j.items()) {
        if (!item.is_string()) {
            *error = "key/value map: the value of \"" + key + "\" is not a string";
            return false;
        }
    }
    return true;
}

RotationStatus rotationStatus(const SecretSummary &summary, std::int64_t nowMs, std::int64_t *rotateByMs)
{
    if (rotateByMs)
        *rotateByMs = 0;
    if (summary.metadata.rotationDays == 0 || summary.current == 0 || summary.current > summary.versions.size())
        return RotationStatus::None;
    const std::int64_t maxAge = static_cast<std::int64_t>(summary.metadata.rotationDays) * kDayMs;
    const std::int64_t born = summary.versions[summary.current - 1].createdAtMs;
    const std::int64_t by = born + maxAge;
    if (rotateByMs)
        *rotateByMs = by;
    if (nowMs >= by)
        return RotationStatus::Overdue;
    if (nowMs >= by - std::min<std::int64_t>(7 * kDayMs, maxAge / 4))
        return RotationStatus::Due;
    return RotationStatus::Ok;
}

struct VaultEngine::Impl
{
    std::string dir;
    VaultOptions options;
    int lockFd = -1;
    int logFd = -1;
    int headFd = -1;
    KeyFile keyFile;
    // Set while unlocked. Shared so a read can open a value outside `mutex`
    // with the keyring it looked up, even if a rotation replaces it meanwhile.
    std::shared_ptr<const Keyring> keys;
    SecureBuffer logKey;
    SecureBuffer indexKey; // K_index: a path's MAC, how the log finds it
    SecureBuffer namesKey; // K_names: seals the path's name
    std::uint32_t logVersion = kLogVersion;
    // Each path's name field as the log stores it, and back: a path is sealed
    // once and opened once per unlock, however many records name it.
    std::unordered_map<std::string, Bytes> nameFields;
    std::map<Bytes, std::string> namesByMac;
    std::unique_ptr<GcmOpener> nameOpener; // K_names keyed once (while loading, under `mutex`)
    std::unique_ptr<HmacKey> indexMac;     // K_index keyed once (under `mutex`)
    mutable std::unique_ptr<HmacKey> logMac; // K_log keyed once (under `mutex` or the token)
    std::unique_ptr<AuditWriter> audit;
    std::optional<AnomalyDetector> anomalies;

    // Under `mutex`: the state every request reads and changes.
    mutable std::mutex mutex;
    Bytes lastMac;            // chain MAC of the last record written
    std::uint64_t records = 0;
    std::uint64_t logEpoch = 0;
    std::map<std::string, Secret, std::less<>> secrets;
    PolicySet policySet;
    std::uint64_t written = 0; // changes handed out as commit tickets

    // Group commit: one thread at a time holds the commit token and makes
    // everything written so far durable; the others wait for it.
    std::mutex commitMutex;
    std::condition_variable commitCv;
    bool committing = false;
    std::uint64_t synced = 0;
    std::string failure_; // set once a write or sync failed: fail closed until re-unlocked
    std::uint64_t headCounter = 0;   // token holder only
    std::atomic<int> writersInFlight{0}; // puts between their start and their commit()
    std::uint64_t commitsSinceState = 0;

    ~Impl()
    {
        if (logFd >= 0)
            ::close(logFd);
        if (headFd >= 0)
            ::close(headFd);
        if (lockFd >= 0)
            ::close(lockFd); // releases the flock
    }

    std::int64_t now() const { return options.nowMs ? options.nowMs() : systemNowMs(); }
    std::string keysPath() const { return dir + "/keys.json"; }
    std::string logPath() const { return dir + "/secrets.log"; }
    std::string headPath() const { return dir + "/secrets.head"; }
    std::string statePath() const { return vaultStatePath(options.stateDir, keyFile.vaultId); }

    // --- the commit token ------------------------------------------------------

    /** Waits until no one commits, then holds the token (lock order: token, then mutex). */
    void takeToken()
    {
        std::unique_lock c(commitMutex);
        commitCv.wait(c, [&] { return !committing; });
        committing = true;
    }
    void giveToken()
    {
        {
            std::lock_guard c(commitMutex);
            committing = false;
        }
        commitCv.notify_all();
    }

    /**
     * Returns once everything up to \a ticket is durable: the audit log first,
     * then the record log, then its signed head. Called without `mutex`.
     */
    VaultStatus commit(std::uint64_t ticket)
    {
        std::unique_lock c(commitMutex);
        for (;;) {
            if (!failure_.empty())
                return status(VaultErrorCode::Io, failure_);
            if (synced >= ticket)
                return {};
            if (committing) {
                commitCv.wait(c);
                continue;
            }
            committing = true;
            c.unlock();
            std::uint64_t target = 0;
            std::string error;
            const VaultStatus s = syncAll(target, &error);
            c.lock();
            committing = false;
            if (s.ok())
                synced = std::max(synced, target);
            else
                failure_ = s.message;
            commitCv.notify_all();
        }
    }

    /** The token holder's half of commit(). */
    VaultStatus syncAll(std::uint64_t &target, std::string *error)
    {
        // Writers that are about to append ride along: a short wait for them
        // costs far less than the fsyncs of a group of one.
        const auto until = std::chrono::steady_clock::now() + std::chrono::microseconds(500);
        while (writersInFlight.load() > 0 && std::chrono::steady_clock::now() < until)
            std::this_thread::yield();
        AuditWriter::Checkpoint reached;
        SignedHead head;
        VaultState state;
        {
            std::lock_guard lock(mutex);
            target = written;
            if (!audit)
                return lockedStatus();
            if (!audit->flush(reached, error))
                return status(VaultErrorCode::AuditFailed, "the audit log cannot be written: " + *error);
            head = SignedHead{records, 0, lastMac, logEpoch};
            state = VaultState{keyFile.generation, logEpoch, records, reached.seq};
        }
        if (!audit->sync(reached, error))
            return status(VaultErrorCode::AuditFailed, "the audit log cannot be written: " + *error);
        if (::fdatasync(logFd) != 0)
            return status(VaultErrorCode::Io, logPath() + ": " + std::strerror(errno));
        if (VaultStatus s = writeHead(head); !s.ok())
            return s;
        if (++commitsSinceState >= kStateEvery) {
            commitsSinceState = 0;
            rememberState(state);
        }
        return {};
    }

    /** Everything written so far made durable (token and mutex not held). */
    VaultStatus drain()
    {
        std::uint64_t ticket;
        {
            std::lock_guard lock(mutex);
            ticket = written;
        }
        return commit(ticket);
    }

    VaultStatus writeHead(SignedHead head)
    {
        if (headFd < 0) {
            headFd = ::open(headPath().c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
            if (headFd < 0)
                return status(VaultErrorCode::Io, headPath() + ": " + std::strerror(errno));
        }
        head.counter = ++headCounter;
        std::string error;
        if (!writeSignedHead(headFd, logKey.span(), kLogHeadLabel, head, &error))
            return status(VaultErrorCode::Io, headPath() + ": " + error);
        return {};
    }

    void rememberState(const VaultState &state)
    {
        if (!keys)
            return;
        std::string ignored; // the state is a safety net; a failure to write it is not a failed request
        writeVaultState(statePath(), keys->derive("state").span(), state, &ignored);
    }

    VaultState currentState() const
    {
        return VaultState{keyFile.generation, logEpoch, records, audit ? audit->lastSeq() : 0};
    }

    /** Reads and parses keys.json into keyFile. */
    VaultStatus readKeyFile()
    {
        std::ifstream in(keysPath(), std::ios::binary);
        if (!in)
            return status(VaultErrorCode::NotFound, "no vault in " + dir + " (keys.json is missing)");
        std::stringstream text;
        text << in.rdbuf();
        std::string error;
        KeyFile file;
        if (!parseKeyFile(text.str(), file, &error))
            return status(VaultErrorCode::Corrupt, keysPath() + ": " + error);
        keyFile = std::move(file);
        return {};
    }

    void releaseLock()
    {
        if (lockFd >= 0)
            ::close(lockFd); // releases the flock
        lockFd = -1;
    }

    VaultStatus takeLock()
    {
        if (lockFd >= 0)
            return {};
        const std::string path = dir + "/LOCK";
        lockFd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (lockFd < 0)
            return status(VaultErrorCode::Io, path + ": " + std::strerror(errno));
        if (::flock(lockFd, LOCK_EX | LOCK_NB) != 0) {
            char pid[32] = {};
            const ssize_t n = ::pread(lockFd, pid, sizeof pid - 1, 0);
            releaseLock();
            return status(VaultErrorCode::Busy, "the vault in " + dir + " is in use by another process (pid "
                                                    + std::string(pid, n > 0 ? static_cast<std::size_t>(n) : 0)
                                                    + "); lock the vault there (or close that program) first");
        }
        const std::string me = std::to_string(::getpid());
        if (::ftruncate(lockFd, 0) != 0 || ::pwrite(lockFd, me.data(), me.size(), 0) < 0)
            return status(VaultErrorCode::Io, path + ": " + std::strerror(errno));
        return {};
    }

    // --- audit -----------------------------------------------------------------

    /**
     * Records one decision (under `mutex`). With \a write the entry reaches
     * the file before this returns (a read returns its value only after
     * that); durability comes with the next commit. Fails closed.
     */
    VaultStatus audited(const RequestContext &who, std::string_view action, std::string_view path, bool allowed,
                        const std::string &reason, bool write)
    {
        const std::int64_t t = now();
        AuditEntry e;
        e.time = rfc3339(t);
        e.identity = who.identity;
        e.action = std::string(action);
        e.path = std::string(path);
        e.allowed = allowed;
        e.reason = reason;
        e.pid = who.pid;
        e.process = who.process;
        e.host = who.host;
        std::string error;
        if (const std::string failed = failure(); !failed.empty())
            return status(VaultErrorCode::AuditFailed, "nothing is done after a failed write: " + failed);
        if (!audit || !audit->append(e, &error))
            return status(VaultErrorCode::AuditFailed,
                          "the audit log cannot be written, so nothing is done (" + error + ")");
        ++written;
        if (anomalies) {
            for (const std::string &alert : anomalies->observe(e, t)) {
                AuditEntry a;
                a.time = e.time;
                a.identity = e.identity;
                a.action = "anomaly";
                a.allowed = false;
                a.reason = alert;
                a.pid = e.pid;
                a.process = e.process;
                a.host = e.host;
                if (!audit->append(a, &error))
                    return status(VaultErrorCode::AuditFailed,
                                  "the audit log cannot be written, so nothing is done (" + error + ")");
                if (options.onAlert)
                    options.onAlert(alert);
            }
        }
        AuditWriter::Checkpoint ignored;
        if (write && !audit->flush(ignored, &error))
            return status(VaultErrorCode::AuditFailed,
                          "the audit log cannot be written, so nothing is done (" + error + ")");
        return {};
    }

    /** Why the vault stopped writing, or empty. */
    std::string failure()
    {
        std::lock_guard c(commitMutex);
        return failure_;
    }

    /** Decides, audits, and says Denied in words when the policies say no. */
    VaultStatus authorize(const RequestContext &who, Capability capability, std::string_view path,
                          std::string_view action = {}, bool write = false)
    {
        const Decision d = policySet.decide(who.identity, capability, path);
        VaultStatus s = audited(who, action.empty() ? capabilityName(capability) : action, path, d.allowed, d.reason,
                                write);
        if (!s.ok())
            return s;
        if (!d.allowed)
            return status(VaultErrorCode::Denied, "denied: " + d.reason);
        return {};
    }

    VaultStatus authorizeManage(const RequestContext &who, std::string_view action)
    {
        const Decision d = policySet.decideManage(who.identity);
        VaultStatus s = audited(who, action, "", d.allowed, d.reason, false);
        if (!s.ok())
            return s;
        if (!d.allowed)
            return status(VaultErrorCode::Denied, "denied: " + d.reason);
        return {};
    }

    // --- secrets.log -----------------------------------------------------------

    Bytes chainMac(const Bytes &prev, std::uint64_t index, ByteView payload) const
    {
        Bytes mac(kMacBytes);
        unsigned char number[8];
        BigEndian::store(number, index);
        // Keyed once per unlock: the log's 20,000 records at unlock pay for hashing only.
        if (!logMac)
            logMac = std::make_unique<HmacKey>(logKey.span());
        logMac->mac({prev, ByteView(number, 8), payload}, std::span<unsigned char, kMacBytes>(mac.data(), kMacBytes));
        return mac;
    }

    /** Frames \a payload as record \a index after \a prev into \a out; returns its chain MAC. */
    Bytes frame(Bytes &out, const Bytes &prev, std::uint64_t index, const Bytes &payload) const
    {
        putU32(out, static_cast<std::uint32_t>(payload.size()));
        putU32(out, static_cast<std::uint32_t>(crc32(0, payload.data(), static_cast<uInt>(payload.size()))));
        out.insert(out.end(), payload.begin(), payload.end());
        Bytes mac = chainMac(prev, index, payload);
        out.insert(out.end(), mac.begin(), mac.end());
        return mac;
    }

    /** Writes one record (under `mutex`); commit() makes it durable. */
    VaultStatus writeRecord(const Bytes &payload)
    {
        Bytes out;
        Bytes mac = frame(out, lastMac, records + 1, payload);
        if (!Embedded::writeFully(logFd, {reinterpret_cast<const char *>(out.data()), out.size()})) {
            const std::string why = logPath() + ": " + std::strerror(errno);
            // A partial record may now end the file; nothing more may be appended after it.
            std::lock_guard c(commitMutex);
            failure_ = "the vault stopped writing after a failed write (" + why + "); lock and unlock it";
            return status(VaultErrorCode::Io, why);
        }
        lastMac = std::move(mac);
        ++records;
        ++written;
        return {};
    }

    /** AAD of a sealed path name: it belongs to this vault and to its index MAC. */
    Bytes nameAad(ByteView mac) const
    {
        static constexpr std::string_view kLabel = "opsdeck-vault/v1/path";
        Bytes aad(kLabel.begin(), kLabel.end());
        aad.push_back(0);
        aad.insert(aad.end(), keyFile.vaultId.begin(), keyFile.vaultId.end());
        aad.insert(aad.end(), mac.begin(), mac.end());
        return aad;
    }

    void indexMacOf(std::string_view path, Bytes &mac)
    {
        if (!indexMac)
            indexMac = std::make_unique<HmacKey>(indexKey.span());
        indexMac->mac({bytesOf(path)}, std::span<unsigned char, kMacBytes>(mac.data(), kMacBytes));
    }

    /** \a path as the log stores it: HMAC(K_index, path) || nonce || AES-GCM(K_names, path). */
    const Bytes &nameField(std::string_view pathView)
    {
        static const Bytes kNone;
        if (pathView.empty())
            return kNone;
        std::string path(pathView);
        if (const auto it = nameFields.find(path); it != nameFields.end())
            return it->second;
        Bytes field(kMacBytes);
        indexMacOf(path, field);
        const Bytes nonce = randomPublic(kNonceBytes);
        Bytes sealed;
        if (!aesGcmSeal(namesKey.span(), nonce, nameAad(ByteView(field).first(kMacBytes)), bytesOf(path), sealed,
                        nullptr))
            sealed.clear(); // cannot happen with valid keys; a record without a name fails to read back
        field.insert(field.end(), nonce.begin(), nonce.end());
        field.insert(field.end(), sealed.begin(), sealed.end());
        namesByMac.emplace(Bytes(field.begin(), field.begin() + kMacBytes), path);
        return nameFields.emplace(std::move(path), std::move(field)).first->second;
    }

    /** The record head, its path stored as this log's version stores it. */
    Bytes recordHead(Type type, std::string_view path, std::uint32_t version, std::int64_t atMs,
                     std::string_view by)
    {
        return head(type, nameField(path), version, atMs, by);
    }

    /** Reads a stored name back to its path; false (with why) when it does not open or match its MAC. */
    bool openName(ByteView field, std::string &path, std::string &why)
    {
        if (field.empty()) {
            path.clear();
            return true;
        }
        if (logVersion == kLogVersionClearNames) {
            path.assign(reinterpret_cast<const char *>(field.data()), field.size());
            return true;
        }
        if (field.size() < kMacBytes + kNonceBytes + kTagBytes + 1) {
            why = "a path name too short to be sealed";
            return false;
        }
        const Bytes mac(field.begin(), field.begin() + kMacBytes);
        // The chain MAC already vouches for these bytes; a name seen before
        // (same MAC, which only its path can have) needs no second opening.
        if (const auto it = namesByMac.find(mac); it != namesByMac.end()) {
            path = it->second;
            return true;
        }
        SecureBuffer plain;
        if (!nameOpener)
            nameOpener = std::make_unique<GcmOpener>(namesKey.span());
        if (!nameOpener->open(field.subspan(kMacBytes, kNonceBytes), nameAad(mac), field.subspan(kMacBytes + kNonceBytes),
                              plain, &why)) {
            why = "a path name that does not open (" + why + ")";
            return false;
        }
        path.assign(reinterpret_cast<const char *>(plain.data()), plain.size());
        Bytes expected(kMacBytes);
        indexMacOf(path, expected);
        if (!constantTimeEquals(expected, mac)) {
            why = "a path name that does not match its index MAC";
            return false;
        }
        namesByMac.emplace(mac, path);
        nameFields.emplace(path, Bytes(field.begin(), field.end()));
        return true;
    }

    Bytes logHeader(std::uint32_t epoch) const
    {
        Bytes header(kLogMagic, kLogMagic + 8);
        putU32(header, kLogVersion);
        header.insert(header.end(), keyFile.vaultId.begin(), keyFile.vaultId.end());
        putU32(header, epoch);
        return header;
    }

    VaultStatus apply(ByteView payload, std::uint64_t index, std::uint64_t offset, std::uint64_t *snapshotCount)
    {
        auto corrupt = [&](const std::string &what) {
            return status(VaultErrorCode::Corrupt, logPath() + ": record " + std::to_string(index) + " at byte "
                                                       + std::to_string(offset) + ": " + what);
        };
        Reader r(payload);
        const auto type = static_cast<Type>(r.u8());
        const ByteView name = r.lengthPrefixed();
        const std::uint32_t version = r.u32();
        const auto at = static_cast<std::int64_t>(r.u64());
        const std::string by = r.string();
        if (!r.ok())
            return corrupt("cut short");
        std::string path;
        if (std::string why; !openName(name, path, why))
            return corrupt(why);
        if (type == Type::Snapshot) {
            const std::uint64_t epoch = r.u64();
            const std::uint64_t count = r.u64();
            if (!r.ok() || !r.atEnd() || index != 1 || epoch != logEpoch)
                return corrupt("a snapshot record out of place");
            *snapshotCount = count;
            return {};
        }
        if (index == 1 && logEpoch > 0)
            return corrupt("a rewritten log must start with its snapshot record");
        switch (type) {
        case Type::Version: {
            StoredVersion v;
            v.info.version = version;
            v.info.createdAtMs = at;
            v.info.createdBy = by;
            const std::uint8_t kind = r.u8();
            if (kind > static_cast<std::uint8_t>(ValueKind::Map))
                return corrupt("unknown value kind " + std::to_string(kind));
            v.info.kind = static_cast<ValueKind>(kind);
            v.info.term = r.u32();
            const ByteView wk = r.lengthPrefixed();
            v.wrappedKey.assign(wk.begin(), wk.end());
            const ByteView nonce = r.bytes(kNonceBytes);
            v.nonce.assign(nonce.begin(), nonce.end());
            const ByteView sealed = r.lengthPrefixed();
            v.sealed.assign(sealed.begin(), sealed.end());
            if (!r.ok() || !r.atEnd())
                return corrupt("a version record of the wrong length");
            Secret &s = secrets[path];
            if (version != s.versions.size() + 1)
                return corrupt("version " + std::to_string(version) + " of " + path + " out of sequence");
            s.versions.push_back(std::move(v));
            return {};
        }
        case Type::Delete:
        case Type::Restore:
        case Type::Destroy: {
            const auto it = secrets.find(path);
            if (!r.atEnd() || it == secrets.end() || version == 0 || version > it->second.versions.size())
                return corrupt("a change of a version that does not exist");
            StoredVersion &v = it->second.versions[version - 1];
            if (type == Type::Destroy)
                v.forget();
            else
                v.info.deleted = type == Type::Delete;
            return {};
        }
        case Type::Metadata: {
            const auto it = secrets.find(path);
            const std::string json = r.string();
            std::string error;
            SecretMetadata m;
            if (!r.ok() || !r.atEnd() || it == secrets.end() || !parseMetadataJson(json, m, &error))
                return corrupt("metadata that does not read back (" + error + ")");
            m.updatedAtMs = at;
            m.updatedBy = by;
            it->second.metadata = std::move(m);
            it->second.hasMetadata = true;
            return {};
        }
        case Type::Policies: {
            const ByteView json = r.lengthPrefixed();
            std::string error;
            PolicySet set;
            if (!r.ok() || !r.atEnd()
                || !parsePolicies({reinterpret_cast<const char *>(json.data()), json.size()}, set, &error))
                return corrupt("the policies do not read back (" + error + ")");
            policySet = std::move(set);
            return {};
        }
        case Type::Snapshot:
            break;
        }
        return corrupt("unknown record type " + std::to_string(static_cast<int>(type)));
    }

    /**
     * Reads every record, checking checksums and the MAC chain, then holds
     * the log against its signed head. Records past the head were never
     * acknowledged (a crash between writing and signing) and are cut, as is
     * a torn last record.
     */
    VaultStatus loadLog()
    {
        secrets.clear();
        records = 0;
        lastMac.assign(kMacBytes, 0);
        if (logFd >= 0)
            ::close(logFd);
        logFd = ::open(logPath().c_str(), O_RDWR | O_CLOEXEC);
        if (logFd < 0)
            return status(VaultErrorCode::Corrupt, logPath() + ": " + std::strerror(errno));
        struct stat st{};
        if (fstat(logFd, &st) != 0)
            return status(VaultErrorCode::Io, logPath() + ": " + std::strerror(errno));
        std::string data(static_cast<std::size_t>(st.st_size), '\0');
        if (!data.empty() && ::pread(logFd, data.data(), data.size(), 0) != static_cast<ssize_t>(data.size()))
            return status(VaultErrorCode::Io, logPath() + ": " + std::strerror(errno));
        const ByteView all(reinterpret_cast<const unsigned char *>(data.data()), data.size());
        if (all.size() < kLogHeaderBytes || std::memcmp(all.data(), kLogMagic, 8) != 0)
            return status(VaultErrorCode::Corrupt, logPath() + ": not a vault record log (bad header)");
        Reader header(all.subspan(8, 24));
        logVersion = header.u32();
        if (logVersion != kLogVersion && logVersion != kLogVersionClearNames)
            return status(VaultErrorCode::Corrupt, logPath() + ": record log version " + std::to_string(logVersion)
                                                       + " is not 1 or 2");
        const ByteView id = header.bytes(16);
        if (!constantTimeEquals(id, keyFile.vaultId))
            return status(VaultErrorCode::Corrupt, logPath() + ": belongs to another vault (its vault id differs)");
        logEpoch = header.u32();

        // Pass 1: frames, checksums and the chain.
        struct Found
        {
            std::size_t offset;
            ByteView payload;
            Bytes mac;
        };
        std::vector<Found> found;
        Bytes prev(kMacBytes, 0);
        std::size_t at = kLogHeaderBytes;
        std::size_t end = at;
        while (at < all.size()) {
            const std::size_t left = all.size() - at;
            Reader f(all.subspan(at, std::min(left, kFrameBytes)));
            const std::uint32_t length = f.u32();
            const std::uint32_t crc = f.u32();
            const bool complete = f.ok() && length <= kMaxRecord && left >= kFrameBytes + length + kMacBytes;
            if (!complete)
                break; // torn: a write the process did not finish
            const ByteView payload = all.subspan(at + kFrameBytes, length);
            const std::uint64_t index = found.size() + 1;
            if (crc32(0, payload.data(), static_cast<uInt>(payload.size())) != crc)
                return status(VaultErrorCode::Corrupt, logPath() + ": record " + std::to_string(index) + " at byte "
                                                           + std::to_string(at)
                                                           + " is damaged (checksum); the file was not changed");
            Bytes mac = chainMac(prev, index, payload);
            if (!constantTimeEquals(mac, all.subspan(at + kFrameBytes + length, kMacBytes)))
                return status(VaultErrorCode::Corrupt, logPath() + ": record " + std::to_string(index) + " at byte "
                                                           + std::to_string(at)
                                                           + " was changed (its MAC does not match)");
            found.push_back(Found{at, payload, mac});
            prev = std::move(mac);
            at += kFrameBytes + length + kMacBytes;
            end = at;
        }

        // Pass 2: the signed head decides how much of it counts.
        SignedHead head;
        bool exists = false;
        const bool headOk = readSignedHead(headPath(), logKey.span(), kLogHeadLabel, head, exists);
        if (!exists)
            return status(VaultErrorCode::Corrupt, headPath() + ": missing (the record log cannot be checked)");
        if (!headOk)
            return status(VaultErrorCode::Corrupt, headPath() + ": no valid signed head (changed, or from another vault)");
        std::size_t keep = found.size();
        bool resign = false;
        if (head.epoch == logEpoch) {
            if (head.seq > found.size())
                return status(VaultErrorCode::Corrupt, logPath() + ": was cut: it holds " + std::to_string(found.size())
                                                           + " records, the signed head says " + std::to_string(head.seq));
            if (head.seq > 0 && !constantTimeEquals(head.mac, found[head.seq - 1].mac))
                return status(VaultErrorCode::Corrupt, logPath() + ": record " + std::to_string(head.seq)
                                                           + " is not the one the signed head names");
            keep = head.seq;
        } else if (head.epoch + 1 == logEpoch) {
            // A rewrite that was renamed into place just before its head was
            // signed: valid only whole, as the snapshot record counts it.
            resign = true;
        } else {
            return status(VaultErrorCode::Corrupt, logPath() + ": is rewrite " + std::to_string(logEpoch)
                                                       + " but its signed head names rewrite " + std::to_string(head.epoch)
                                                       + " (an older or foreign copy of a file was put back)");
        }
        std::uint64_t snapshotCount = 0;
        for (std::size_t i = 0; i < keep; ++i) {
            if (VaultStatus s = apply(found[i].payload, i + 1, found[i].offset, &snapshotCount); !s.ok())
                return s;
        }
        if (logEpoch > 0 && (keep == 0 || snapshotCount == 0 || keep < snapshotCount))
            return status(VaultErrorCode::Corrupt, logPath() + ": a rewritten log that is not whole (it holds "
                                                       + std::to_string(keep) + " records, its snapshot says "
                                                       + std::to_string(snapshotCount) + ")");
        if (resign && keep != snapshotCount)
            return status(VaultErrorCode::Corrupt, logPath() + ": a rewritten log with records its head never signed");
        const std::size_t cut = keep == found.size() ? end : found[keep].offset;
        if (cut < all.size() && (::ftruncate(logFd, static_cast<off_t>(cut)) != 0 || ::fdatasync(logFd) != 0))
            return status(VaultErrorCode::Io, logPath() + ": " + std::strerror(errno));
        records = keep;
        if (keep > 0)
            lastMac = found[keep - 1].mac;
        if (::lseek(logFd, 0, SEEK_END) < 0)
            return status(VaultErrorCode::Io, logPath() + ": " + std::strerror(errno));
        headCounter = head.counter;
        if (resign)
            return writeHead(SignedHead{records, 0, lastMac, logEpoch});
        return {};
    }

    /**
     * Rewrites the record log from what is in memory (token and `mutex`
     * held): destroyed versions lose their ciphertext for good, re-wrapped
     * data keys replace the old ones. Atomic: the old log stays until the
     * new one is durable and renamed over it.
     */
    VaultStatus compact()
    {
        const auto epoch = static_cast<std::uint32_t>(logEpoch + 1);
        const std::int64_t t = now();
        std::vector<Bytes> payloads;
        payloads.emplace_back(); // the snapshot, filled in below
        Bytes policies = recordHead(Type::Policies, "", 0, t, "");
        putString(policies, serializePolicies(policySet));
        payloads.push_back(std::move(policies));
        for (const auto &[path, secret] : secrets) {
            for (const StoredVersion &v : secret.versions) {
                Bytes p = recordHead(Type::Version, path, v.info.version, v.info.createdAtMs, v.info.createdBy);
                putU8(p, static_cast<std::uint8_t>(v.info.kind));
                putU32(p, v.info.term);
                putBytes(p, v.wrappedKey);
                const Bytes zeros(kNonceBytes, 0);
                p.insert(p.end(), v.nonce.size() == kNonceBytes ? v.nonce.begin() : zeros.begin(),
                         v.nonce.size() == kNonceBytes ? v.nonce.end() : zeros.end());
                putBytes(p, v.sealed);
                payloads.push_back(std::move(p));
                if (v.info.destroyed)
                    payloads.push_back(recordHead(Type::Destroy, path, v.info.version, t, ""));
                else if (v.info.deleted)
                    payloads.push_back(recordHead(Type::Delete, path, v.info.version, t, ""));
            }
            if (secret.hasMetadata) {
                Bytes p = recordHead(Type::Metadata, path, 0, secret.metadata.updatedAtMs, secret.metadata.updatedBy);
                putString(p, metadataJson(secret.metadata));
                payloads.push_back(std::move(p));
            }
        }
        Bytes snapshot = recordHead(Type::Snapshot, "", 0, t, "");
        putU64(snapshot, epoch);
        putU64(snapshot, payloads.size());
        payloads[0] = std::move(snapshot);

        Bytes file = logHeader(epoch);
        Bytes prev(kMacBytes, 0);
        for (std::size_t i = 0; i < payloads.size(); ++i)
            prev = frame(file, prev, i + 1, payloads[i]);
        std::string error;
        if (!Embedded::writeFileAtomically(logPath(), {reinterpret_cast<const char *>(file.data()), file.size()},
                                           &error))
            return status(VaultErrorCode::Io, "the record log was not rewritten (the old one is intact): " + error);
        const int fd = ::open(logPath().c_str(), O_RDWR | O_CLOEXEC);
        if (fd < 0 || ::lseek(fd, 0, SEEK_END) < 0)
            return status(VaultErrorCode::Io, logPath() + ": " + std::strerror(errno));
        ::close(logFd);
        logFd = fd;
        records = payloads.size();
        lastMac = prev;
        logEpoch = epoch;
        logVersion = kLogVersion;
        if (VaultStatus s = writeHead(SignedHead{records, 0, lastMac, logEpoch}); !s.ok())
            return s;
        rememberState(currentState());
        return {};
    }

    VaultStatus writePolicies(const PolicySet &set, const std::string &by)
    {
        Bytes p = recordHead(Type::Policies, "", 0, now(), by);
        putString(p, serializePolicies(set));
        if (VaultStatus s = writeRecord(p); !s.ok())
            return s;
        policySet = set;
        return {};
    }

    /** Seals \a value as \a version of \a path under the active term into \a v. */
    VaultStatus seal(std::string_view path, std::uint32_t version, ByteView value, ValueKind kind, StoredVersion &v)
    {
        const Term *term = keys->term(keys->activeTerm);
        SecureBuffer dataKey = randomKey();
        Bytes nonce = randomPublic(kNonceBytes);
        Bytes wrapped, sealed;
        std::string error;
        if (!term || dataKey.empty() || nonce.size() != kNonceBytes
            || !aesKwpWrap(term->key.span(), dataKey.span(), wrapped, &error)
            || !aesGcmSeal(dataKey.span(), nonce, valueAad(keyFile.vaultId, path, version, term->number, wrapped, kind),
                           value, sealed, &error))
            return status(VaultErrorCode::Io, "cannot seal the value: " + error);
        v.info.version = version;
        v.info.kind = kind;
        v.info.term = term->number;
        v.wrappedKey = std::move(wrapped);
        v.nonce = std::move(nonce);
        v.sealed = std::move(sealed);
        return {};
    }

    /** Writes a new version (under `mutex`; the caller authorized it and commits). */
    VaultStatus putLocked(const RequestContext &who, std::string_view path, ByteView value, ValueKind kind,
                          VersionInfo *written_)
    {
        const auto it = secrets.find(path);
        const std::uint32_t version
            = it != secrets.end() ? static_cast<std::uint32_t>(it->second.versions.size() + 1) : 1;
        StoredVersion v;
        if (VaultStatus s = seal(path, version, value, kind, v); !s.ok())
            return s;
        v.info.createdBy = who.identity;
        v.info.createdAtMs = now();
        Bytes p = recordHead(Type::Version, path, version, v.info.createdAtMs, who.identity);
        putU8(p, static_cast<std::uint8_t>(kind));
        putU32(p, v.info.term);
        putBytes(p, v.wrappedKey);
        p.insert(p.end(), v.nonce.begin(), v.nonce.end());
        putBytes(p, v.sealed);
        if (VaultStatus s = writeRecord(p); !s.ok())
            return s;
        if (written_)
            *written_ = v.info;
        secrets[std::string(path)].versions.push_back(std::move(v));
        return {};
    }

    VaultStatus openValue(std::string_view path, const StoredVersion &v, SecureBuffer &value) const
    {
        return openSealed(*keys, keyFile.vaultId, path, v, value);
    }

    /** The version \a version (0: current) of \a path, or why not. */
    VaultStatus findVersion(std::string_view path, std::uint32_t version, const StoredVersion *&out,
                            bool allowDeleted = false)
    {
        const auto it = secrets.find(path);
        if (it == secrets.end())
            return status(VaultErrorCode::NotFound, "no secret " + std::string(path));
        const std::uint32_t wanted = version == 0 ? it->second.current() : version;
        if (wanted == 0 || wanted > it->second.versions.size())
            return status(VaultErrorCode::NotFound, std::string(path) + " has no version " + std::to_string(version));
        const StoredVersion &v = it->second.versions[wanted - 1];
        if (v.info.destroyed)
            return status(VaultErrorCode::NotFound,
                          std::string(path) + " version " + std::to_string(wanted) + " was destroyed");
        if (v.info.deleted && !allowDeleted)
            return status(VaultErrorCode::NotFound, std::string(path) + " version " + std::to_string(wanted)
                                                        + " is deleted (undelete it first)");
        out = &v;
        return {};
    }

    VaultStatus setDeleted(const RequestContext &who, std::string_view path, std::uint32_t version, bool deleted,
                           std::uint64_t &ticket)
    {
        if (!keys)
            return lockedStatus();
        if (VaultStatus s = authorize(who, Capability::Delete, path, deleted ? "delete" : "undelete"); !s.ok())
            return s;
        const auto it = secrets.find(path);
        if (it == secrets.end())
            return status(VaultErrorCode::NotFound, "no secret " + std::string(path));
        std::uint32_t v = version;
        if (v == 0) {
            // Undelete without a version brings back the newest deleted one.
            v = it->second.current();
            if (!deleted) {
                for (auto r = it->second.versions.rbegin(); r != it->second.versions.rend(); ++r) {
                    if (r->info.deleted && !r->info.destroyed) {
                        v = r->info.version;
                        break;
                    }
                }
            }
        }
        if (v == 0 || v > it->second.versions.size())
            return status(VaultErrorCode::NotFound, std::string(path) + " has no version " + std::to_string(version));
        if (it->second.versions[v - 1].info.destroyed)
            return status(VaultErrorCode::NotFound,
                          std::string(path) + " version " + std::to_string(v) + " was destroyed");
        if (VaultStatus s = writeRecord(recordHead(deleted ? Type::Delete : Type::Restore, path, v, now(), who.identity));
            !s.ok())
            return s;
        it->second.versions[v - 1].info.deleted = deleted;
        ticket = written;
        return {};
    }

    /** A key file change (token and `mutex` held): written atomically, then kept. */
    VaultStatus replaceKeyFile(KeyFile file, Keyring newKeys, const std::string &what)
    {
        std::string error;
        if (!Embedded::writeFileAtomically(keysPath(), serializeKeyFile(file), &error))
            return status(VaultErrorCode::Io, what + ": " + error);
        keyFile = std::move(file);
        keys = std::make_shared<const Keyring>(std::move(newKeys));
        rememberState(currentState());
        return {};
    }

    Keyring copyKeys() const
    {
        Keyring k;
        k.vaultId = keys->vaultId;
        k.unlockKey = keys->unlockKey.clone();
        k.root = keys->root.clone();
        k.macRoot = keys->macRoot.clone();
        k.activeTerm = keys->activeTerm;
        for (const auto &t : keys->terms)
            k.terms.push_back(Term{t.number, t.key.clone(), t.created});
        return k;
    }

    void wipe()
    {
        keys.reset();
        logKey.clear();
        indexKey.clear();
        namesKey.clear();
        nameFields.clear();
        namesByMac.clear();
        nameOpener.reset();
        indexMac.reset();
        logMac.reset();
        secrets.clear();
        audit.reset();
        anomalies.reset();
    }
};

VaultEngine::VaultEngine(std::unique_ptr<Impl> impl)
    : d(std::move(impl)), m_dir(d->dir), m_vaultIdHex(toHex(d->keyFile.vaultId))
{
}

VaultEngine::~VaultEngine()
{
    lock();
}

std::unique_ptr<VaultEngine> VaultEngine::create(const std::string &dir, ByteView passphrase,
                                                 const Argon2Params &kdf, const std::string &owner,
                                                 VaultStatus *status_, VaultOptions options)
{
    auto set = [&](VaultStatus s) {
        if (status_)
            *status_ = std::move(s);
        return nullptr;
    };
    auto impl = std::make_unique<Impl>();
    impl->dir = dir;
    impl->options = std::move(options);
    std::string error;
    if (!Embedded::makeDirectories(dir, &error))
        return set(status(VaultErrorCode::Io, error));
    if (std::filesystem::exists(impl->keysPath()))
        return set(status(VaultErrorCode::Invalid, dir + " already holds a vault (keys.json)"));
    if (VaultStatus s = impl->takeLock(); !s.ok())
        return set(s);
    if (!disableCoreDumps(&error))
        return set(status(VaultErrorCode::Io, error));
    KeyFile file;
    Keyring keys;
    if (!createKeyFile(passphrase, kdf, rfc3339(impl->now()), file, keys, &error))
        return set(status(VaultErrorCode::Io, error));
    impl->keyFile = file;
    impl->logKey = keys.derive("log");
    impl->indexKey = keys.derive("index");
    impl->namesKey = keys.derive("names");
    impl->keys = std::make_shared<const Keyring>(std::move(keys));
    // The record log first, then keys.json last: a vault exists once keys.json does.
    const Bytes header = impl->logHeader(0);
    if (!Embedded::writeFileAtomically(impl->logPath(),
                                       {reinterpret_cast<const char *>(header.data()), header.size()}, &error))
        return set(status(VaultErrorCode::Io, error));
    impl->logFd = ::open(impl->logPath().c_str(), O_RDWR | O_APPEND | O_CLOEXEC);
    if (impl->logFd < 0)
        return set(status(VaultErrorCode::Io, impl->logPath() + ": " + std::strerror(errno)));
    impl->lastMac.assign(kMacBytes, 0);
    impl->audit = AuditWriter::open(dir, impl->keys->derive("audit"), &error);
    if (!impl->audit)
        return set(status(VaultErrorCode::AuditFailed, error));
    impl->anomalies.emplace(impl->options.anomalyRule);
    PolicySet bootstrap;
    if (!bootstrap.bootstrap(owner, &error))
        return set(status(VaultErrorCode::Invalid, error));
    {
        std::lock_guard lock(impl->mutex);
        const RequestContext who{owner, ::getpid(), "opsdeck", ""};
        if (VaultStatus s = impl->audited(who, "create-vault", "", true, "a new vault; its creator is admin", false);
            !s.ok())
            return set(s);
        if (VaultStatus s = impl->writePolicies(bootstrap, owner); !s.ok())
            return set(s);
    }
    if (VaultStatus s = impl->drain(); !s.ok())
        return set(s);
    if (!Embedded::writeFileAtomically(impl->keysPath(), serializeKeyFile(file), &error))
        return set(status(VaultErrorCode::Io, error));
    impl->rememberState(impl->currentState());
    if (status_)
        *status_ = {};
    return std::unique_ptr<VaultEngine>(new VaultEngine(std::move(impl)));
}

std::unique_ptr<VaultEngine> VaultEngine::open(const std::string &dir, VaultStatus *status_, VaultOptions options)
{
    auto set = [&](VaultStatus s) {
        if (status_)
            *status_ = std::move(s);
        return nullptr;
    };
    auto impl = std::make_unique<Impl>();
    impl->dir = dir;
    impl->options = std::move(options);
    // Only read here: the writer lock is taken by unlock() and given back
    // by lock(), so a locked vault never keeps another process out.
    if (VaultStatus s = impl->readKeyFile(); !s.ok())
        return set(s);
    if (status_)
        *status_ = {};
    return std::unique_ptr<VaultEngine>(new VaultEngine(std::move(impl)));
}

bool VaultEngine::isLocked() const
{
    std::lock_guard lock(d->mutex);
    return d->keys == nullptr;
}

VaultStatus VaultEngine::unlock(ByteView passphrase, const RequestContext &who)
{
    return unlockWith(
        [&](const KeyFile &file, Keyring &keys, std::string *error) {
            return unlockKeyFile(file, passphrase, keys, error);
        },
        "the passphrase opened the vault", who);
}

VaultStatus VaultEngine::unlockWithKey(const std::string &unlockerId, ByteView key, const RequestContext &who)
{
    return unlockWith(
        [&](const KeyFile &file, Keyring &keys, std::string *error) {
            return unlockKeyFileWithKey(file, unlockerId, key, keys, error);
        },
        "the keyring key of \"" + unlockerId + "\" opened the vault", who);
}

VaultStatus VaultEngine::unlockWith(const std::function<bool(const KeyFile &, Keyring &, std::string *)> &open,
                                    const std::string &how, const RequestContext &who)
{
    d->takeToken();
    std::unique_lock lock(d->mutex);
    auto done = [&](VaultStatus s) {
        if (!s.ok()) {
            d->wipe();
            d->releaseLock();
        }
        lock.unlock();
        d->giveToken();
        return s;
    };
    if (d->keys)
        return done({});
    // One writer at a time; then the key file as it is now (another process
    // may have rotated it since open()).
    if (VaultStatus s = d->takeLock(); !s.ok())
        return done(s);
    if (VaultStatus s = d->readKeyFile(); !s.ok())
        return done(s);
    Keyring keys;
    std::string error;
    // Keys are about to live in this process: no core file may hold them.
    if (!disableCoreDumps(&error))
        return done(status(VaultErrorCode::Io, error));
    if (!open(d->keyFile, keys, &error)) {
        const bool wrong = error.rfind("wrong ", 0) == 0 || error.rfind("no keyring unlocker", 0) == 0;
        return done(status(wrong ? VaultErrorCode::WrongPassphrase : VaultErrorCode::Corrupt, error));
    }
    d->logKey = keys.derive("log");
    d->indexKey = keys.derive("index");
    d->namesKey = keys.derive("names");
    d->keys = std::make_shared<const Keyring>(std::move(keys));
    {
        std::lock_guard c(d->commitMutex);
        d->failure_.clear();
    }
    d->audit = AuditWriter::open(d->dir, d->keys->derive("audit"), &error);
    if (!d->audit)
        return done(status(VaultErrorCode::AuditFailed, error));
    d->anomalies.emplace(d->options.anomalyRule);
    if (VaultStatus s = d->loadLog(); !s.ok())
        return done(s);
    // Has this machine seen a newer state of this vault than what is here?
    VaultState seen;
    const std::string statePath = d->statePath();
    switch (readVaultState(statePath, d->keys->derive("state").span(), seen)) {
    case StateRead::Invalid:
        return done(status(VaultErrorCode::Corrupt, statePath + ": this machine's record of the vault was changed; "
                                                                "remove the file if you trust the vault as it is"));
    case StateRead::Ok:
        if (const std::string problem = rollbackProblem(seen, d->currentState()); !problem.empty())
            return done(status(VaultErrorCode::Corrupt,
                               "the vault was rolled back to an older copy: " + problem
                                   + "; if you restored it on purpose, remove " + statePath));
        break;
    case StateRead::Missing:
        break;
    }
    // A log from before sealed path names (version 1) is rewritten once, so
    // no path stays readable on disk; the old file is kept until the new one
    // is durable.
    if (d->logVersion == kLogVersionClearNames) {
        if (VaultStatus s = d->compact(); !s.ok())
            return done(s);
    }
    if (VaultStatus s = d->audited(who, "unlock", "", true, how, false); !s.ok())
        return done(s);
    lock.unlock();
    // Durable now, as the token holder (commit() would wait for ourselves).
    std::uint64_t target = 0;
    VaultStatus s = d->syncAll(target, &error);
    lock.lock();
    if (s.ok()) {
        {
            std::lock_guard c(d->commitMutex);
            d->synced = target;
        }
        d->rememberState(d->currentState());
    }
    return done(s);
}

void VaultEngine::lock()
{
    (void)d->drain(); // what was acknowledged is durable already; this covers buffered read entries
    d->takeToken();
    {
        std::lock_guard lock(d->mutex);
        if (d->keys && d->audit) {
            AuditWriter::Checkpoint reached;
            std::string ignored;
            if (d->audit->flush(reached, &ignored) && d->audit->sync(reached, &ignored)) {
                VaultState state = d->currentState();
                state.auditSeq = reached.seq;
                d->rememberState(state);
            }
        }
        d->wipe();
        for (int *fd : {&d->logFd, &d->headFd}) {
            if (*fd >= 0)
                ::close(*fd);
            *fd = -1;
        }
        d->releaseLock();
    }
    d->giveToken();
}

VaultStatus VaultEngine::put(const RequestContext &who, std::string_view path, ByteView value, ValueKind kind,
                             VersionInfo *written)
{
    std::uint64_t ticket = 0;
    VaultStatus result;
    struct InFlight
    {
        std::atomic<int> &count;
        explicit InFlight(std::atomic<int> &c) : count(c) { ++count; }
        void done()
        {
            if (!finished) {
                finished = true;
                --count;
            }
        }
        ~InFlight() { done(); }
        bool finished = false;
    } inFlight(d->writersInFlight);
    {
        std::lock_guard lock(d->mutex);
        if (!d->keys)
            return lockedStatus();
        std::string error;
        if (!checkSecretPath(path, &error))
            return status(VaultErrorCode::Invalid, error);
        if (kind == ValueKind::Map && !checkMapValue(value, &error))
            return status(VaultErrorCode::Invalid, std::string(path) + ": " + error);
        const bool exists = d->secrets.count(path) > 0;
        result = d->authorize(who, exists ? Capability::Update : Capability::Create, path);
        if (!result.ok() && result.code != VaultErrorCode::Denied)
            return result;
        if (result.ok()) {
            if (VaultStatus s = d->putLocked(who, path, value, kind, written); !s.ok())
                return s;
        }
        ticket = d->written;
    }
    // Acknowledged (and a denial reported) only once durable.
    inFlight.done();
    const VaultStatus c = d->commit(ticket);
    return c.ok() ? result : c;
}

VaultStatus VaultEngine::putMany(const RequestContext &who, std::vector<PutItem> &items)
{
    std::uint64_t ticket = 0;
    VaultStatus result;
    {
        std::lock_guard lock(d->mutex);
        if (!d->keys)
            return lockedStatus();
        std::string error;
        for (const PutItem &item : items) {
            if (!checkSecretPath(item.path, &error)
                || (item.kind == ValueKind::Map && !checkMapValue(item.value.span(), &error)))
                return status(VaultErrorCode::Invalid, item.path + ": " + error);
        }
        for (const PutItem &item : items) {
            const bool exists = d->secrets.count(item.path) > 0;
            if (VaultStatus s = d->authorize(who, exists ? Capability::Update : Capability::Create, item.path);
                !s.ok()) {
                result = status(s.code, item.path + ": " + s.message);
                break;
            }
        }
        if (result.ok()) {
            for (const PutItem &item : items) {
                if (VaultStatus s = d->putLocked(who, item.path, item.value.span(), item.kind, nullptr); !s.ok())
                    return s;
            }
        }
        ticket = d->written;
    }
    const VaultStatus c = d->commit(ticket);
    return c.ok() ? result : c;
}

VaultStatus VaultEngine::get(const RequestContext &who, std::string_view path, std::uint32_t version,
                             SecureBuffer &value, ValueKind *kind)
{
    value.clear();
    StoredVersion found;
    std::shared_ptr<const Keyring> keys;
    Bytes vaultId;
    {
        std::lock_guard lock(d->mutex);
        if (!d->keys)
            return lockedStatus();
        std::string error;
        if (!checkSecretPath(path, &error))
            return status(VaultErrorCode::Invalid, error);
        // Decide and audit (written to the file) before looking: a denied caller
        // learns nothing about existence, and no value leaves unaudited.
        if (VaultStatus s = d->authorize(who, Capability::Read, path, {}, true); !s.ok())
            return s;
        const StoredVersion *v = nullptr;
        if (VaultStatus s = d->findVersion(path, version, v); !s.ok())
            return s;
        found = *v; // public bytes only: wrapped key, nonce, ciphertext
        keys = d->keys;
        vaultId = d->keyFile.vaultId;
    }
    // The crypto runs without the lock, so readers on other threads overlap.
    if (VaultStatus s = openSealed(*keys, vaultId, path, found, value); !s.ok())
        return s;
    if (kind)
        *kind = found.info.kind;
    return {};
}

VaultStatus VaultEngine::list(const RequestContext &who, std::string_view prefix, std::vector<SecretSummary> &out)
{
    out.clear();
    std::lock_guard lock(d->mutex);
    if (!d->keys)
        return lockedStatus();
    std::vector<std::string> paths;
    for (const auto &[path, secret] : d->secrets) {
        if (pathInFolder(path, prefix))
            paths.push_back(path);
    }
    const std::vector<std::string> visible = d->policySet.filterListable(who.identity, paths);
    if (VaultStatus s = d->audited(who, "list", prefix, true,
                                   std::to_string(visible.size()) + " of " + std::to_string(paths.size())
                                       + " secrets visible to this identity",
                                   true);
        !s.ok())
        return s;
    const std::int64_t t = d->now();
    for (const auto &path : visible)
        out.push_back(summarize(path, d->secrets.at(path), t));
    return {};
}

VaultStatus VaultEngine::info(const RequestContext &who, std::string_view path, SecretSummary &out)
{
    std::lock_guard lock(d->mutex);
    if (!d->keys)
        return lockedStatus();
    const std::vector<std::string> visible = d->policySet.filterListable(who.identity, {std::string(path)});
    const bool allowed = !visible.empty();
    if (VaultStatus s = d->audited(who, "info", path, allowed,
                                   allowed ? "may list or read it" : "neither list nor read is allowed", true);
        !s.ok())
        return s;
    if (!allowed)
        return status(VaultErrorCode::Denied, "denied: " + d->policySet.decide(who.identity, Capability::List, path).reason);
    const auto it = d->secrets.find(path);
    if (it == d->secrets.end())
        return status(VaultErrorCode::NotFound, "no secret " + std::string(path));
    out = summarize(it->first, it->second, d->now());
    return {};
}

VaultStatus VaultEngine::setMetadata(const RequestContext &who, std::string_view path, const SecretMetadata &metadata)
{
    std::uint64_t ticket = 0;
    {
        std::lock_guard lock(d->mutex);
        if (!d->keys)
            return lockedStatus();
        std::string error;
        if (!checkMetadata(metadata, &error))
            return status(VaultErrorCode::Invalid, std::string(path) + ": " + error);
        if (VaultStatus s = d->authorize(who, Capability::Update, path, "metadata"); !s.ok())
            return s;
        const auto it = d->secrets.find(path);
        if (it == d->secrets.end())
            return status(VaultErrorCode::NotFound, "no secret " + std::string(path));
        SecretMetadata m = metadata;
        m.updatedBy = who.identity;
        m.updatedAtMs = d->now();
        Bytes p = d->recordHead(Type::Metadata, path, 0, m.updatedAtMs, who.identity);
        putString(p, metadataJson(m));
        if (VaultStatus s = d->writeRecord(p); !s.ok())
            return s;
        it->second.metadata = std::move(m);
        it->second.hasMetadata = true;
        ticket = d->written;
    }
    return d->commit(ticket);
}

VaultStatus VaultEngine::rollback(const RequestContext &who, std::string_view path, std::uint32_t version,
                                  VersionInfo *written)
{
    std::uint64_t ticket = 0;
    {
        std::lock_guard lock(d->mutex);
        if (!d->keys)
            return lockedStatus();
        if (version == 0)
            return status(VaultErrorCode::Invalid, "rollback needs the version to go back to");
        if (VaultStatus s = d->authorize(who, Capability::Update, path, "rollback"); !s.ok())
            return s;
        const StoredVersion *v = nullptr;
        if (VaultStatus s = d->findVersion(path, version, v, true); !s.ok())
            return s;
        SecureBuffer value;
        if (VaultStatus s = d->openValue(path, *v, value); !s.ok())
            return s;
        const ValueKind kind = v->info.kind;
        if (VaultStatus s = d->putLocked(who, path, value.span(), kind, written); !s.ok())
            return s;
        ticket = d->written;
    }
    return d->commit(ticket);
}

VaultStatus VaultEngine::rotate(const RequestContext &who, std::string_view path, VersionInfo *written)
{
    GeneratorSpec spec;
    ValueKind kind = ValueKind::String;
    std::uint64_t ticket = 0;
    {
        std::lock_guard lock(d->mutex);
        if (!d->keys)
            return lockedStatus();
        if (VaultStatus s = d->authorize(who, Capability::Rotate, path); !s.ok())
            return s;
        const auto it = d->secrets.find(path);
        if (it == d->secrets.end())
            return status(VaultErrorCode::NotFound, "no secret " + std::string(path));
        std::string error;
        if (it->second.metadata.generator.empty())
            return status(VaultErrorCode::Invalid, std::string(path)
                                                       + " has no generator; set one in its metadata or put a new value");
        if (!parseGenerator(it->second.metadata.generator, spec, &error))
            return status(VaultErrorCode::Invalid, std::string(path) + ": generator: " + error);
        if (const std::uint32_t current = it->second.current(); current > 0)
            kind = it->second.versions[current - 1].info.kind;
        ticket = d->written;
    }
    // The generator (perhaps a command) runs without the lock held.
    SecureBuffer value;
    std::string error;
    if (!generateValue(spec, value, &error, std::chrono::milliseconds(d->options.commandTimeoutMs))) {
        std::lock_guard lock(d->mutex);
        if (d->keys)
            d->audited(who, "rotate-failed", path, true, error, false);
        return status(VaultErrorCode::Invalid, std::string(path) + ": " + error);
    }
    {
        std::lock_guard lock(d->mutex);
        if (!d->keys)
            return lockedStatus();
        if (kind == ValueKind::String && value.view().find('\n') != std::string_view::npos)
            kind = ValueKind::MultiLine;
        if (VaultStatus s = d->putLocked(who, path, value.span(), kind, written); !s.ok())
            return s;
        ticket = d->written;
    }
    return d->commit(ticket);
}

VaultStatus VaultEngine::rotationDue(const RequestContext &who, std::vector<SecretSummary> &out)
{
    std::vector<SecretSummary> all;
    if (VaultStatus s = list(who, "", all); !s.ok())
        return s;
    out.clear();
    for (auto &summary : all) {
        if (summary.rotation == RotationStatus::Due || summary.rotation == RotationStatus::Overdue)
            out.push_back(std::move(summary));
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.rotateByMs < b.rotateByMs; });
    return {};
}

VaultStatus VaultEngine::exportValues(const RequestContext &who, std::string_view prefix,
                                      std::vector<std::pair<std::string, SecureBuffer>> &out,
                                      std::vector<ValueKind> *kinds)
{
    out.clear();
    if (kinds)
        kinds->clear();
    std::vector<std::string> readable;
    std::uint64_t ticket = 0;
    {
        std::lock_guard lock(d->mutex);
        if (!d->keys)
            return lockedStatus();
        std::size_t under = 0;
        for (const auto &[path, secret] : d->secrets) {
            if (!pathInFolder(path, prefix) || secret.current() == 0)
                continue;
            ++under;
            if (d->policySet.decide(who.identity, Capability::Read, path).allowed)
                readable.push_back(path);
        }
        if (VaultStatus s = d->audited(who, "export", prefix, true,
                                       std::to_string(readable.size()) + " of " + std::to_string(under)
                                           + " secrets readable by this identity were exported",
                                       false);
            !s.ok())
            return s;
        ticket = d->written;
    }
    // The export entry is durable before any value leaves.
    if (VaultStatus s = d->commit(ticket); !s.ok())
        return s;
    std::lock_guard lock(d->mutex);
    if (!d->keys)
        return lockedStatus();
    for (const std::string &path : readable) {
        const StoredVersion *v = nullptr;
        if (d->findVersion(path, 0, v).ok()) {
            SecureBuffer value;
            if (VaultStatus s = d->openValue(path, *v, value); !s.ok()) {
                out.clear();
                return s;
            }
            out.emplace_back(path, std::move(value));
            if (kinds)
                kinds->push_back(v->info.kind);
        }
    }
    return {};
}

VaultStatus VaultEngine::remove(const RequestContext &who, std::string_view path, std::uint32_t version)
{
    std::uint64_t ticket = 0;
    {
        std::lock_guard lock(d->mutex);
        if (VaultStatus s = d->setDeleted(who, path, version, true, ticket); !s.ok())
            return s;
    }
    return d->commit(ticket);
}

VaultStatus VaultEngine::restore(const RequestContext &who, std::string_view path, std::uint32_t version)
{
    std::uint64_t ticket = 0;
    {
        std::lock_guard lock(d->mutex);
        if (VaultStatus s = d->setDeleted(who, path, version, false, ticket); !s.ok())
            return s;
    }
    return d->commit(ticket);
}

VaultStatus VaultEngine::destroy(const RequestContext &who, std::string_view path, std::uint32_t version)
{
    std::uint64_t ticket = 0;
    {
        std::lock_guard lock(d->mutex);
        if (!d->keys)
            return lockedStatus();
        if (VaultStatus s = d->authorize(who, Capability::Delete, path, "destroy"); !s.ok())
            return s;
        const auto it = d->secrets.find(path);
        if (it == d->secrets.end())
            return status(VaultErrorCode::NotFound, "no secret " + std::string(path));
        if (version == 0 || version > it->second.versions.size())
            return status(VaultErrorCode::NotFound, std::string(path) + " has no version " + std::to_string(version));
        if (it->second.versions[version - 1].info.destroyed)
            return {};
        if (VaultStatus s = d->writeRecord(d->recordHead(Type::Destroy, path, version, d->now(), who.identity)); !s.ok())
            return s;
        it->second.versions[version - 1].forget();
        ticket = d->written;
    }
    if (VaultStatus s = d->commit(ticket); !s.ok())
        return s;
    // The ciphertext is still in the file: rewrite it without.
    d->takeToken();
    VaultStatus s;
    {
        std::lock_guard lock(d->mutex);
        s = d->keys ? d->compact() : lockedStatus();
    }
    d->giveToken();
    return s;
}

PolicySet VaultEngine::policies() const
{
    std::lock_guard lock(d->mutex);
    return d->policySet;
}

VaultStatus VaultEngine::setPolicies(const RequestContext &who, const PolicySet &policies)
{
    std::uint64_t ticket = 0;
    {
        std::lock_guard lock(d->mutex);
        if (!d->keys)
            return lockedStatus();
        std::string error;
        if (!policies.validate(&error))
            return status(VaultErrorCode::Invalid, error);
        const bool someoneManages
            = std::any_of(policies.identities().begin(), policies.identities().end(),
                          [&](const Identity &i) { return policies.decideManage(i.name).allowed; });
        if (!someoneManages)
            return status(VaultErrorCode::Invalid, "refused: after this change no identity could manage the vault "
                                                   "(keep at least one enabled identity with admin on **)");
        if (VaultStatus s = d->authorizeManage(who, "policy-change"); !s.ok())
            return s;
        if (VaultStatus s = d->writePolicies(policies, who.identity); !s.ok())
            return s;
        ticket = d->written;
    }
    return d->commit(ticket);
}

Decision VaultEngine::check(const RequestContext &who, std::string_view identity, Capability capability,
                            std::string_view path)
{
    std::lock_guard lock(d->mutex);
    const Decision decision = d->policySet.decide(identity, capability, path);
    if (d->keys)
        d->audited(who, "check", path, true,
                   "asked whether \"" + std::string(identity) + "\" may " + std::string(capabilityName(capability))
                       + ": " + decision.reason,
                   false);
    return decision;
}

VaultStatus VaultEngine::verifyAuditLog(const RequestContext &who, AuditVerification &result)
{
    result = AuditVerification{};
    std::uint64_t ticket = 0;
    {
        std::lock_guard lock(d->mutex);
        if (!d->keys)
            return lockedStatus();
        if (VaultStatus s = d->authorizeManage(who, "audit-verify"); !s.ok())
            return s;
        ticket = d->written;
    }
    // Everything written so far is durable and signed, then checked as a whole.
    if (VaultStatus s = d->commit(ticket); !s.ok())
        return s;
    d->takeToken();
    {
        std::lock_guard lock(d->mutex);
        if (d->keys)
            result = verifyAudit(d->dir, d->keys->derive("audit").span());
    }
    d->giveToken();
    return {};
}

VaultStatus VaultEngine::auditEntries(const RequestContext &who, const AuditFilter &filter, std::vector<AuditEntry> &out)
{
    out.clear();
    std::lock_guard lock(d->mutex);
    if (!d->keys)
        return lockedStatus();
    if (VaultStatus s = d->authorizeManage(who, "audit-list"); !s.ok())
        return s;
    AuditWriter::Checkpoint reached;
    std::string error;
    if (!d->audit->flush(reached, &error))
        return status(VaultErrorCode::AuditFailed, error);
    std::ifstream in(d->dir + "/audit.log", std::ios::binary);
    if (!in)
        return status(VaultErrorCode::Io, d->dir + "/audit.log: cannot be read");
    std::string line;
    std::vector<AuditEntry> all;
    while (std::getline(in, line)) {
        AuditEntry e;
        if (!parseAuditLine(line, e, &error))
            continue; // verify names bad lines; the list shows what reads
        if (!filter.identity.empty() && e.identity != filter.identity)
            continue;
        if (!filter.action.empty() && e.action != filter.action)
            continue;
        if (!filter.pathPrefix.empty() && !pathInFolder(e.path, filter.pathPrefix))
            continue;
        if (filter.deniedOnly && e.allowed)
            continue;
        if (filter.sinceMs > 0 && parseRfc3339(e.time) < filter.sinceMs)
            continue;
        all.push_back(std::move(e));
    }
    const std::size_t n = std::min(all.size(), filter.limit);
    out.assign(std::make_move_iterator(all.end() - static_cast<std::ptrdiff_t>(n)), std::make_move_iterator(all.end()));
    std::reverse(out.begin(), out.end());
    return {};
}

VaultStatus VaultEngine::changeKeyFile(const RequestContext &who, const char *action, VaultErrorCode failure,
                                       const std::string &failed,
                                       const std::function<bool(KeyFile &, Keyring &, std::string *)> &change)
{
    std::uint64_t ticket = 0;
    {
        std::lock_guard lock(d->mutex);
        if (!d->keys)
            return lockedStatus();
        if (VaultStatus s = d->authorizeManage(who, action); !s.ok())
            return s;
        ticket = d->written;
    }
    // What was acknowledged is durable before the key file changes under it.
    if (VaultStatus s = d->commit(ticket); !s.ok())
        return s;
    d->takeToken();
    VaultStatus result;
    {
        std::lock_guard lock(d->mutex);
        if (!d->keys) {
            result = lockedStatus();
        } else {
            KeyFile file = d->keyFile;
            Keyring keys = d->copyKeys();
            std::string error;
            if (!change(file, keys, &error))
                result = status(failure, failed + ": " + error);
            else
                result = d->replaceKeyFile(std::move(file), std::move(keys), failed);
        }
    }
    d->giveToken();
    return result;
}

VaultStatus VaultEngine::rotateRoot(const RequestContext &who)
{
    return changeKeyFile(who, "rotate-root", VaultErrorCode::Io, "the root key was not rotated",
                         [](KeyFile &file, Keyring &keys, std::string *error) {
                             return OpsDeck::Vault::rotateRoot(file, keys, error);
                         });
}

VaultStatus VaultEngine::addKeyringUnlocker(const RequestContext &who, const std::string &id,
                                            const std::string &label, ByteView key)
{
    return changeKeyFile(who, "quick-unlock-enable", VaultErrorCode::Invalid, "quick unlock was not turned on",
                         [&](KeyFile &file, Keyring &keys, std::string *error) {
                             return addKeyUnlocker(file, keys, id, label, key, error);
                         });
}

VaultStatus VaultEngine::removeUnlocker(const RequestContext &who, const std::string &id)
{
    return changeKeyFile(who, "quick-unlock-disable", VaultErrorCode::Invalid, "the unlocker was not removed",
                         [&](KeyFile &file, Keyring &keys, std::string *error) {
                             return OpsDeck::Vault::removeUnlocker(file, keys, id, error);
                         });
}

std::vector<UnlockerInfo> VaultEngine::unlockers() const
{
    std::lock_guard lock(d->mutex);
    std::vector<UnlockerInfo> out;
    for (const Unlocker &u : d->keyFile.unlockers)
        out.push_back({u.id, u.type == Unlocker::Type::OsKeyring, u.label});
    return out;
}

VaultStatus VaultEngine::addTerm(const RequestContext &who, std::uint32_t *term)
{
    std::uint32_t active = 0;
    VaultStatus result = changeKeyFile(who, "add-term", VaultErrorCode::Io, "no new term",
                                       [&](KeyFile &file, Keyring &keys, std::string *error) {
                                           const bool ok = OpsDeck::Vault::addTerm(file, keys, rfc3339(d->now()), error);
                                           active = keys.activeTerm;
                                           return ok;
                                       });
    if (result.ok() && term)
        *term = active;
    return result;
}

std::size_t VaultEngine::versionsOnOldTerms() const
{
    std::lock_guard lock(d->mutex);
    if (!d->keys)
        return 0;
    std::size_t n = 0;
    for (const auto &[path, secret] : d->secrets) {
        for (const auto &v : secret.versions)
            n += !v.info.destroyed && v.info.term != d->keys->activeTerm;
    }
    return n;
}

VaultStatus VaultEngine::rewrap(const RequestContext &who,
                                const std::function<bool(std::size_t done, std::size_t total)> &progress)
{
    std::vector<std::pair<std::string, std::uint32_t>> todo;
    std::uint64_t ticket = 0;
    {
        std::lock_guard lock(d->mutex);
        if (!d->keys)
            return lockedStatus();
        if (VaultStatus s = d->authorizeManage(who, "rewrap"); !s.ok())
            return s;
        for (const auto &[path, secret] : d->secrets) {
            for (const auto &v : secret.versions) {
                if (!v.info.destroyed && v.info.term != d->keys->activeTerm)
                    todo.emplace_back(path, v.info.version);
            }
        }
        ticket = d->written;
    }
    if (VaultStatus s = d->commit(ticket); !s.ok())
        return s;
    std::size_t done = 0;
    bool stopped = false;
    while (done < todo.size() && !stopped) {
        {
            // One batch under the lock; readers and writers get their turn in between.
            std::lock_guard lock(d->mutex);
            if (!d->keys)
                return lockedStatus();
            const std::size_t end = std::min(todo.size(), done + kRewrapBatch);
            for (; done < end; ++done) {
                const auto &[path, version] = todo[done];
                Secret &secret = d->secrets[path];
                StoredVersion &v = secret.versions[version - 1];
                if (v.info.destroyed || v.info.term == d->keys->activeTerm)
                    continue;
                SecureBuffer value;
                if (VaultStatus s = d->openValue(path, v, value); !s.ok())
                    return s;
                StoredVersion fresh;
                fresh.info = v.info;
                if (VaultStatus s = d->seal(path, version, value.span(), v.info.kind, fresh); !s.ok())
                    return s;
                v.info.term = fresh.info.term;
                v.wrappedKey = std::move(fresh.wrappedKey);
                v.nonce = std::move(fresh.nonce);
                v.sealed = std::move(fresh.sealed);
            }
        }
        if (progress && !progress(done, todo.size()))
            stopped = true;
        // std::mutex is not fair: without a pause this thread takes the lock
        // again before a waiting reader wakes up.
        std::this_thread::sleep_for(std::chrono::microseconds(200));

    }
    // Rewrite the log with the new keys, then drop the terms nothing needs.
    d->takeToken();
    VaultStatus result;
    {
        std::lock_guard lock(d->mutex);
        if (!d->keys) {
            result = lockedStatus();
        } else if (result = d->compact(); result.ok()) {
            std::set<std::uint32_t> used{d->keys->activeTerm};
            for (const auto &[path, secret] : d->secrets) {
                for (const auto &v : secret.versions) {
                    if (!v.info.destroyed)
                        used.insert(v.info.term);
                }
            }
            std::vector<std::uint32_t> retired;
            for (const Term &t : d->keys->terms) {
                if (!used.count(t.number))
                    retired.push_back(t.number);
            }
            if (!retired.empty()) {
                KeyFile file = d->keyFile;
                Keyring keys = d->copyKeys();
                std::string error;
                if (!retireTerms(file, keys, retired, &error))
                    result = status(VaultErrorCode::Io, "old terms were not retired: " + error);
                else
                    result = d->replaceKeyFile(std::move(file), std::move(keys), "old terms were not retired");
            }
        }
    }
    d->giveToken();
    return result;
}

} // namespace OpsDeck::Vault
