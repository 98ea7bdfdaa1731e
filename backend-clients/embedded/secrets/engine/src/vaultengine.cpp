// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/vault/vaultengine.h"

#include "opsdeck/embedded/fileutil.h"
#include "opsdeck/vault/bigendian.h"
#include "opsdeck/vault/signedhead.h"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace OpsDeck::Vault {

namespace {

constexpr char kLogMagic[8] = {'O', 'D', 'S', 'E', 'C', 'L', 'O', 'G'};
constexpr std::uint32_t kLogVersion = 1;
constexpr std::size_t kLogHeaderBytes = 32;
constexpr std::size_t kFrameBytes = 8;   // u32 length, u32 CRC-32
constexpr std::size_t kMaxRecord = 64u << 20;
constexpr std::string_view kValueLabel = "opsdeck-vault/v1/value";
constexpr std::string_view kLogHeadLabel = "opsdeck-vault/v1/log-head";

enum class RecordType : std::uint8_t { Version = 1, Delete = 2, Restore = 3, Policies = 4 };

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

VaultStatus status(VaultErrorCode code, std::string message)
{
    return VaultStatus{code, std::move(message)};
}

// --- binary helpers (big-endian) -----------------------------------------------

void putU8(Bytes &out, std::uint8_t v) { out.push_back(v); }
void putU32(Bytes &out, std::uint32_t v) { BigEndian::append(out, v); }
void putU64(Bytes &out, std::uint64_t v) { BigEndian::append(out, v); }
void putBytes(Bytes &out, ByteView b)
{
    putU32(out, static_cast<std::uint32_t>(b.size()));
    out.insert(out.end(), b.begin(), b.end());
}
void putString(Bytes &out, std::string_view s) { putBytes(out, bytesOf(s)); }

class Reader
{
public:
    explicit Reader(ByteView data) : m_data(data) {}
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_data.size(); }
    std::uint8_t u8()
    {
        if (!need(1))
            return 0;
        return m_data[m_at++];
    }
    std::uint32_t u32() { return number<std::uint32_t>(); }
    std::uint64_t u64() { return number<std::uint64_t>(); }
    ByteView bytes(std::size_t n)
    {
        if (!need(n))
            return {};
        ByteView v = m_data.subspan(m_at, n);
        m_at += n;
        return v;
    }
    ByteView lengthPrefixed() { return bytes(u32()); }
    std::string string()
    {
        const ByteView b = lengthPrefixed();
        return {reinterpret_cast<const char *>(b.data()), b.size()};
    }

private:
    template<typename T>
    T number()
    {
        if (!need(sizeof(T)))
            return 0;
        const T v = BigEndian::load<T>(m_data.data() + m_at);
        m_at += sizeof(T);
        return v;
    }
    bool need(std::size_t n)
    {
        if (!m_ok || m_data.size() - m_at < n)
            m_ok = false;
        return m_ok;
    }
    ByteView m_data;
    std::size_t m_at = 0;
    bool m_ok = true;
};

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
};

struct Secret
{
    std::vector<StoredVersion> versions; // index = version - 1
    std::uint32_t current() const
    {
        for (auto it = versions.rbegin(); it != versions.rend(); ++it) {
            if (!it->info.deleted)
                return it->info.version;
        }
        return 0;
    }
};

bool pathInFolder(std::string_view path, std::string_view folder)
{
    if (folder.empty())
        return true;
    return path == folder || (path.size() > folder.size() && path.substr(0, folder.size()) == folder
                              && path[folder.size()] == '/');
}

} // namespace

struct VaultEngine::Impl
{
    std::string dir;
    VaultOptions options;
    int lockFd = -1;
    int logFd = -1;
    int headFd = -1;
    std::uint64_t headCounter = 0;
    KeyFile keyFile;
    std::optional<Keyring> keys; // set while unlocked
    SecureBuffer logKey;
    Bytes lastMac;               // chain MAC of the last record
    std::uint64_t records = 0;
    std::map<std::string, Secret, std::less<>> secrets;
    PolicySet policySet;
    std::unique_ptr<AuditWriter> audit;
    mutable std::mutex mutex;

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

