// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/vault/keyfile.h"

#include "opsdeck/vault/bigendian.h"

#include "opsdeck/embedded/textposition.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace OpsDeck::Vault {

namespace {

using Json = nlohmann::json;

constexpr std::size_t kVaultIdBytes = 16;
constexpr std::size_t kSaltBytes = 16;
constexpr std::string_view kInfoPrefix = "opsdeck-vault/v1/";
constexpr std::uint32_t kMaxTerms = 1u << 16;

bool fail(std::string *error, std::string what)
{
    if (error)
        *error = std::move(what);
    return false;
}

void putU32(SecureBuffer &out, std::size_t &at, std::uint32_t v)
{
    BigEndian::store(out.data() + at, v);
    at += 4;
}

std::uint32_t getU32(const unsigned char *p)
{
    return BigEndian::load<std::uint32_t>(p);
}

/** "opsdeck-vault/v1/keyring" || 0x00 || vault id || root version (u32, big-endian). */
Bytes keyringAad(const Bytes &vaultId, std::uint32_t rootVersion)
{
    std::string text(kInfoPrefix);
    text += "keyring";
    text.push_back('\0');
    Bytes aad(text.begin(), text.end());
    aad.insert(aad.end(), vaultId.begin(), vaultId.end());
    BigEndian::append(aad, rootVersion);
    return aad;
}

/**
 * The keyring in binary, so key bytes never pass through a JSON string:
 * u32 active term, u32 count, then per term u32 number, 32 key bytes,
 * u32 length and the RFC 3339 creation time; then the 32-byte MAC root M.
 * All big-endian.
 */
SecureBuffer encodeKeyring(const Keyring &keys)
{
    std::size_t size = 8 + kKeyBytes;
    for (const auto &t : keys.terms)
        size += 4 + kKeyBytes + 4 + t.created.size();
    SecureBuffer out(size);
    std::size_t at = 0;
    putU32(out, at, keys.activeTerm);
    putU32(out, at, static_cast<std::uint32_t>(keys.terms.size()));
    for (const auto &t : keys.terms) {
        putU32(out, at, t.number);
        std::copy(t.key.data(), t.key.data() + kKeyBytes, out.data() + at);
        at += kKeyBytes;
        putU32(out, at, static_cast<std::uint32_t>(t.created.size()));
        std::copy(t.created.begin(), t.created.end(), out.data() + at);
        at += t.created.size();
    }
    std::copy(keys.macRoot.data(), keys.macRoot.data() + kKeyBytes, out.data() + at);
    return out;
}

bool decodeKeyring(const SecureBuffer &bytes, Keyring &keys, std::string *error)
{
    const unsigned char *p = bytes.data();
    std::size_t left = bytes.size();
    auto take = [&](std::size_t n) {
        if (left < n)
            return false;
        left -= n;
        return true;
    };
    if (!take(8))
        return fail(error, "the keyring is too short");
    keys.activeTerm = getU32(p);
    const std::uint32_t count = getU32(p + 4);
    p += 8;
    if (count == 0 || count > kMaxTerms)
        return fail(error, "the keyring holds " + std::to_string(count) + " terms");
    keys.terms.clear();
    for (std::uint32_t i = 0; i < count; ++i) {
        if (!take(4 + kKeyBytes + 4))
            return fail(error, "the keyring is cut short in term " + std::to_string(i + 1));
        Term t;
        t.number = getU32(p);
        t.key = SecureBuffer(p + 4, kKeyBytes);
        const std::uint32_t length = getU32(p + 4 + kKeyBytes);
        p += 4 + kKeyBytes + 4;
        if (!take(length))
            return fail(error, "the keyring is cut short in term " + std::to_string(i + 1));
        t.created.assign(reinterpret_cast<const char *>(p), length);
        p += length;
        keys.terms.push_back(std::move(t));
    }
    if (!take(kKeyBytes))
        return fail(error, "the keyring is cut short before the MAC root");
    keys.macRoot = SecureBuffer(p, kKeyBytes);
    if (left != 0)
        return fail(error, "the keyring has trailing bytes");
    if (!keys.term(keys.activeTerm))
        return fail(error, "the keyring's active term " + std::to_string(keys.activeTerm) + " is missing");
    return true;
}

Json bodyOf(const KeyFile &file)
{
    Json unlockers = Json::array();
    for (const auto &u : file.unlockers) {
        if (u.type == Unlocker::Type::OsKeyring) {
            unlockers.push_back({{"id", u.id},
                                 {"type", "os-keyring"},
                                 {"label", u.label},
                                 {"wrapped_unlock_key", toHex(u.wrappedUnlockKey)}});
            continue;
        }
        unlockers.push_back({{"id", u.id},
                             {"type", "passphrase"},
                             {"kdf",
                              {{"algorithm", "argon2id"},
                               {"version", 19},
                               {"iterations", u.kdf.iterations},
                               {"memory_kib", u.kdf.memoryKiB},
                               {"lanes", u.kdf.lanes}}},
                             {"salt", toHex(u.salt)},
                             {"wrapped_unlock_key", toHex(u.wrappedUnlockKey)}});
    }
    return Json{{"vault_id", toHex(file.vaultId)},
                {"generation", file.generation},
                {"created", file.created},
                {"root_version", file.rootVersion},
                {"wrapped_root", toHex(file.wrappedRoot)},
                {"unlockers", std::move(unlockers)},
                {"keyring", {{"nonce", toHex(file.keyringNonce)}, {"sealed", toHex(file.keyringSealed)}}}};
}

/** The bytes the MAC covers: the body as canonical JSON (keys sorted, no spaces, ASCII). */
std::string canonicalBody(const KeyFile &file)
{
    return bodyOf(file).dump(-1, ' ', true);
}

bool macOf(const KeyFile &file, const Keyring &keys, Bytes &mac, std::string *error)
{
    const SecureBuffer key = keys.deriveFromRoot("header-mac");
    if (key.empty())
        return fail(error, "cannot derive the header MAC key");
    mac.assign(kMacBytes, 0);
    return hmacSha256(key.span(), bytesOf(canonicalBody(file)), std::span<unsigned char, kMacBytes>(mac.data(), kMacBytes),
                      error);
}

/** Seals the keyring under R, then MACs the body: the last step of every change. */
bool sealAndSign(KeyFile &file, const Keyring &keys, std::string *error)
{
    const SecureBuffer keyringKey = keys.deriveFromRoot("keyring");
    file.keyringNonce = randomPublic(kNonceBytes);
    if (keyringKey.empty() || file.keyringNonce.size() != kNonceBytes)
        return fail(error, "cannot make the keyring key");
    const SecureBuffer plain = encodeKeyring(keys);
    if (!aesGcmSeal(keyringKey.span(), file.keyringNonce, keyringAad(file.vaultId, file.rootVersion), plain.span(),
                    file.keyringSealed, error))
        return false;
    return macOf(file, keys, file.mac, error);
}

bool deriveKek(ByteView passphrase, const Unlocker &u, SecureBuffer &kek, std::string *error)
{
    kek = SecureBuffer(kKeyBytes);
    return argon2id(passphrase, u.salt, u.kdf, kek.span(), error);
}

bool makeUnlocker(const std::string &id, ByteView passphrase, const Argon2Params &kdf, const SecureBuffer &unlockKey,
                  Unlocker &u, std::string *error)
{
    u = Unlocker{};
    u.id = id;
    u.kdf = kdf;
    u.salt = randomPublic(kSaltBytes);
    if (u.salt.size() != kSaltBytes)
        return fail(error, "the random number generator failed");
    SecureBuffer kek;
    return deriveKek(passphrase, u, kek, error) && aesKwpWrap(kek.span(), unlockKey.span(), u.wrappedUnlockKey, error);
}

Term newTerm(std::uint32_t number, const std::string &now)
{
    Term t;
    t.number = number;
    t.key = randomKey();
    t.created = now;
    return t;
}

// --- parsing -------------------------------------------------------------------

/** Reads one field, naming it in the error: "unlockers[0].salt: expected hex". */
class FieldReader
{
public:
    explicit FieldReader(std::string *error) : m_error(error) {}
    bool ok() const { return m_ok; }

