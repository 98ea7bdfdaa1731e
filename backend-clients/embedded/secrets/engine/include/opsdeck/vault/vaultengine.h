// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * The embedded vault on one folder (docs/vault-format.md):
 *
 *   keys.json    the key hierarchy (KeyFile), replaced atomically
 *   secrets.log  append-only records: secret versions (each sealed with its
 *                own data key), metadata, deletions, policy changes; every
 *                record chained by an HMAC so any change is found at open;
 *                rewritten whole (compacted) when a version is destroyed or
 *                data keys were re-wrapped
 *   audit.log, audit.head   every decision (AuditWriter)
 *   LOCK         one writer at a time (flock)
 *
 * Every request names an identity; the policies decide, the audit log
 * records the decision before anything is returned or changed (fail closed).
 * Writes are group-committed: concurrent requests share one fdatasync of
 * the audit log and one of the record log, and each is acknowledged only
 * once both are durable.
 *
 * A copy of the whole folder put back later (a rollback) is caught through
 * a state file outside the vault (VaultOptions::stateDir) that remembers,
 * under a MAC, the highest generation of each file seen on this machine.
 *
 * Plain C++; the Qt ISecretStore runs it off the GUI thread.
 */

#include "opsdeck/vault/audit.h"
#include "opsdeck/vault/generator.h"
#include "opsdeck/vault/keyfile.h"
#include "opsdeck/vault/policy.h"

#include <cstdint>
#include <functional>
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
    bool destroyed = false; ///< the ciphertext is gone for good
};

/** What a person says about a secret; never part of the value. */
struct SecretMetadata
{
    std::string owner;
    std::string description;
    std::vector<std::string> tags;
    std::int64_t expiresAtMs = 0;    ///< 0: never
    std::uint32_t rotationDays = 0;  ///< maximum age of the current version; 0: no policy
    std::string generator;           ///< see generator.h; empty: rotate needs a value
    std::string updatedBy;           ///< set by the engine
    std::int64_t updatedAtMs = 0;    ///< set by the engine
    friend bool operator==(const SecretMetadata &, const SecretMetadata &) = default;
};

enum class RotationStatus { None, Ok, Due, Overdue };

struct SecretSummary
{
    std::string path;
    std::uint32_t current = 0; ///< newest version not deleted (0: all deleted)
    std::vector<VersionInfo> versions;
    SecretMetadata metadata;
    RotationStatus rotation = RotationStatus::None;
    std::int64_t rotateByMs = 0; ///< when the current version reaches its maximum age (0: no policy)
};

/**
 * Where \a summary stands at \a nowMs: overdue past its maximum age, due
 * within the last quarter of it (at most 7 days before), ok before that.
 */
RotationStatus rotationStatus(const SecretSummary &summary, std::int64_t nowMs, std::int64_t *rotateByMs = nullptr);

/** Whether \a value is a key/value map: a JSON object whose values are strings. */
bool checkMapValue(ByteView value, std::string *error);

/** Which audit entries auditEntries() returns (newest first). */
struct AuditFilter
{
    std::string identity;
    std::string pathPrefix;
    std::string action;
    bool deniedOnly = false;
    std::int64_t sinceMs = 0;
    std::size_t limit = 1000;
};

struct VaultOptions
{
    /** The clock (ms since the epoch); tests pass a fake one. */
    std::int64_t (*nowMs)() = nullptr;
    /**
     * Where this machine remembers how far each vault has come, to catch a
     * rollback. Empty: $XDG_STATE_HOME/opsdeck/vaults, else
     * ~/.local/state/opsdeck/vaults.
     */
    std::string stateDir;
    AnomalyRule anomalyRule;
    /** Called (on the requesting thread) when an anomaly rule fires; also audited. */
    std::function<void(const std::string &alert)> onAlert;
    /** How long a rotation command may run. */
    std::int64_t commandTimeoutMs = 30'000;
};

/** One secret to write in a batch (import). */
struct PutItem
{
    std::string path;
    SecureBuffer value;
    ValueKind kind = ValueKind::String;
};

/** One way into the vault, as listed by VaultEngine::unlockers(). */
struct UnlockerInfo
{
    std::string id;
    bool osKeyring = false; ///< false: a passphrase
    std::string label;      ///< for a keyring unlocker: whose keyring ("user@host")
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
    /**
     * Quick unlock: opens with the OS-keyring unlocker \a unlockerId and the
     * 32-byte \a key the operating system's keyring kept for it (no KDF). A
     * key that does not fit fails with WrongPassphrase.
     */
    VaultStatus unlockWithKey(const std::string &unlockerId, ByteView key, const RequestContext &who);
    /** Wipes every key from memory. */
    void lock();