    VaultStatus writeHead()
    {
        if (headFd < 0) {
            headFd = ::open(headPath().c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
            if (headFd < 0)
                return status(VaultErrorCode::Io, headPath() + ": " + std::strerror(errno));
        }
        SignedHead head{records, ++headCounter, lastMac};
        std::string error;
        if (!writeSignedHead(headFd, logKey.span(), kLogHeadLabel, head, &error))
            return status(VaultErrorCode::Io, headPath() + ": " + error);
        return {};
    }

    VaultStatus takeLock()
    {
        const std::string path = dir + "/LOCK";
        lockFd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (lockFd < 0)
            return status(VaultErrorCode::Io, path + ": " + std::strerror(errno));
        if (::flock(lockFd, LOCK_EX | LOCK_NB) != 0) {
            char pid[32] = {};
            const ssize_t n = ::pread(lockFd, pid, sizeof pid - 1, 0);
            return status(VaultErrorCode::Busy, "the vault in " + dir + " is in use by another process (pid "
                                                    + std::string(pid, n > 0 ? static_cast<std::size_t>(n) : 0)
                                                    + "); close it there first");
        }
        const std::string me = std::to_string(::getpid());
        if (::ftruncate(lockFd, 0) != 0 || ::pwrite(lockFd, me.data(), me.size(), 0) < 0)
            return status(VaultErrorCode::Io, path + ": " + std::strerror(errno));
        return {};
    }

    /** Records one decision; fails closed when it cannot be written. */
    VaultStatus audited(const RequestContext &who, std::string_view action, std::string_view path, bool allowed,
                        const std::string &reason, bool durable)
    {
        AuditEntry e;
        e.time = rfc3339(now());
        e.identity = who.identity;
        e.action = std::string(action);
        e.path = std::string(path);
        e.allowed = allowed;
        e.reason = reason;
        e.pid = who.pid;
        e.process = who.process;
        e.host = who.host;
        std::string error;
        if (!audit || !audit->append(e, &error) || !audit->commit(&error, durable))
            return status(VaultErrorCode::AuditFailed,
                          "the audit log cannot be written, so nothing is done (" + error + ")");
        return {};
    }

    /** Decides, audits, and says Denied in words when the policies say no. */
    VaultStatus authorize(const RequestContext &who, Capability capability, std::string_view path, bool durable)
    {
        const Decision d = policySet.decide(who.identity, capability, path);
        VaultStatus s = audited(who, capabilityName(capability), path, d.allowed, d.reason, durable);
        if (!s.ok())
            return s;
        if (!d.allowed)
            return status(VaultErrorCode::Denied, "denied: " + d.reason);
        return {};
    }

    VaultStatus authorizeManage(const RequestContext &who, std::string_view action)
    {
        const Decision d = policySet.decideManage(who.identity);
        VaultStatus s = audited(who, action, "", d.allowed, d.reason, true);
        if (!s.ok())
            return s;
        if (!d.allowed)
            return status(VaultErrorCode::Denied, "denied: " + d.reason);
        return {};
    }

    // --- secrets.log ---------------------------------------------------------

    Bytes chainMac(const Bytes &prev, std::uint64_t index, ByteView payload) const
    {
        Bytes input = prev;
        putU64(input, index);
        input.insert(input.end(), payload.begin(), payload.end());
        Bytes mac(kMacBytes);
        hmacSha256(logKey.span(), input, std::span<unsigned char, kMacBytes>(mac.data(), kMacBytes), nullptr);
        return mac;
    }

    VaultStatus appendRecord(const Bytes &payload)
    {
        Bytes frame;
        putU32(frame, static_cast<std::uint32_t>(payload.size()));
        putU32(frame, static_cast<std::uint32_t>(crc32(0, payload.data(), static_cast<uInt>(payload.size()))));
        frame.insert(frame.end(), payload.begin(), payload.end());
        const Bytes mac = chainMac(lastMac, records + 1, payload);
        frame.insert(frame.end(), mac.begin(), mac.end());
        if (!Embedded::writeFully(logFd, {reinterpret_cast<const char *>(frame.data()), frame.size()})
            || ::fdatasync(logFd) != 0)
            return status(VaultErrorCode::Io, logPath() + ": " + std::strerror(errno));
        lastMac = mac;
        ++records;
        return writeHead();
    }

    VaultStatus apply(ByteView payload, std::uint64_t index, std::uint64_t offset)
    {
        auto corrupt = [&](const std::string &what) {
            return status(VaultErrorCode::Corrupt, logPath() + ": record " + std::to_string(index) + " at byte "
                                                       + std::to_string(offset) + ": " + what);
        };
        Reader r(payload);
        const auto type = static_cast<RecordType>(r.u8());
        const std::string path = r.string();
        const std::uint32_t version = r.u32();
        const auto at = static_cast<std::int64_t>(r.u64());
        const std::string by = r.string();
        if (!r.ok())
            return corrupt("cut short");
        switch (type) {
        case RecordType::Version: {
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
        case RecordType::Delete:
        case RecordType::Restore: {
            const auto it = secrets.find(path);
            if (!r.atEnd() || it == secrets.end() || version == 0 || version > it->second.versions.size())
                return corrupt("a deletion of a version that does not exist");
            it->second.versions[version - 1].info.deleted = type == RecordType::Delete;
            return {};
        }
        case RecordType::Policies: {
            const ByteView json = r.lengthPrefixed();
            std::string error;
            PolicySet set;
            if (!r.ok() || !r.atEnd()
                || !parsePolicies({reinterpret_cast<const char *>(json.data()), json.size()}, set, &error))
                return corrupt("the policies do not read back (" + error + ")");
            policySet = std::move(set);
            return {};
        }
        }
        return corrupt("unknown record type " + std::to_string(static_cast<int>(type)));
    }

    /** Reads every record, checking checksums and the MAC chain; a torn last record is cut. */
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
        if (header.u32() != kLogVersion)
            return status(VaultErrorCode::Corrupt, logPath() + ": record log version is not 1");
        const ByteView id = header.bytes(16);
        if (!constantTimeEquals(id, keyFile.vaultId))
            return status(VaultErrorCode::Corrupt, logPath() + ": belongs to another vault (its vault id differs)");
        if (header.u32() != 0)
            return status(VaultErrorCode::Corrupt, logPath() + ": the header's reserved bytes are not zero");
        std::size_t at = kLogHeaderBytes;
        while (at < all.size()) {
            const std::size_t left = all.size() - at;
            Reader frame(all.subspan(at, std::min(left, kFrameBytes)));
            const std::uint32_t length = frame.u32();
            const std::uint32_t crc = frame.u32();
            const bool complete = frame.ok() && length <= kMaxRecord && left >= kFrameBytes + length + kMacBytes;
            const ByteView payload = complete ? all.subspan(at + kFrameBytes, length) : ByteView{};
            const bool crcOk = complete
                               && crc32(0, payload.data(), static_cast<uInt>(payload.size())) == crc;
            if (!complete) {
                // A put that died before it was acknowledged (write(2) left a
                // prefix): cut it. A complete record with a bad checksum is
                // damage, reported below; the signed head catches a cut that
                // is not from a crash.
                if (::ftruncate(logFd, static_cast<off_t>(at)) != 0 || ::fdatasync(logFd) != 0)
                    return status(VaultErrorCode::Io, logPath() + ": " + std::strerror(errno));
                break;
            }
            if (!crcOk)
                return status(VaultErrorCode::Corrupt, logPath() + ": record " + std::to_string(records + 1)
                                                           + " at byte " + std::to_string(at)
                                                           + " is damaged (checksum); the file was not changed");
            const Bytes mac = chainMac(lastMac, records + 1, payload);
            if (!constantTimeEquals(mac, all.subspan(at + kFrameBytes + length, kMacBytes)))
                return status(VaultErrorCode::Corrupt, logPath() + ": record " + std::to_string(records + 1)
                                                           + " at byte " + std::to_string(at)
                                                           + " was changed (its MAC does not match)");
            if (VaultStatus s = apply(payload, records + 1, at); !s.ok())
                return s;
            lastMac = mac;
            ++records;
            at += kFrameBytes + length + kMacBytes;
        }
        if (::lseek(logFd, 0, SEEK_END) < 0)
            return status(VaultErrorCode::Io, logPath() + ": " + std::strerror(errno));
        SignedHead head;
        bool exists = false;
        const bool headOk = readSignedHead(headPath(), logKey.span(), kLogHeadLabel, head, exists);
        if (!exists)
            return status(VaultErrorCode::Corrupt, headPath() + ": missing (the record log cannot be checked)");
        if (!headOk)
            return status(VaultErrorCode::Corrupt, headPath() + ": no valid signed head (changed, or from another vault)");
        if (head.seq > records)
            return status(VaultErrorCode::Corrupt, logPath() + ": was cut: it holds " + std::to_string(records)
                                                       + " records, the signed head says " + std::to_string(head.seq));
        if (head.seq == records && !constantTimeEquals(head.mac, lastMac))
            return status(VaultErrorCode::Corrupt, logPath() + ": record " + std::to_string(records)
                                                       + " is not the one the signed head names");
        headCounter = head.counter;
        return {};
    }

    Bytes recordHead(RecordType type, std::string_view path, std::uint32_t version, const std::string &by)
    {
        Bytes p;
        putU8(p, static_cast<std::uint8_t>(type));
        putString(p, path);
        putU32(p, version);
        putU64(p, static_cast<std::uint64_t>(now()));
        putString(p, by);
        return p;
    }

    VaultStatus writePolicies(const PolicySet &set, const std::string &by)
    {
        Bytes p = recordHead(RecordType::Policies, "", 0, by);
        putString(p, serializePolicies(set));
        if (VaultStatus s = appendRecord(p); !s.ok())
            return s;
        policySet = set;
        return {};
    }

    VaultStatus setDeleted(const RequestContext &who, std::string_view path, std::uint32_t version, bool deleted)
    {
        if (!keys)
            return status(VaultErrorCode::Locked, "the vault is locked");
        if (VaultStatus s = authorize(who, Capability::Delete, path, true); !s.ok())
            return s;
        const auto it = secrets.find(path);
        if (it == secrets.end())
            return status(VaultErrorCode::NotFound, "no secret " + std::string(path));
        const std::uint32_t v = version == 0 ? it->second.current() : version;
        if (v == 0 || v > it->second.versions.size())
            return status(VaultErrorCode::NotFound, std::string(path) + " has no version " + std::to_string(version));
        Bytes p = recordHead(deleted ? RecordType::Delete : RecordType::Restore, path, v, who.identity);
        if (VaultStatus s = appendRecord(p); !s.ok())
            return s;
        it->second.versions[v - 1].info.deleted = deleted;
        return {};
    }

    VaultStatus openValue(std::string_view path, const StoredVersion &v, SecureBuffer &value) const
    {
        const Term *term = keys->term(v.info.term);
        if (!term)
            return status(VaultErrorCode::Corrupt, std::string(path) + " version " + std::to_string(v.info.version)
                                                       + ": its key term " + std::to_string(v.info.term)
                                                       + " is not in the keyring");
        SecureBuffer dataKey;
        std::string error;
        if (!aesKwpUnwrap(term->key.span(), v.wrappedKey, dataKey, &error)
            || !aesGcmOpen(dataKey.span(), v.nonce,
                           valueAad(keyFile.vaultId, path, v.info.version, v.info.term, v.wrappedKey, v.info.kind),
                           v.sealed, value, &error))
            return status(VaultErrorCode::Corrupt, std::string(path) + " version " + std::to_string(v.info.version)
                                                       + " does not open: " + error);
        return {};
    }
};

VaultEngine::VaultEngine(std::unique_ptr<Impl> impl) : d(std::move(impl)), m_dir(d->dir) {}

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
    impl->options = options;
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
    impl->keys = std::move(keys);
    // The record log first, then keys.json last: a vault exists once keys.json does.
    Bytes header(kLogMagic, kLogMagic + 8);
    putU32(header, kLogVersion);
    header.insert(header.end(), file.vaultId.begin(), file.vaultId.end());
    putU32(header, 0);
    if (!Embedded::writeFileAtomically(impl->logPath(),
                                       {reinterpret_cast<const char *>(header.data()), header.size()}, &error))
        return set(status(VaultErrorCode::Io, error));
    impl->logFd = ::open(impl->logPath().c_str(), O_RDWR | O_APPEND | O_CLOEXEC);
    if (impl->logFd < 0)
        return set(status(VaultErrorCode::Io, impl->logPath() + ": " + std::strerror(errno)));
    impl->lastMac.assign(kMacBytes, 0);
    PolicySet bootstrap;
    if (!bootstrap.bootstrap(owner, &error))
        return set(status(VaultErrorCode::Invalid, error));
    if (VaultStatus s = impl->writePolicies(bootstrap, owner); !s.ok())
        return set(s);
    impl->audit = AuditWriter::open(dir, impl->keys->derive("audit"), &error);
    if (!impl->audit)
        return set(status(VaultErrorCode::AuditFailed, error));
    RequestContext who{owner, ::getpid(), "opsdeck", ""};
    if (VaultStatus s = impl->audited(who, "create-vault", "", true, "a new vault; its creator is admin", true);
        !s.ok())
        return set(s);
    if (!Embedded::writeFileAtomically(impl->keysPath(), serializeKeyFile(file), &error))
        return set(status(VaultErrorCode::Io, error));
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
    impl->options = options;
    std::ifstream in(impl->keysPath(), std::ios::binary);
    if (!in)
        return set(status(VaultErrorCode::NotFound, "no vault in " + dir + " (keys.json is missing)"));
    std::stringstream text;
    text << in.rdbuf();
    std::string error;
    if (!parseKeyFile(text.str(), impl->keyFile, &error))
        return set(status(VaultErrorCode::Corrupt, impl->keysPath() + ": " + error));
    if (VaultStatus s = impl->takeLock(); !s.ok())
        return set(s);
    if (status_)
        *status_ = {};
    return std::unique_ptr<VaultEngine>(new VaultEngine(std::move(impl)));
}