    const Json *field(const Json &object, const char *name, const std::string &where)
    {
        if (!m_ok)
            return nullptr;
        if (!object.is_object())
            return failAt(where, "expected an object");
        const auto it = object.find(name);
        if (it == object.end())
            return failAt(where.empty() ? name : where + "." + name, "missing");
        return &*it;
    }
    std::string string(const Json &object, const char *name, const std::string &where)
    {
        const Json *v = field(object, name, where);
        if (v && !v->is_string()) {
            failAt(path(where, name), "expected a string");
            return {};
        }
        return v ? v->get<std::string>() : std::string();
    }
    std::uint64_t number(const Json &object, const char *name, const std::string &where, std::uint64_t max)
    {
        const Json *v = field(object, name, where);
        if (v && (!v->is_number_unsigned() || v->get<std::uint64_t>() > max)) {
            failAt(path(where, name), "expected a whole number from 0 to " + std::to_string(max));
            return 0;
        }
        return v ? v->get<std::uint64_t>() : 0;
    }
    Bytes hex(const Json &object, const char *name, const std::string &where, std::size_t exact = 0)
    {
        const std::string text = string(object, name, where);
        Bytes out;
        if (!m_ok)
            return out;
        if (!fromHex(text, out))
            failAt(path(where, name), "expected hexadecimal bytes");
        else if (exact != 0 && out.size() != exact)
            failAt(path(where, name), "expected " + std::to_string(exact) + " bytes, found " + std::to_string(out.size()));
        return out;
    }
    std::nullptr_t failAt(const std::string &where, const std::string &what)
    {
        if (m_ok && m_error)
            *m_error = "key file field " + where + ": " + what;
        m_ok = false;
        return nullptr;
    }

private:
    static std::string path(const std::string &where, const char *name)
    {
        return where.empty() ? std::string(name) : where + "." + name;
    }
    std::string *m_error;
    bool m_ok = true;
};

} // namespace