    /**
     * Adds (or replaces) the OS-keyring unlocker \a id, which opens the vault
     * with \a key (32 random bytes the caller keeps in the keyring). Needs
     * admin; audited.
     */
    VaultStatus addKeyringUnlocker(const RequestContext &who, const std::string &id, const std::string &label,
                                   ByteView key);
    /** Removes unlocker \a id (never the last passphrase). Needs admin; audited. */
    VaultStatus removeUnlocker(const RequestContext &who, const std::string &id);
    /** The unlockers as the key file names them (no keys); also while locked. */
    std::vector<UnlockerInfo> unlockers() const;
    /** The vault id in hex (fixed for the vault's life): names its entries in the OS keyring. */
    const std::string &vaultIdHex() const { return m_vaultIdHex; }

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
    /**
     * Removes the ciphertext of one version for good (needs delete): the
     * record log is rewritten without it. The version number stays taken.
     */
    VaultStatus destroy(const RequestContext &who, std::string_view path, std::uint32_t version);

    /** One secret's versions and metadata (needs list or read). */
    VaultStatus info(const RequestContext &who, std::string_view path, SecretSummary &out);
    /** Replaces the metadata of an existing secret (needs update). */
    VaultStatus setMetadata(const RequestContext &who, std::string_view path, const SecretMetadata &metadata);
    /** A new version holding the value of \a version (needs update). */
    VaultStatus rollback(const RequestContext &who, std::string_view path, std::uint32_t version,
                         VersionInfo *written = nullptr);
    /**
     * A new version from the secret's generator (needs rotate). A command
     * runs without the engine lock held, so other requests go on meanwhile.
     */
    VaultStatus rotate(const RequestContext &who, std::string_view path, VersionInfo *written = nullptr);
    /** Secrets \a who may list whose rotation is due or overdue. */
    VaultStatus rotationDue(const RequestContext &who, std::vector<SecretSummary> &out);

    /**
     * Writes many secrets with one commit (import). Each is decided and
     * audited on its own; the first refusal stops the batch before anything
     * is written.
     */
    VaultStatus putMany(const RequestContext &who, std::vector<PutItem> &items);
    /**
     * The current value of every secret under \a prefix that \a who may read
     * (export). Audited as one "export" entry, durably, before any value is
     * returned.
     */
    VaultStatus exportValues(const RequestContext &who, std::string_view prefix,
                             std::vector<std::pair<std::string, SecureBuffer>> &out,
                             std::vector<ValueKind> *kinds = nullptr);

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
    /** Audit entries matching \a filter, newest first (needs the right to manage the vault). */
    VaultStatus auditEntries(const RequestContext &who, const AuditFilter &filter, std::vector<AuditEntry> &out);

    /** New root key: the keyring is re-sealed; nothing else is touched. */
    VaultStatus rotateRoot(const RequestContext &who);
    /**
     * A new key-encryption term, active for new writes at once. Older data
     * keys keep working until rewrap() has moved them.
     */
    VaultStatus addTerm(const RequestContext &who, std::uint32_t *term = nullptr);
    /**
     * Moves every version sealed under an older term to the active one, in
     * batches with the lock released in between (reads and writes go on),
     * then rewrites the record log and drops the terms no longer used.
     * Each version gets a fresh data key, so a data key still seals one
     * message. \a progress (done, total) may return false to stop early;
     * what was done stays done.
     */
    VaultStatus rewrap(const RequestContext &who,
                       const std::function<bool(std::size_t done, std::size_t total)> &progress = {});
    /** Versions whose data key is wrapped by a term other than the active one. */
    std::size_t versionsOnOldTerms() const;

    const std::string &dir() const { return m_dir; }

private:
    struct Impl;
    explicit VaultEngine(std::unique_ptr<Impl> impl);
    VaultStatus unlockWith(const std::function<bool(const KeyFile &, Keyring &, std::string *)> &open,
                           const std::string &how, const RequestContext &who);
    /** A change of the key file (admin only, audited as \a action), made durable with everything before it. */
    VaultStatus changeKeyFile(const RequestContext &who, const char *action, VaultErrorCode failure,
                              const std::string &failed,
                              const std::function<bool(KeyFile &, Keyring &, std::string *)> &change);
    std::unique_ptr<Impl> d;
    std::string m_dir;
    std::string m_vaultIdHex;
};

} // namespace OpsDeck::Vault