bool VaultEngine::isLocked() const
{
    std::lock_guard lock(d->mutex);
    return !d->keys.has_value();
}

VaultStatus VaultEngine::unlock(ByteView passphrase, const RequestContext &who)
{
    std::lock_guard lock(d->mutex);
    Keyring keys;
    std::string error;
    // Keys are about to live in this process: no core file may hold them.
    if (!disableCoreDumps(&error))
        return status(VaultErrorCode::Io, error);
    if (!unlockKeyFile(d->keyFile, passphrase, keys, &error))
        return status(error.rfind("wrong passphrase", 0) == 0 ? VaultErrorCode::WrongPassphrase
                                                              : VaultErrorCode::Corrupt,
                      error);
    d->logKey = keys.derive("log");
    d->keys = std::move(keys);
    auto fail = [&](VaultStatus s) {
        d->keys.reset();
        d->logKey.clear();
        d->secrets.clear();
        d->audit.reset();
        return s;
    };
    d->audit = AuditWriter::open(d->dir, d->keys->derive("audit"), &error);
    if (!d->audit)
        return fail(status(VaultErrorCode::AuditFailed, error));
    if (VaultStatus s = d->loadLog(); !s.ok())
        return fail(s);
    if (VaultStatus s = d->audited(who, "unlock", "", true, "the passphrase opened the vault", true); !s.ok())
        return fail(s);
    return {};
}