const Term *Keyring::term(std::uint32_t number) const
{
    const auto it = std::find_if(terms.begin(), terms.end(), [number](const Term &t) { return t.number == number; });
    return it == terms.end() ? nullptr : &*it;
}

namespace {
SecureBuffer hkdfPurpose(const SecureBuffer &ikm, const Bytes &vaultId, std::string_view purpose)
{
    SecureBuffer out(kKeyBytes);
    std::string info(kInfoPrefix);
    info.append(purpose);
    if (ikm.size() != kKeyBytes || !hkdfSha256(ikm.span(), vaultId, bytesOf(info), out.span(), nullptr))
        out.clear();
    return out;
}
} // namespace

SecureBuffer Keyring::deriveFromRoot(std::string_view purpose) const
{
    return hkdfPurpose(root, vaultId, purpose);
}

SecureBuffer Keyring::derive(std::string_view purpose) const
{
    return hkdfPurpose(macRoot, vaultId, purpose);
}

bool createKeyFile(ByteView passphrase, const Argon2Params &kdf, const std::string &now, KeyFile &file,
                   Keyring &keys, std::string *error)
{
    file = KeyFile{};
    keys = Keyring{};
    file.vaultId = randomPublic(kVaultIdBytes);
    file.created = now;
    file.generation = 1;
    file.rootVersion = 1;
    keys.vaultId = file.vaultId;
    keys.unlockKey = randomKey();
    keys.root = randomKey();
    keys.macRoot = randomKey();
    keys.terms.push_back(newTerm(1, now));
    keys.activeTerm = 1;
    if (file.vaultId.size() != kVaultIdBytes || keys.unlockKey.empty() || keys.root.empty() || keys.macRoot.empty()
        || keys.terms.back().key.empty())
        return fail(error, "the random number generator failed");
    Unlocker u;
    if (!makeUnlocker("passphrase", passphrase, kdf, keys.unlockKey, u, error))
        return false;
    file.unlockers.push_back(std::move(u));
    if (!aesKwpWrap(keys.unlockKey.span(), keys.root.span(), file.wrappedRoot, error))
        return false;
    return sealAndSign(file, keys, error);
}

namespace {

/** The rest of every unlock once U is known: R, the MAC over the body, the keyring. */
bool openWithUnlockKey(const KeyFile &file, Keyring &k, Keyring &keys, std::string *error)
{
    if (!aesKwpUnwrap(k.unlockKey.span(), file.wrappedRoot, k.root, error) || k.root.size() != kKeyBytes)
        return fail(error, "the key file was changed: the root key does not unwrap");
    Bytes mac;
    if (!macOf(file, k, mac, error))
        return false;
    if (!constantTimeEquals(mac, file.mac))
        return fail(error, "the key file was changed: its MAC does not match (edited, or a field from another vault)");
    const SecureBuffer keyringKey = k.deriveFromRoot("keyring");
    SecureBuffer plain;
    std::string why;
    if (!aesGcmOpen(keyringKey.span(), file.keyringNonce, keyringAad(file.vaultId, file.rootVersion),
                    file.keyringSealed, plain, &why))
        return fail(error, "the key file was changed: the keyring does not open (" + why + ")");
    if (!decodeKeyring(plain, k, error))
        return false;
    keys = std::move(k);
    return true;
}

} // namespace

