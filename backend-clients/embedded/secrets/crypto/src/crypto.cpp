// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/vault/crypto.h"

#include <argon2.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <algorithm>
#include <chrono>
#include <climits>
#include <memory>

#include <sys/prctl.h>
#include <sys/resource.h>

namespace OpsDeck::Vault {

namespace {

bool fail(std::string *error, std::string what)
{
    if (error) {
        // OpenSSL's own reason, if it left one, after ours.
        const unsigned long code = ERR_get_error();
        if (code != 0) {
            char reason[160];
            ERR_error_string_n(code, reason, sizeof reason);
            what += " (";
            what += reason;
            what += ")";
        }
        *error = std::move(what);
    }
    ERR_clear_error();
    return false;
}

struct CipherCtxFree
{
    void operator()(EVP_CIPHER_CTX *c) const { EVP_CIPHER_CTX_free(c); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

int toInt(std::size_t n)
{
    return n > static_cast<std::size_t>(INT_MAX) ? -1 : static_cast<int>(n);
}

} // namespace

bool randomBytes(std::span<unsigned char> out, std::string *error)
{
    if (out.empty())
        return true;
    if (toInt(out.size()) < 0 || RAND_bytes(out.data(), toInt(out.size())) != 1)
        return fail(error, "the random number generator failed");
    return true;
}

SecureBuffer randomKey(std::size_t n)
{
    SecureBuffer key(n);
    if (!randomBytes(key.span(), nullptr))
        key.clear();
    return key;
}

Bytes randomPublic(std::size_t n)
{
    Bytes out(n);
    if (!randomBytes(out, nullptr))
        out.clear();
    return out;
}

bool argon2id(ByteView passphrase, ByteView salt, const Argon2Params &params, std::span<unsigned char> out,
              std::string *error, ByteView secret, ByteView ad)
{
    argon2_context ctx{};
    ctx.out = out.data();
    ctx.outlen = static_cast<std::uint32_t>(out.size());
    // libargon2 takes non-const pointers but only reads them (no CLEAR flags).
    ctx.pwd = const_cast<std::uint8_t *>(passphrase.data());
    ctx.pwdlen = static_cast<std::uint32_t>(passphrase.size());
    ctx.salt = const_cast<std::uint8_t *>(salt.data());
    ctx.saltlen = static_cast<std::uint32_t>(salt.size());
    ctx.secret = secret.empty() ? nullptr : const_cast<std::uint8_t *>(secret.data());
    ctx.secretlen = static_cast<std::uint32_t>(secret.size());
    ctx.ad = ad.empty() ? nullptr : const_cast<std::uint8_t *>(ad.data());
    ctx.adlen = static_cast<std::uint32_t>(ad.size());
    ctx.t_cost = params.iterations;
    ctx.m_cost = params.memoryKiB;
    ctx.lanes = params.lanes;
    ctx.threads = params.lanes;
    ctx.version = ARGON2_VERSION_13;
    ctx.flags = ARGON2_DEFAULT_FLAGS;
    const int rc = argon2_ctx(&ctx, Argon2_id);
    if (rc != ARGON2_OK) {
        OPENSSL_cleanse(out.data(), out.size());
        return fail(error, std::string("Argon2id: ") + argon2_error_message(rc));
    }
    return true;
}

Argon2Params calibrateArgon2id(double targetSeconds, std::uint32_t memoryKiB, std::uint32_t lanes)
{
    using Clock = std::chrono::steady_clock;
    Argon2Params params{1, memoryKiB, lanes};
    const unsigned char salt[16] = {};
    const unsigned char password[8] = {'c', 'a', 'l', 'i', 'b', 'r', 'a', 't'};
    unsigned char out[kKeyBytes];
    auto timeOnce = [&](const Argon2Params &p) {
        const auto start = Clock::now();
        argon2id(password, salt, p, out, nullptr);
        return std::chrono::duration<double>(Clock::now() - start).count();
    };
    // The best of two single passes is the cost of one pass; then scale and
    // check, adding passes until the target is met (the check guards against
    // a first measurement that was too fast).
    const double perPass = std::max(1e-4, std::min(timeOnce(params), timeOnce(params)));
    params.iterations = std::max<std::uint32_t>(1, static_cast<std::uint32_t>(targetSeconds / perPass + 0.999));
    for (int guard = 0; guard < 8 && timeOnce(params) < targetSeconds; ++guard)
        params.iterations += std::max<std::uint32_t>(1, params.iterations / 8);
    OPENSSL_cleanse(out, sizeof out);
    return params;
}

bool hkdfSha256(ByteView key, ByteView salt, ByteView info, std::span<unsigned char> out, std::string *error)
{
    std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)> kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr), &EVP_KDF_free);
    if (!kdf)
        return fail(error, "HKDF is not available");
    std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)> ctx(EVP_KDF_CTX_new(kdf.get()), &EVP_KDF_CTX_free);
    if (!ctx)
        return fail(error, "HKDF context");
    char digest[] = "SHA256";
    OSSL_PARAM params[5];
    std::size_t n = 0;
    params[n++] = OSSL_PARAM_construct_utf8_string("digest", digest, 0);
    params[n++] = OSSL_PARAM_construct_octet_string("key", const_cast<unsigned char *>(key.data()), key.size());
    if (!salt.empty())
        params[n++] = OSSL_PARAM_construct_octet_string("salt", const_cast<unsigned char *>(salt.data()), salt.size());
    params[n++] = OSSL_PARAM_construct_octet_string("info", const_cast<unsigned char *>(info.data()), info.size());
    params[n] = OSSL_PARAM_construct_end();
    if (EVP_KDF_derive(ctx.get(), out.data(), out.size(), params) != 1) {
        OPENSSL_cleanse(out.data(), out.size());
        return fail(error, "HKDF failed");
    }
    return true;
}