void VaultEngine::lock()
{
    std::lock_guard lock(d->mutex);
    if (d->audit) {
        std::string ignored;
        d->audit->commit(&ignored, true); // make buffered read entries durable
    }
    d->keys.reset();
    d->logKey.clear();
    d->secrets.clear();
    d->audit.reset();
}

VaultStatus VaultEngine::put(const RequestContext &who, std::string_view path, ByteView value, ValueKind kind,
                             VersionInfo *written)
{
    std::lock_guard lock(d->mutex);
    if (!d->keys)
        return status(VaultErrorCode::Locked, "the vault is locked");
    std::string error;
    if (!checkSecretPath(path, &error))
        return status(VaultErrorCode::Invalid, error);
    const auto it = d->secrets.find(path);
    const bool exists = it != d->secrets.end();
    if (VaultStatus s = d->authorize(who, exists ? Capability::Update : Capability::Create, path, true); !s.ok())
        return s;
    const std::uint32_t version = exists ? static_cast<std::uint32_t>(it->second.versions.size() + 1) : 1;
    const Term *term = d->keys->term(d->keys->activeTerm);
    SecureBuffer dataKey = randomKey();
    Bytes nonce = randomPublic(kNonceBytes);
    Bytes wrapped, sealed;
    if (!term || dataKey.empty() || nonce.size() != kNonceBytes
        || !aesKwpWrap(term->key.span(), dataKey.span(), wrapped, &error)
        || !aesGcmSeal(dataKey.span(), nonce, valueAad(d->keyFile.vaultId, path, version, term->number, wrapped, kind),
                       value, sealed, &error))
        return status(VaultErrorCode::Io, "cannot seal the value: " + error);
    Bytes p = d->recordHead(RecordType::Version, path, version, who.identity);
    putU8(p, static_cast<std::uint8_t>(kind));
    putU32(p, term->number);
    putBytes(p, wrapped);
    p.insert(p.end(), nonce.begin(), nonce.end());
    putBytes(p, sealed);
    if (VaultStatus s = d->appendRecord(p); !s.ok())
        return s;
    StoredVersion v;
    v.info = VersionInfo{version, kind, term->number, who.identity, d->now(), false};
    v.wrappedKey = std::move(wrapped);
    v.nonce = std::move(nonce);
    v.sealed = std::move(sealed);
    if (written)
        *written = v.info;
    d->secrets[std::string(path)].versions.push_back(std::move(v));
    return {};
}

