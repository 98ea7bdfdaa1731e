// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * The vault's cryptographic primitives, each a thin wrapper over OpenSSL 3 or
 * libargon2 with standard parameters and encodings (docs/vault-format.md), so
 * an independent implementation can open a vault from the documentation:
 *
 *  - Argon2id (RFC 9106, version 0x13) turns a passphrase into a key;
 *  - HKDF-SHA-256 (RFC 5869) derives purpose keys from the root key;
 *  - HMAC-SHA-256 (RFC 2104) authenticates the audit chain and index names;
 *  - AES-256-GCM (NIST SP 800-38D, 96-bit nonce, 128-bit tag) seals values;
 *  - AES-256 key wrap with padding (RFC 5649) wraps data keys.
 *
 * Functions return false and set \a error (one line, no secret in it) when
 * they fail; a wrong key or tampered input is a failure, never a crash or a
 * partial result. Secret outputs go into SecureBuffer.
 */

#include "opsdeck/vault/securebuffer.h"

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace OpsDeck::Vault {

using Bytes = std::vector<unsigned char>; ///< public bytes: ciphertext, salts, nonces, MACs
using ByteView = std::span<const unsigned char>;

inline constexpr std::size_t kKeyBytes = 32;   ///< AES-256, HMAC-SHA-256 and HKDF output keys
inline constexpr std::size_t kNonceBytes = 12; ///< AES-GCM nonce
inline constexpr std::size_t kTagBytes = 16;   ///< AES-GCM tag
inline constexpr std::size_t kMacBytes = 32;   ///< HMAC-SHA-256, SHA-256

/** \a s as bytes (no copy). */
inline ByteView bytesOf(std::string_view s)
{
    return {reinterpret_cast<const unsigned char *>(s.data()), s.size()};
}

/** Fills \a out from the operating system's CSPRNG (through OpenSSL's DRBG). */
bool randomBytes(std::span<unsigned char> out, std::string *error);
/** \a n random bytes in a secure buffer (keys); empty on failure. */
SecureBuffer randomKey(std::size_t n = kKeyBytes);
/** \a n random public bytes (salts, nonces, ids); empty on failure. */
Bytes randomPublic(std::size_t n);

/** Argon2id cost: passes over memory, memory in KiB, lanes (= threads). */
struct Argon2Params
{
    std::uint32_t iterations = 3;
    std::uint32_t memoryKiB = 64 * 1024;
    std::uint32_t lanes = 2;
};

/**
 * Argon2id(passphrase, salt) of \a out.size() bytes (RFC 9106, version 0x13).
 * \a secret and \a ad are the optional K and X inputs of the RFC (empty here
 * except in the RFC's test vector).
 */
bool argon2id(ByteView passphrase, ByteView salt, const Argon2Params &params, std::span<unsigned char> out,
              std::string *error, ByteView secret = {}, ByteView ad = {});

/**
 * Parameters that take at least \a targetSeconds on this machine with
 * \a memoryKiB of memory and \a lanes lanes: more passes until the time is
 * reached (memory stays fixed: it is the bound the benchmark and the user's
 * machine care about). Runs the KDF a few times; call it off the GUI thread.
 */
Argon2Params calibrateArgon2id(double targetSeconds, std::uint32_t memoryKiB = 64 * 1024, std::uint32_t lanes = 2);

/** HKDF-SHA-256 (RFC 5869): extract with \a salt, expand with \a info into \a out. */
bool hkdfSha256(ByteView key, ByteView salt, ByteView info, std::span<unsigned char> out, std::string *error);

/** HMAC-SHA-256 of \a data under \a key. */
bool hmacSha256(ByteView key, ByteView data, std::span<unsigned char, kMacBytes> out, std::string *error);

/** SHA-256 of \a data. */
bool sha256(ByteView data, std::span<unsigned char, kMacBytes> out, std::string *error);

/**
 * AES-256-GCM encryption of \a plaintext under \a key (32 bytes) with \a nonce
 * (12 bytes, never reused under one key) and associated data \a aad.
 * \a out = ciphertext (same length as plaintext) followed by the 16-byte tag.
 */
bool aesGcmSeal(ByteView key, ByteView nonce, ByteView aad, ByteView plaintext, Bytes &out, std::string *error);

/**
 * Opens what aesGcmSeal made. Fails (error "authentication failed") when the
 * key, nonce, associated data or any byte of \a sealed differ; \a plaintext
 * is then empty.
 */
bool aesGcmOpen(ByteView key, ByteView nonce, ByteView aad, ByteView sealed, SecureBuffer &plaintext,
                std::string *error);

/**
 * hmacSha256() for many messages under one key: the key's inner and outer
 * pads are computed once, so each MAC costs the hashing of its message only.
 * The message may come in parts (hashed as their concatenation). Not for use
 * by two threads at once.
 */
class HmacKey
{
public:
    explicit HmacKey(ByteView key);
    ~HmacKey();
    HmacKey(const HmacKey &) = delete;
    HmacKey &operator=(const HmacKey &) = delete;

    bool mac(std::initializer_list<ByteView> parts, std::span<unsigned char, kMacBytes> out);

private:
    void *m_ctx = nullptr; // EVP_MAC_CTX, keyed
};

/**
 * aesGcmOpen() for many messages under one key: the key schedule is set up
 * once, so opening thousands of short messages (the vault's path names at
 * unlock) costs the cipher, not its set-up. Not for use by two threads at
 * once.
 */
class GcmOpener
{
public:
    explicit GcmOpener(ByteView key);
    ~GcmOpener();
    GcmOpener(const GcmOpener &) = delete;
    GcmOpener &operator=(const GcmOpener &) = delete;

    bool open(ByteView nonce, ByteView aad, ByteView sealed, SecureBuffer &plaintext, std::string *error);

private:
    void *m_ctx = nullptr; // EVP_CIPHER_CTX, keyed
};

/**
 * AES key wrap with padding (RFC 5649) of \a key (1 or more bytes) under
 * \a kek. The vault always uses a 32-byte kek (AES-256); 16 and 24 are
 * accepted so the RFC's own test vectors (AES-192) check this code path.
 */
bool aesKwpWrap(ByteView kek, ByteView key, Bytes &out, std::string *error);

/** Unwraps what aesKwpWrap made; fails on a wrong \a kek or any changed byte. */
bool aesKwpUnwrap(ByteView kek, ByteView wrapped, SecureBuffer &key, std::string *error);

/** Equality of two byte strings in time that depends only on their lengths. */
bool constantTimeEquals(ByteView a, ByteView b);

/**
 * Stops this process from writing core dumps and from being read through
 * ptrace by other processes of the same user (prctl PR_SET_DUMPABLE 0 and
 * RLIMIT_CORE 0). Called while a vault is unlocked.
 */
bool disableCoreDumps(std::string *error);

/** Lowercase hex of \a bytes (ids, MACs in messages and docs; never keys). */
std::string toHex(ByteView bytes);
/** Bytes of even-length hex \a hex; false on any other character. */
bool fromHex(std::string_view hex, Bytes &out);

} // namespace OpsDeck::Vault