namespace {
// OpenSSL 3 looks algorithms up by name in the provider on every implicit
// use (EVP_aes_256_gcm(), HMAC()); each vault read would pay for several
// lookups. Fetch once; the fetched objects live for the process.
const EVP_CIPHER *fetchedCipher(const char *name)
{
    return EVP_CIPHER_fetch(nullptr, name, nullptr);
}
const EVP_CIPHER *gcmCipher()
{
    static const EVP_CIPHER *cipher = fetchedCipher("AES-256-GCM");
    return cipher;
}
const EVP_MD *sha256Digest()
{
    static const EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

/** One HMAC-SHA-256 context per thread, its digest set once; each use only re-keys it. */
EVP_MAC_CTX *hmacContext()
{
    struct Holder
    {
        EVP_MAC_CTX *ctx = nullptr;
        Holder()
        {
            EVP_MAC *mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
            if (!mac)
                return;
            ctx = EVP_MAC_CTX_new(mac);
            EVP_MAC_free(mac); // the context keeps its own reference
            char digest[] = "SHA256";
            const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string("digest", digest, 0), OSSL_PARAM_construct_end()};
            if (ctx && EVP_MAC_CTX_set_params(ctx, params) != 1) {
                EVP_MAC_CTX_free(ctx);
                ctx = nullptr;
            }
        }
        ~Holder() { EVP_MAC_CTX_free(ctx); }
    };
    thread_local Holder holder;
    return holder.ctx;
}
} // namespace

bool hmacSha256(ByteView key, ByteView data, std::span<unsigned char, kMacBytes> out, std::string *error)
{
    EVP_MAC_CTX *ctx = hmacContext();
    std::size_t length = 0;
    if (!ctx || EVP_MAC_init(ctx, key.data(), key.size(), nullptr) != 1
        || EVP_MAC_update(ctx, data.data(), data.size()) != 1
        || EVP_MAC_final(ctx, out.data(), &length, out.size()) != 1 || length != kMacBytes)
        return fail(error, "HMAC-SHA-256 failed");
    return true;
}

HmacKey::HmacKey(ByteView key)
{
    EVP_MAC *mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    EVP_MAC_CTX *ctx = mac ? EVP_MAC_CTX_new(mac) : nullptr;
    EVP_MAC_free(mac);
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string("digest", digest, 0), OSSL_PARAM_construct_end()};
    if (ctx && !key.empty() && EVP_MAC_init(ctx, key.data(), key.size(), params) == 1) {
        m_ctx = ctx;
        return;
    }
    EVP_MAC_CTX_free(ctx);
}

HmacKey::~HmacKey()
{
    EVP_MAC_CTX_free(static_cast<EVP_MAC_CTX *>(m_ctx));
}

bool HmacKey::mac(std::initializer_list<ByteView> parts, std::span<unsigned char, kMacBytes> out)
{
    auto *ctx = static_cast<EVP_MAC_CTX *>(m_ctx);
    std::size_t length = 0;
    // A null key re-uses the one set in the constructor (its pads are kept).
    if (!ctx || EVP_MAC_init(ctx, nullptr, 0, nullptr) != 1)
        return false;
    for (ByteView part : parts) {
        if (!part.empty() && EVP_MAC_update(ctx, part.data(), part.size()) != 1)
            return false;
    }
    return EVP_MAC_final(ctx, out.data(), &length, out.size()) == 1 && length == kMacBytes;
}