bool unlockKeyFile(const KeyFile &file, ByteView passphrase, Keyring &keys, std::string *error)
{
    keys = Keyring{};
    Keyring k;
    k.vaultId = file.vaultId;
    bool opened = false;
    for (const auto &u : file.unlockers) {
        if (u.type != Unlocker::Type::Passphrase)
            continue;
        SecureBuffer kek;
        std::string ignored;
        if (!deriveKek(passphrase, u, kek, error))
            return false; // the KDF itself failed (parameters): say so, not "wrong passphrase"
        if (aesKwpUnwrap(kek.span(), u.wrappedUnlockKey, k.unlockKey, &ignored) && k.unlockKey.size() == kKeyBytes) {
            opened = true;
            break;
        }
    }
    if (!opened)
        return fail(error, "wrong passphrase (no unlocker of this vault opens with it)");
    return openWithUnlockKey(file, k, keys, error);
}

bool unlockKeyFileWithKey(const KeyFile &file, const std::string &id, ByteView key, Keyring &keys,
                          std::string *error)
{
    keys = Keyring{};
    const auto it = std::find_if(file.unlockers.begin(), file.unlockers.end(), [&](const Unlocker &u) {
        return u.id == id && u.type == Unlocker::Type::OsKeyring;
    });
    if (it == file.unlockers.end())
        return fail(error, "no keyring unlocker named \"" + id + "\" (quick unlock is not set up for it)");
    if (key.size() != kKeyBytes)
        return fail(error, "wrong key: the keyring entry is not a 32-byte key");
    Keyring k;
    k.vaultId = file.vaultId;
    std::string ignored;
    if (!aesKwpUnwrap(key, it->wrappedUnlockKey, k.unlockKey, &ignored) || k.unlockKey.size() != kKeyBytes)
        return fail(error, "wrong key: the keyring entry does not open this vault (replaced, or from another vault)");
    return openWithUnlockKey(file, k, keys, error);
}

bool addKeyUnlocker(KeyFile &file, const Keyring &keys, const std::string &id, const std::string &label,
                    ByteView key, std::string *error)
{
    if (id.empty() || id == "passphrase")
        return fail(error, "a keyring unlocker needs its own name");
    if (key.size() != kKeyBytes)
        return fail(error, "a keyring unlocker's key must be 32 bytes");
    Unlocker u;
    u.id = id;
    u.type = Unlocker::Type::OsKeyring;
    u.label = label;
    if (!aesKwpWrap(key, keys.unlockKey.span(), u.wrappedUnlockKey, error))
        return false;
    KeyFile next = file;
    const auto it = std::find_if(next.unlockers.begin(), next.unlockers.end(),
                                 [&](const Unlocker &x) { return x.id == id; });
    if (it != next.unlockers.end() && it->type != Unlocker::Type::OsKeyring)
        return fail(error, "the unlocker \"" + id + "\" is a passphrase, not a keyring unlocker");
    if (it != next.unlockers.end())
        *it = std::move(u);
    else if (next.unlockers.size() >= 64)
        return fail(error, "the vault has 64 unlockers already");
    else
        next.unlockers.push_back(std::move(u));
    next.generation = file.generation + 1;
    if (!macOf(next, keys, next.mac, error))
        return false;
    file = std::move(next);
    return true;
}

bool removeUnlocker(KeyFile &file, const Keyring &keys, const std::string &id, std::string *error)
{
    KeyFile next = file;
    const auto it = std::find_if(next.unlockers.begin(), next.unlockers.end(),
                                 [&](const Unlocker &x) { return x.id == id; });
    if (it == next.unlockers.end())
        return fail(error, "no unlocker named \"" + id + "\"");
    next.unlockers.erase(it);
    if (std::none_of(next.unlockers.begin(), next.unlockers.end(),
                     [](const Unlocker &x) { return x.type == Unlocker::Type::Passphrase; }))
        return fail(error, "the last passphrase cannot be removed: the vault would only open on this machine");
    next.generation = file.generation + 1;
    if (!macOf(next, keys, next.mac, error))
        return false;
    file = std::move(next);
    return true;
}