VaultStatus VaultEngine::get(const RequestContext &who, std::string_view path, std::uint32_t version,
                             SecureBuffer &value, ValueKind *kind)
{
    value.clear();
    std::lock_guard lock(d->mutex);
    if (!d->keys)
        return status(VaultErrorCode::Locked, "the vault is locked");
    std::string error;
    if (!checkSecretPath(path, &error))
        return status(VaultErrorCode::Invalid, error);
    // Decide and audit before looking: a denied caller learns nothing about existence.
    if (VaultStatus s = d->authorize(who, Capability::Read, path, false); !s.ok())
        return s;
    const auto it = d->secrets.find(path);
    if (it == d->secrets.end())
        return status(VaultErrorCode::NotFound, "no secret " + std::string(path));
    const std::uint32_t wanted = version == 0 ? it->second.current() : version;
    if (wanted == 0 || wanted > it->second.versions.size())
        return status(VaultErrorCode::NotFound, std::string(path) + " has no version " + std::to_string(version));
    const StoredVersion &v = it->second.versions[wanted - 1];
    if (v.info.deleted)
        return status(VaultErrorCode::NotFound, std::string(path) + " version " + std::to_string(wanted)
                                                    + " is deleted (restore it first)");
    if (VaultStatus s = d->openValue(path, v, value); !s.ok())
        return s;
    if (kind)
        *kind = v.info.kind;
    return {};
}