bool sha256(ByteView data, std::span<unsigned char, kMacBytes> out, std::string *error)
{
    unsigned int length = 0;
    if (EVP_Digest(data.data(), data.size(), out.data(), &length, sha256Digest(), nullptr) != 1 || length != kMacBytes)
        return fail(error, "SHA-256 failed");
    return true;
}

bool aesGcmSeal(ByteView key, ByteView nonce, ByteView aad, ByteView plaintext, Bytes &out, std::string *error)
{
    out.clear();
    if (key.size() != kKeyBytes || nonce.size() != kNonceBytes)
        return fail(error, "AES-256-GCM needs a 32-byte key and a 12-byte nonce");
    if (toInt(plaintext.size()) < 0 || toInt(aad.size()) < 0)
        return fail(error, "AES-256-GCM input is too large");
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int n = 0;
    out.resize(plaintext.size() + kTagBytes);
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), gcmCipher(), nullptr, key.data(), nonce.data()) != 1
        || (!aad.empty() && EVP_EncryptUpdate(ctx.get(), nullptr, &n, aad.data(), toInt(aad.size())) != 1)
        || EVP_EncryptUpdate(ctx.get(), out.data(), &n, plaintext.data(), toInt(plaintext.size())) != 1
        || EVP_EncryptFinal_ex(ctx.get(), out.data() + n, &n) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(kTagBytes),
                               out.data() + plaintext.size()) != 1) {
        out.clear();
        return fail(error, "AES-256-GCM encryption failed");
    }
    return true;
}

bool aesGcmOpen(ByteView key, ByteView nonce, ByteView aad, ByteView sealed, SecureBuffer &plaintext,
                std::string *error)
{
    plaintext.clear();
    if (key.size() != kKeyBytes || nonce.size() != kNonceBytes)
        return fail(error, "AES-256-GCM needs a 32-byte key and a 12-byte nonce");
    if (sealed.size() < kTagBytes)
        return fail(error, "authentication failed (the sealed value is shorter than its tag)");
    if (toInt(sealed.size()) < 0 || toInt(aad.size()) < 0)
        return fail(error, "AES-256-GCM input is too large");
    const std::size_t length = sealed.size() - kTagBytes;
    SecureBuffer out(length);
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int n = 0;
    unsigned char tag[kTagBytes];
    std::copy(sealed.end() - static_cast<std::ptrdiff_t>(kTagBytes), sealed.end(), tag);
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), gcmCipher(), nullptr, key.data(), nonce.data()) != 1
        || (!aad.empty() && EVP_DecryptUpdate(ctx.get(), nullptr, &n, aad.data(), toInt(aad.size())) != 1)
        || (length > 0 && EVP_DecryptUpdate(ctx.get(), out.data(), &n, sealed.data(), toInt(length)) != 1)
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(kTagBytes), tag) != 1)
        return fail(error, "AES-256-GCM decryption failed");
    unsigned char last[16];
    if (EVP_DecryptFinal_ex(ctx.get(), last, &n) != 1) {
        ERR_clear_error();
        if (error)
            *error = "authentication failed (wrong key, or the data was changed)";
        return false; // out is wiped when it goes out of scope
    }
    plaintext = std::move(out);
    return true;
}

GcmOpener::GcmOpener(ByteView key)
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    if (ctx && key.size() == kKeyBytes && EVP_DecryptInit_ex(ctx, gcmCipher(), nullptr, key.data(), nullptr) == 1) {
        m_ctx = ctx;
        return;
    }
    EVP_CIPHER_CTX_free(ctx);
}

GcmOpener::~GcmOpener()
{
    EVP_CIPHER_CTX_free(static_cast<EVP_CIPHER_CTX *>(m_ctx)); // wipes the key schedule
}

bool GcmOpener::open(ByteView nonce, ByteView aad, ByteView sealed, SecureBuffer &plaintext, std::string *error)
{
    plaintext.clear();
    auto *ctx = static_cast<EVP_CIPHER_CTX *>(m_ctx);
    if (!ctx)
        return fail(error, "AES-256-GCM needs a 32-byte key");
    if (nonce.size() != kNonceBytes)
        return fail(error, "AES-256-GCM needs a 12-byte nonce");
    if (sealed.size() < kTagBytes)
        return fail(error, "authentication failed (the sealed value is shorter than its tag)");
    if (toInt(sealed.size()) < 0 || toInt(aad.size()) < 0)
        return fail(error, "AES-256-GCM input is too large");
    const std::size_t length = sealed.size() - kTagBytes;
    SecureBuffer out(length);
    int n = 0;
    unsigned char tag[kTagBytes];
    std::copy(sealed.end() - static_cast<std::ptrdiff_t>(kTagBytes), sealed.end(), tag);
    // Same key, new nonce: only the IV is set again.
    if (EVP_DecryptInit_ex(ctx, nullptr, nullptr, nullptr, nonce.data()) != 1
        || (!aad.empty() && EVP_DecryptUpdate(ctx, nullptr, &n, aad.data(), toInt(aad.size())) != 1)
        || (length > 0 && EVP_DecryptUpdate(ctx, out.data(), &n, sealed.data(), toInt(length)) != 1)
        || EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, static_cast<int>(kTagBytes), tag) != 1)
        return fail(error, "AES-256-GCM decryption failed");
    unsigned char last[16];
    if (EVP_DecryptFinal_ex(ctx, last, &n) != 1) {
        ERR_clear_error();
        if (error)
            *error = "authentication failed (wrong key, or the data was changed)";
        return false;
    }
    plaintext = std::move(out);
    return true;
}