bool rotateRoot(KeyFile &file, Keyring &keys, std::string *error)
{
    SecureBuffer root = randomKey();
    Bytes wrapped;
    if (root.empty() || !aesKwpWrap(keys.unlockKey.span(), root.span(), wrapped, error))
        return fail(error, "cannot make a new root key");
    KeyFile next = file;
    Keyring rotated;
    rotated.vaultId = keys.vaultId;
    rotated.unlockKey = keys.unlockKey.clone();
    rotated.root = std::move(root);
    rotated.macRoot = keys.macRoot.clone();
    rotated.activeTerm = keys.activeTerm;
    for (const auto &t : keys.terms)
        rotated.terms.push_back(Term{t.number, t.key.clone(), t.created});
    next.wrappedRoot = std::move(wrapped);
    next.rootVersion = file.rootVersion + 1;
    next.generation = file.generation + 1;
    if (!sealAndSign(next, rotated, error))
        return false;
    file = std::move(next);
    keys = std::move(rotated);
    return true;
}

bool addTerm(KeyFile &file, Keyring &keys, const std::string &now, std::string *error)
{
    if (keys.terms.size() >= kMaxTerms)
        return fail(error, "the keyring is full; retire old terms first");
    std::uint32_t highest = 0;
    for (const auto &t : keys.terms)
        highest = std::max(highest, t.number);
    keys.terms.push_back(newTerm(highest + 1, now));
    if (keys.terms.back().key.empty()) {
        keys.terms.pop_back();
        return fail(error, "the random number generator failed");
    }
    const std::uint32_t previous = keys.activeTerm;
    keys.activeTerm = highest + 1;
    KeyFile next = file;
    next.generation = file.generation + 1;
    if (!sealAndSign(next, keys, error)) {
        keys.terms.pop_back();
        keys.activeTerm = previous;
        return false;
    }
    file = std::move(next);
    return true;
}

bool retireTerms(KeyFile &file, Keyring &keys, const std::vector<std::uint32_t> &retired, std::string *error)
{
    if (std::find(retired.begin(), retired.end(), keys.activeTerm) != retired.end())
        return fail(error, "the active term cannot be retired");
    std::vector<Term> kept;
    std::vector<Term> dropped;
    for (auto &t : keys.terms) {
        if (std::find(retired.begin(), retired.end(), t.number) == retired.end())
            kept.push_back(std::move(t));
        else
            dropped.push_back(std::move(t));
    }
    keys.terms = std::move(kept);
    KeyFile next = file;
    next.generation = file.generation + 1;
    if (!sealAndSign(next, keys, error)) {
        for (auto &t : dropped)
            keys.terms.push_back(std::move(t));
        return false;
    }
    file = std::move(next);
    return true;
}

bool changePassphrase(KeyFile &file, const Keyring &keys, const std::string &id, ByteView passphrase,
                      const Argon2Params &kdf, std::string *error)
{
    KeyFile next = file;
    const auto it = std::find_if(next.unlockers.begin(), next.unlockers.end(),
                                 [&](const Unlocker &u) { return u.id == id; });
    if (it == next.unlockers.end())
        return fail(error, "no unlocker named \"" + id + "\"");
    if (it->type != Unlocker::Type::Passphrase)
        return fail(error, "the unlocker \"" + id + "\" is a keyring key, not a passphrase");
    if (!makeUnlocker(id, passphrase, kdf, keys.unlockKey, *it, error))
        return false;
    next.generation = file.generation + 1;
    if (!macOf(next, keys, next.mac, error))
        return false;
    file = std::move(next);
    return true;
}

std::string serializeKeyFile(const KeyFile &file)
{
    Json outer{{"format", std::string(kKeyFileFormat)},
               {"version", kKeyFileVersion},
               {"body", bodyOf(file)},
               {"mac", toHex(file.mac)}};
    return outer.dump(2) + "\n";
}