VaultStatus VaultEngine::list(const RequestContext &who, std::string_view prefix, std::vector<SecretSummary> &out)
{
    out.clear();
    std::lock_guard lock(d->mutex);
    if (!d->keys)
        return status(VaultErrorCode::Locked, "the vault is locked");
    std::vector<std::string> paths;
    for (const auto &[path, secret] : d->secrets) {
        if (pathInFolder(path, prefix))
            paths.push_back(path);
    }
    const std::vector<std::string> visible = d->policySet.filterListable(who.identity, paths);
    if (VaultStatus s = d->audited(who, "list", prefix, true,
                                   std::to_string(visible.size()) + " of " + std::to_string(paths.size())
                                       + " secrets visible to this identity",
                                   false);
        !s.ok())
        return s;
    for (const auto &path : visible) {
        const Secret &secret = d->secrets.at(path);
        SecretSummary summary;
        summary.path = path;
        summary.current = secret.current();
        for (const auto &v : secret.versions)
            summary.versions.push_back(v.info);
        out.push_back(std::move(summary));
    }
    return {};
}


VaultStatus VaultEngine::remove(const RequestContext &who, std::string_view path, std::uint32_t version)
{
    std::lock_guard lock(d->mutex);
    return d->setDeleted(who, path, version, true);
}

