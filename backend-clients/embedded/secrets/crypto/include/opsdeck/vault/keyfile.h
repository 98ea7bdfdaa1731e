// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * The vault's key hierarchy and the key file that stores it
 * (docs/vault-format.md, "Key file"):
 *
 *   passphrase --Argon2id--> KEK_unlocker --AES-KWP--> unlock key U
 *   U --AES-KWP--> root key R
 *   R --HKDF "keyring"--> K_keyring --AES-GCM--> keyring: terms (KEKs for data keys) and M
 *   R --HKDF "header-mac"--> MAC over the key file's body
 *   M --HKDF "audit" / "index" / "names" / "log" / "state"--> keys that outlive root rotations
 *
 * M (the MAC root) lives in the keyring: audit entries and the record chain
 * are verified over the vault's whole life, so their keys must not change
 * when R does.
 *
 * Unlockers (passphrases; keys kept in the operating system's keyring) each wrap U, which never
 * changes, so rotating R re-wraps one key and re-seals the keyring: constant
 * time, no unlocker needed. Adding a term makes a new KEK for new writes;
 * old terms stay until every data key is re-wrapped.
 *
 * Plain C++ (no Qt, no IO): text in, text out, so it is fuzzed and a second
 * implementation can be checked against it.
 */

#include "opsdeck/vault/crypto.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace OpsDeck::Vault {

inline constexpr std::string_view kKeyFileFormat = "opsdeck-vault-keys";
inline constexpr int kKeyFileVersion = 1;

/**
 * One way in. A passphrase unlocker derives its KEK with Argon2id; a key
 * unlocker's KEK is a random key kept outside the vault (the operating
 * system's keyring: quick unlock), so no KDF runs.
 */
struct Unlocker
{
    enum class Type { Passphrase, OsKeyring };

    std::string id;          ///< "passphrase" for the first one
    Type type = Type::Passphrase;
    Argon2Params kdf;        ///< passphrase only
    Bytes salt;              ///< passphrase only: 16 random bytes
    std::string label;       ///< OS keyring only: whose keyring ("user@host"), for people
    Bytes wrappedUnlockKey;  ///< AES-KWP(KEK, U)
};

/** The key file as stored: everything public, the keyring sealed. */
struct KeyFile
{
    Bytes vaultId;            ///< 16 random bytes, fixed for the vault's life
    std::uint64_t generation = 0; ///< grows with every rewrite; rollback detection compares it
    std::string created;      ///< RFC 3339, UTC
    std::vector<Unlocker> unlockers;
    std::uint32_t rootVersion = 1; ///< grows with every root rotation
    Bytes wrappedRoot;        ///< AES-KWP(U, R)
    Bytes keyringNonce;       ///< 12 bytes
    Bytes keyringSealed;      ///< AES-GCM(K_keyring, nonce, aad, keyring JSON) || tag
    Bytes mac;                ///< HMAC-SHA-256(K_header, body bytes)
};

/** One key-encryption term: data keys written while it is active are wrapped by it. */
struct Term
{
    std::uint32_t number = 0;
    SecureBuffer key;
    std::string created;
};

/** The unlocked keys; wiped when destroyed. */
struct Keyring
{
    Bytes vaultId;
    SecureBuffer unlockKey;
    SecureBuffer root;
    SecureBuffer macRoot; ///< M: stable across root rotations
    std::vector<Term> terms;
    std::uint32_t activeTerm = 0;

    /** The term numbered \a number, or nullptr. */
    const Term *term(std::uint32_t number) const;
    /** HKDF-SHA-256(R, salt = vault id, info = "opsdeck-vault/v1/" + purpose): "keyring", "header-mac". */
    SecureBuffer deriveFromRoot(std::string_view purpose) const;
    /** HKDF-SHA-256(M, salt = vault id, info = "opsdeck-vault/v1/" + purpose): "audit", "index", "names", "log", "state". */
    SecureBuffer derive(std::string_view purpose) const;
};

/**
 * A new vault: random vault id, U, R and a first term; one passphrase
 * unlocker with \a kdf and a random salt. \a now is the RFC 3339 time.
 */
bool createKeyFile(ByteView passphrase, const Argon2Params &kdf, const std::string &now, KeyFile &file,
                   Keyring &keys, std::string *error);

/**
 * Opens \a file with \a passphrase: tries each passphrase unlocker, checks the
 * MAC over the body and opens the keyring. A wrong passphrase fails with an
 * error starting "wrong passphrase"; a file whose MAC does not match with
 * "the key file was changed"; \a keys is left empty on failure.
 */
bool unlockKeyFile(const KeyFile &file, ByteView passphrase, Keyring &keys, std::string *error);

/** New root key: re-wraps it under U and re-seals the keyring; generation + 1. */
bool rotateRoot(KeyFile &file, Keyring &keys, std::string *error);

/** A new term becomes active for new data keys; generation + 1. */
bool addTerm(KeyFile &file, Keyring &keys, const std::string &now, std::string *error);

/** Drops terms no data key needs any more (the caller knows which); generation + 1. */
bool retireTerms(KeyFile &file, Keyring &keys, const std::vector<std::uint32_t> &retired, std::string *error);

/** Replaces the passphrase of unlocker \a id (re-derives its KEK with a new salt); generation + 1. */
bool changePassphrase(KeyFile &file, const Keyring &keys, const std::string &id, ByteView passphrase,
                      const Argon2Params &kdf, std::string *error);

/**
 * Adds (or replaces) the OS-keyring unlocker \a id: U wrapped under \a key, a
 * random 32-byte key that the caller keeps in the keyring; generation + 1.
 */
bool addKeyUnlocker(KeyFile &file, const Keyring &keys, const std::string &id, const std::string &label,
                    ByteView key, std::string *error);

/** Removes unlocker \a id; the last passphrase unlocker cannot go. generation + 1. */
bool removeUnlocker(KeyFile &file, const Keyring &keys, const std::string &id, std::string *error);

/**
 * Opens \a file with the OS-keyring unlocker \a id and its \a key. A key
 * that does not unwrap fails with an error starting "wrong key".
 */
bool unlockKeyFileWithKey(const KeyFile &file, const std::string &id, ByteView key, Keyring &keys,
                          std::string *error);

/** The key file as text: JSON with the body as a string, and its MAC. */
std::string serializeKeyFile(const KeyFile &file);

/**
 * Reads key file text. Any problem is an error naming the field (and the
 * line and column for malformed JSON); nothing is guessed.
 */
bool parseKeyFile(std::string_view text, KeyFile &file, std::string *error);

} // namespace OpsDeck::Vault