bool parseKeyFile(std::string_view text, KeyFile &file, std::string *error)
{
    file = KeyFile{};
    Json outer;
    try {
        outer = Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error &e) {
        const std::size_t at = e.byte > 0 ? e.byte - 1 : 0;
        return fail(error, "key file " + Embedded::textPosition(text, at) + ": not valid JSON");
    } catch (const Json::exception &) {
        // Valid syntax that nlohmann refuses, e.g. a number too large for any type.
        return fail(error, "key file: not valid JSON (a number is out of range)");
    }
    FieldReader r(error);
    if (r.string(outer, "format", "") != kKeyFileFormat && r.ok())
        return r.failAt("format", "expected \"" + std::string(kKeyFileFormat) + "\""), false;
    const std::uint64_t version = r.number(outer, "version", "", 1000);
    if (r.ok() && version != kKeyFileVersion)
        return r.failAt("version", "version " + std::to_string(version) + " is not supported (this build reads "
                                       + std::to_string(kKeyFileVersion) + ")"),
               false;
    const Json *body = r.field(outer, "body", "");
    file.mac = r.hex(outer, "mac", "", kMacBytes);
    if (!r.ok())
        return false;
    file.vaultId = r.hex(*body, "vault_id", "body", kVaultIdBytes);
    file.generation = r.number(*body, "generation", "body", std::uint64_t(1) << 62);
    file.created = r.string(*body, "created", "body");
    file.rootVersion = static_cast<std::uint32_t>(r.number(*body, "root_version", "body", 0xffffffffu));
    file.wrappedRoot = r.hex(*body, "wrapped_root", "body", 40);
    const Json *keyring = r.field(*body, "keyring", "body");
    if (keyring) {
        file.keyringNonce = r.hex(*keyring, "nonce", "body.keyring", kNonceBytes);
        file.keyringSealed = r.hex(*keyring, "sealed", "body.keyring");
    }
    const Json *unlockers = r.field(*body, "unlockers", "body");
    if (!r.ok())
        return false;
    if (!unlockers->is_array() || unlockers->empty() || unlockers->size() > 64)
        return r.failAt("body.unlockers", "expected a list of 1 to 64 unlockers"), false;
    for (std::size_t i = 0; i < unlockers->size() && r.ok(); ++i) {
        const Json &u = (*unlockers)[i];
        const std::string where = "body.unlockers[" + std::to_string(i) + "]";
        Unlocker p;
        p.id = r.string(u, "id", where);
        const std::string type = r.ok() ? r.string(u, "type", where) : std::string();
        if (r.ok() && type == "os-keyring") {
            p.type = Unlocker::Type::OsKeyring;
            p.label = r.string(u, "label", where);
            p.wrappedUnlockKey = r.hex(u, "wrapped_unlock_key", where, 40);
            file.unlockers.push_back(std::move(p));
            continue;
        }
        if (r.ok() && type != "passphrase")
            return r.failAt(where + ".type", "expected \"passphrase\" or \"os-keyring\""), false;
        const Json *kdf = r.field(u, "kdf", where);
        if (!r.ok())
            return false;
        if (r.string(*kdf, "algorithm", where + ".kdf") != "argon2id" && r.ok())
            return r.failAt(where + ".kdf.algorithm", "expected \"argon2id\""), false;
        if (r.number(*kdf, "version", where + ".kdf", 1000) != 19 && r.ok())
            return r.failAt(where + ".kdf.version", "expected 19 (Argon2 version 1.3)"), false;
        p.kdf.iterations = static_cast<std::uint32_t>(r.number(*kdf, "iterations", where + ".kdf", 1u << 20));
        p.kdf.memoryKiB = static_cast<std::uint32_t>(r.number(*kdf, "memory_kib", where + ".kdf", 1u << 22));
        p.kdf.lanes = static_cast<std::uint32_t>(r.number(*kdf, "lanes", where + ".kdf", 64));
        p.salt = r.hex(u, "salt", where, kSaltBytes);
        p.wrappedUnlockKey = r.hex(u, "wrapped_unlock_key", where, 40);
        if (r.ok() && (p.kdf.iterations == 0 || p.kdf.lanes == 0 || p.kdf.memoryKiB < 8 * p.kdf.lanes))
            return r.failAt(where + ".kdf", "costs out of range"), false;
        file.unlockers.push_back(std::move(p));
    }
    if (r.ok() && file.keyringSealed.size() < kTagBytes + 8)
        return r.failAt("body.keyring.sealed", "too short"), false;
    if (!r.ok())
        return false;
    // OpsDeck writes one canonical form; anything else (a changed space, an
    // uppercase hex digit, a field it does not know) was changed elsewhere.
    if (serializeKeyFile(file) != text)
        return fail(error, "the key file is not byte for byte what OpsDeck writes (changed outside OpsDeck?)");
    return true;
}

} // namespace OpsDeck::Vault