VaultStatus VaultEngine::restore(const RequestContext &who, std::string_view path, std::uint32_t version)
{
    std::lock_guard lock(d->mutex);
    return d->setDeleted(who, path, version, false);
}

PolicySet VaultEngine::policies() const
{
    std::lock_guard lock(d->mutex);
    return d->policySet;
}

VaultStatus VaultEngine::setPolicies(const RequestContext &who, const PolicySet &policies)
{
    std::lock_guard lock(d->mutex);
    if (!d->keys)
        return status(VaultErrorCode::Locked, "the vault is locked");
    std::string error;
    if (!policies.validate(&error))
        return status(VaultErrorCode::Invalid, error);
    const bool someoneManages = std::any_of(policies.identities().begin(), policies.identities().end(),
                                            [&](const Identity &i) { return policies.decideManage(i.name).allowed; });
    if (!someoneManages)
        return status(VaultErrorCode::Invalid, "refused: after this change no identity could manage the vault "
                                               "(keep at least one enabled identity with admin on **)");
    if (VaultStatus s = d->authorizeManage(who, "policy-change"); !s.ok())
        return s;
    return d->writePolicies(policies, who.identity);
}

Decision VaultEngine::check(const RequestContext &who, std::string_view identity, Capability capability,
                            std::string_view path)
{
    std::lock_guard lock(d->mutex);
    const Decision decision = d->policySet.decide(identity, capability, path);
    d->audited(who, "check", path, true,
               "asked whether \"" + std::string(identity) + "\" may " + std::string(capabilityName(capability))
                   + ": " + decision.reason,
               false);
    return decision;
}

VaultStatus VaultEngine::verifyAuditLog(const RequestContext &who, AuditVerification &result)
{
    std::lock_guard lock(d->mutex);
    result = AuditVerification{};
    if (!d->keys)
        return status(VaultErrorCode::Locked, "the vault is locked");
    if (VaultStatus s = d->authorizeManage(who, "audit-verify"); !s.ok())
        return s;
    result = verifyAudit(d->dir, d->keys->derive("audit").span());
    return {};
}

VaultStatus VaultEngine::rotateRoot(const RequestContext &who)
{
    std::lock_guard lock(d->mutex);
    if (!d->keys)
        return status(VaultErrorCode::Locked, "the vault is locked");
    if (VaultStatus s = d->authorizeManage(who, "rotate-root"); !s.ok())
        return s;
    KeyFile file = d->keyFile;
    Keyring keys;
    keys.vaultId = d->keys->vaultId;
    keys.unlockKey = d->keys->unlockKey.clone();
    keys.root = d->keys->root.clone();
    keys.macRoot = d->keys->macRoot.clone();
    keys.activeTerm = d->keys->activeTerm;
    for (const auto &t : d->keys->terms)
        keys.terms.push_back(Term{t.number, t.key.clone(), t.created});
    std::string error;
    if (!OpsDeck::Vault::rotateRoot(file, keys, &error)
        || !Embedded::writeFileAtomically(d->keysPath(), serializeKeyFile(file), &error))
        return status(VaultErrorCode::Io, "the root key was not rotated: " + error);
    d->keyFile = std::move(file);
    d->keys = std::move(keys);
    return {};
}

} // namespace OpsDeck::Vault