namespace {
/** The RFC 5649 cipher for a key-encryption key of \a bytes (16, 24 or 32); the vault uses 32. */
const EVP_CIPHER *kwpCipher(std::size_t bytes)
{
    static const EVP_CIPHER *kwp128 = fetchedCipher("AES-128-WRAP-PAD");
    static const EVP_CIPHER *kwp192 = fetchedCipher("AES-192-WRAP-PAD");
    static const EVP_CIPHER *kwp256 = fetchedCipher("AES-256-WRAP-PAD");
    switch (bytes) {
    case 16:
        return kwp128;
    case 24:
        return kwp192;
    case 32:
        return kwp256;
    default:
        return nullptr;
    }
}
} // namespace

bool aesKwpWrap(ByteView kek, ByteView key, Bytes &out, std::string *error)
{
    out.clear();
    const EVP_CIPHER *cipher = kwpCipher(kek.size());
    if (!cipher || key.empty() || toInt(key.size()) < 0)
        return fail(error, "AES-KWP needs a 16, 24 or 32-byte key-encryption key and a non-empty key");
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int n = 0, tail = 0;
    out.resize((key.size() + 7) / 8 * 8 + 8);
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), cipher, nullptr, kek.data(), nullptr) != 1
        || EVP_EncryptUpdate(ctx.get(), out.data(), &n, key.data(), toInt(key.size())) != 1
        || EVP_EncryptFinal_ex(ctx.get(), out.data() + n, &tail) != 1) {
        out.clear();
        return fail(error, "AES-KWP wrap failed");
    }
    out.resize(static_cast<std::size_t>(n + tail));
    return true;
}

bool aesKwpUnwrap(ByteView kek, ByteView wrapped, SecureBuffer &key, std::string *error)
{
    key.clear();
    const EVP_CIPHER *cipher = kwpCipher(kek.size());
    if (!cipher)
        return fail(error, "AES-KWP needs a 16, 24 or 32-byte key-encryption key");
    if (wrapped.size() < 16 || wrapped.size() % 8 != 0 || toInt(wrapped.size()) < 0)
        return fail(error, "authentication failed (a wrapped key is a multiple of 8 bytes, at least 16)");
    SecureBuffer out(wrapped.size());
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int n = 0, tail = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), cipher, nullptr, kek.data(), nullptr) != 1)
        return fail(error, "AES-KWP context");
    if (EVP_DecryptUpdate(ctx.get(), out.data(), &n, wrapped.data(), toInt(wrapped.size())) != 1
        || EVP_DecryptFinal_ex(ctx.get(), out.data() + n, &tail) != 1) {
        ERR_clear_error();
        if (error)
            *error = "authentication failed (wrong key-encryption key, or the wrapped key was changed)";
        return false;
    }
    out.truncate(static_cast<std::size_t>(n + tail));
    key = std::move(out);
    return true;
}

bool constantTimeEquals(ByteView a, ByteView b)
{
    return a.size() == b.size() && (a.empty() || CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0);
}

bool disableCoreDumps(std::string *error)
{
    const rlimit none{0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0 || prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        if (error)
            *error = "cannot disable core dumps";
        return false;
    }
    return true;
}

std::string toHex(ByteView bytes)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (unsigned char b : bytes) {
        out.push_back(digits[b >> 4]);
        out.push_back(digits[b & 15]);
    }
    return out;
}

bool fromHex(std::string_view hex, Bytes &out)
{
    out.clear();
    if (hex.size() % 2 != 0)
        return false;
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    out.reserve(hex.size() / 2);
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        const int hi = nibble(hex[i]), lo = nibble(hex[i + 1]);
        if (hi < 0 || lo < 0) {
            out.clear();
            return false;
        }
        out.push_back(static_cast<unsigned char>(hi * 16 + lo));
    }
    return true;
}

} // namespace OpsDeck::Vault
