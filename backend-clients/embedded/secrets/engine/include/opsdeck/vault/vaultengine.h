// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * The embedded vault on one folder (docs/vault-format.md):
 *
 *   keys.json    the key hierarchy (KeyFile), replaced atomically
 *   secrets.log  append-only records: secret versions (each sealed with its
 *                own data key), deletions, policy changes; every record
 *                chained by an HMAC so any change is found at open
 *   audit.log, audit.head   every decision (AuditWriter)
 *   LOCK         one writer at a time (flock)
 *
 * Every request names an identity; the policies decide, the audit log
 * records the decision before anything is returned or changed (fail closed).
 * Plain C++; the Qt ISecretStore runs it off the GUI thread.
 */

#include "opsdeck/vault/audit.h"
#include "opsdeck/vault/keyfile.h"
#include "opsdeck/vault/policy.h"

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace OpsDeck::Vault {

enum class ValueKind : std::uint8_t { String = 0, MultiLine = 1, Map = 2 };

/** Why a request failed; the message is one line for a person. */
enum class VaultErrorCode { None, WrongPassphrase, Locked, Denied, NotFound, Invalid, Corrupt, Busy, Io, AuditFailed };

struct VaultStatus
{
    VaultErrorCode code = VaultErrorCode::None;
    std::string message;
    bool ok() const { return code == VaultErrorCode::None; }
};

/** Who asks, and from where (for the policies and the audit log). */
struct RequestContext
{
    std::string identity;
    std::int64_t pid = 0;
    std::string process;
    std::string host;
};

struct VersionInfo
{
    std::uint32_t version = 0;
    ValueKind kind = ValueKind::String;
    std::uint32_t term = 0;
    std::string createdBy;
    std::int64_t createdAtMs = 0;
    bool deleted = false;
};

struct SecretSummary
{
    std::string path;
    std::uint32_t current = 0; ///< newest version not deleted (0: all deleted)
    std::vector<VersionInfo> versions;
};

struct VaultOptions
{
    /** The clock (ms since the epoch); tests pass a fake one. */
    std::int64_t (*nowMs)() = nullptr;
};

class VaultEngine
{
public:
    ~VaultEngine();
    VaultEngine(const VaultEngine &) = delete;
    VaultEngine &operator=(const VaultEngine &) = delete;

    /**
     * Makes a new vault in \a dir (which must not hold one) with \a owner as
     * its admin, and leaves it unlocked. \a kdf: see calibrateArgon2id().
     */
    static std::unique_ptr<VaultEngine> create(const std::string &dir, ByteView passphrase, const Argon2Params &kdf,
                                               const std::string &owner, VaultStatus *status,
                                               VaultOptions options = {});
    /** Opens the vault in \a dir, locked. Takes the writer lock: a second writer gets Busy. */
    static std::unique_ptr<VaultEngine> open(const std::string &dir, VaultStatus *status, VaultOptions options = {});

    bool isLocked() const;
    /** Derives the key (the KDF: slow on purpose), checks every file, loads the records. */
    VaultStatus unlock(ByteView passphrase, const RequestContext &who);
    /** Wipes every key from memory. */
    void lock();

    /** Writes a new version of \a path (create when new, update otherwise). */
    VaultStatus put(const RequestContext &who, std::string_view path, ByteView value, ValueKind kind,
                    VersionInfo *written = nullptr);
    /** Reads \a version of \a path (0: the current one). */
    VaultStatus get(const RequestContext &who, std::string_view path, std::uint32_t version, SecureBuffer &value,
                    ValueKind *kind = nullptr);
    /** Secrets at or below the folder \a prefix that \a who may list. */
    VaultStatus list(const RequestContext &who, std::string_view prefix, std::vector<SecretSummary> &out);
    /** Soft-deletes (or restores) one version; 0 means the current one. */
    VaultStatus remove(const RequestContext &who, std::string_view path, std::uint32_t version);
    VaultStatus restore(const RequestContext &who, std::string_view path, std::uint32_t version);

    /** The identities and policies (a copy); changing them needs admin on the vault root. */
    PolicySet policies() const;
    VaultStatus setPolicies(const RequestContext &who, const PolicySet &policies);
    /** "Can X do Y on Z?" without doing it (audited as a check). */
    Decision check(const RequestContext &who, std::string_view identity, Capability capability,
                   std::string_view path);

    /**
     * Checks every entry of the audit log and its signed head (needs the
     * right to manage the vault); the check is itself audited first.
     */
    VaultStatus verifyAuditLog(const RequestContext &who, AuditVerification &result);

    /** New root key: the keyring is re-sealed; nothing else is touched. */
    VaultStatus rotateRoot(const RequestContext &who);

    const std::string &dir() const { return m_dir; }

private:
    struct Impl;
    explicit VaultEngine(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
    std::string m_dir;
};

} // namespace OpsDeck::Vault
