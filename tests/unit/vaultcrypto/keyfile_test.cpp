// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/vault/keyfile.h"

#include <gtest/gtest.h>

using namespace OpsDeck::Vault;

namespace {

// Cheap KDF costs keep these tests fast; the vault calibrates to >= 0.25 s.
const Argon2Params kCheap{1, 64, 1};
const std::string kNow = "2026-11-28T12:00:00Z";

struct Made
{
    KeyFile file;
    Keyring keys;
};

Made makeVault(std::string_view passphrase = "correct horse")
{
    Made m;
    std::string error;
    EXPECT_TRUE(createKeyFile(bytesOf(passphrase), kCheap, kNow, m.file, m.keys, &error)) << error;
    return m;
}

bool sameKeys(const Keyring &a, const Keyring &b)
{
    if (a.terms.size() != b.terms.size() || a.activeTerm != b.activeTerm || !a.root.equals(b.root)
        || !a.macRoot.equals(b.macRoot))
        return false;
    for (std::size_t i = 0; i < a.terms.size(); ++i) {
        if (a.terms[i].number != b.terms[i].number || !a.terms[i].key.equals(b.terms[i].key))
            return false;
    }
    return true;
}

} // namespace

TEST(KeyFile, RoundTripsThroughTextAndUnlocksWithThePassphrase)
{
    Made m = makeVault();
    const std::string text = serializeKeyFile(m.file);
    KeyFile parsed;
    std::string error;
    ASSERT_TRUE(parseKeyFile(text, parsed, &error)) << error;
    Keyring keys;
    ASSERT_TRUE(unlockKeyFile(parsed, bytesOf("correct horse"), keys, &error)) << error;
    EXPECT_TRUE(sameKeys(keys, m.keys));
    EXPECT_EQ(keys.activeTerm, 1u);
    EXPECT_TRUE(keys.derive("audit").equals(m.keys.derive("audit")));
    EXPECT_FALSE(keys.derive("audit").equals(keys.derive("index"))) << "distinct labels, distinct keys";
    EXPECT_EQ(text.find("correct horse"), std::string::npos);
}

TEST(KeyFile, AWrongPassphraseSaysSoAndOpensNothing)
{
    Made m = makeVault();
    Keyring keys;
    std::string error;
    EXPECT_FALSE(unlockKeyFile(m.file, bytesOf("Correct horse"), keys, &error));
    EXPECT_EQ(error.rfind("wrong passphrase", 0), 0u) << error;
    EXPECT_TRUE(keys.root.empty());
    EXPECT_TRUE(keys.terms.empty());
}

TEST(KeyFile, AnyChangedByteIsRefusedWithAReason)
{
    Made m = makeVault();
    const std::string text = serializeKeyFile(m.file);
    int parseErrors = 0, unlockErrors = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        std::string damaged = text;
        damaged[i] = static_cast<char>(damaged[i] ^ (damaged[i] == '0' ? 0x01 : 0x20));
        KeyFile parsed;
        Keyring keys;
        std::string error;
        if (!parseKeyFile(damaged, parsed, &error)) {
            EXPECT_FALSE(error.empty());
            ++parseErrors;
            continue;
        }
        EXPECT_FALSE(unlockKeyFile(parsed, bytesOf("correct horse"), keys, &error)) << "byte " << i << " undetected";
        EXPECT_FALSE(error.empty());
        ++unlockErrors;
    }
    EXPECT_GT(parseErrors, 0);
    EXPECT_GT(unlockErrors, 0) << "hex changes parse but fail the MAC or the unwrap";
    // A cut file and garbage name where they fail.
    KeyFile parsed;
    std::string error;
    EXPECT_FALSE(parseKeyFile(text.substr(0, text.size() / 2), parsed, &error));
    EXPECT_NE(error.find("line "), std::string::npos) << error;
    EXPECT_FALSE(parseKeyFile("\x01\xff garbage", parsed, &error));
    EXPECT_NE(error.find("column"), std::string::npos) << error;
    // Found by fuzz_keyfile: a number no type holds is refused, not thrown.
    EXPECT_FALSE(parseKeyFile("{\"format\": 9e8351}", parsed, &error));
    EXPECT_NE(error.find("out of range"), std::string::npos) << error;
}

TEST(KeyFile, FieldErrorsNameTheField)
{
    Made m = makeVault();
    std::string text = serializeKeyFile(m.file);
    KeyFile parsed;
    std::string error;
    std::string noId = text;
    noId.replace(noId.find("\"vault_id\""), 10, "\"vault_ix\"");
    EXPECT_FALSE(parseKeyFile(noId, parsed, &error));
    EXPECT_NE(error.find("body.vault_id: missing"), std::string::npos) << error;
    std::string newer = text;
    newer.replace(newer.rfind("\"version\": 1"), 12, "\"version\": 7"); // the outer one sorts last
    EXPECT_FALSE(parseKeyFile(newer, parsed, &error));
    EXPECT_NE(error.find("version 7 is not supported"), std::string::npos) << error;
    std::string badSalt = text;
    const auto salt = badSalt.find("\"salt\": \"") + 9;
    badSalt[salt] = 'x';
    EXPECT_FALSE(parseKeyFile(badSalt, parsed, &error));
    EXPECT_NE(error.find("body.unlockers[0].salt: expected hexadecimal"), std::string::npos) << error;
}

TEST(KeyFile, RootRotationKeepsEveryTermAndTheOldRootStopsWorking)
{
    Made m = makeVault();
    const KeyFile before = m.file;
    const SecureBuffer oldRoot = m.keys.root.clone();
    const SecureBuffer oldAudit = m.keys.derive("audit");
    std::string error;
    ASSERT_TRUE(rotateRoot(m.file, m.keys, &error)) << error;
    EXPECT_FALSE(m.keys.root.equals(oldRoot));
    EXPECT_TRUE(m.keys.derive("audit").equals(oldAudit)) << "the audit chain key outlives root rotations";
    EXPECT_FALSE(m.keys.deriveFromRoot("header-mac").equals(oldAudit));
    EXPECT_EQ(m.file.generation, before.generation + 1);
    EXPECT_EQ(m.file.rootVersion, 2u);
    EXPECT_EQ(m.file.unlockers[0].wrappedUnlockKey, before.unlockers[0].wrappedUnlockKey)
        << "unlockers wrap U, which a root rotation does not touch";
    KeyFile parsed;
    ASSERT_TRUE(parseKeyFile(serializeKeyFile(m.file), parsed, &error)) << error;
    Keyring keys;
    ASSERT_TRUE(unlockKeyFile(parsed, bytesOf("correct horse"), keys, &error)) << error;
    EXPECT_TRUE(sameKeys(keys, m.keys));
    // The keyring of the new file sealed under the old root does not open: mix the two files.
    KeyFile mixed = parsed;
    mixed.wrappedRoot = before.wrappedRoot;
    EXPECT_FALSE(unlockKeyFile(mixed, bytesOf("correct horse"), keys, &error));
}

TEST(KeyFile, TermsAreAddedRetiredAndTheActiveOneIsKept)
{
    Made m = makeVault();
    std::string error;
    ASSERT_TRUE(addTerm(m.file, m.keys, kNow, &error)) << error;
    ASSERT_TRUE(addTerm(m.file, m.keys, kNow, &error)) << error;
    EXPECT_EQ(m.keys.activeTerm, 3u);
    EXPECT_FALSE(retireTerms(m.file, m.keys, {3}, &error));
    EXPECT_NE(error.find("active term"), std::string::npos);
    ASSERT_TRUE(retireTerms(m.file, m.keys, {1}, &error)) << error;
    Keyring keys;
    ASSERT_TRUE(unlockKeyFile(m.file, bytesOf("correct horse"), keys, &error)) << error;
    ASSERT_EQ(keys.terms.size(), 2u);
    EXPECT_EQ(keys.term(1), nullptr);
    ASSERT_NE(keys.term(2), nullptr);
    EXPECT_TRUE(keys.term(2)->key.equals(m.keys.term(2)->key));
    EXPECT_EQ(m.file.generation, 4u);
}

TEST(KeyFile, ChangingThePassphraseRetiresTheOldOne)
{
    Made m = makeVault();
    std::string error;
    ASSERT_TRUE(changePassphrase(m.file, m.keys, "passphrase", bytesOf("new one"), kCheap, &error)) << error;
    Keyring keys;
    EXPECT_FALSE(unlockKeyFile(m.file, bytesOf("correct horse"), keys, &error));
    ASSERT_TRUE(unlockKeyFile(m.file, bytesOf("new one"), keys, &error)) << error;
    EXPECT_TRUE(sameKeys(keys, m.keys));
    EXPECT_FALSE(changePassphrase(m.file, m.keys, "nobody", bytesOf("x"), kCheap, &error));
}

TEST(KeyFile, PartsOfAnotherVaultDoNotFit)
{
    Made a = makeVault(), b = makeVault();
    std::string error;
    Keyring keys;
    KeyFile swapped = a.file;
    swapped.keyringNonce = b.file.keyringNonce;
    swapped.keyringSealed = b.file.keyringSealed;
    EXPECT_FALSE(unlockKeyFile(swapped, bytesOf("correct horse"), keys, &error));
    EXPECT_NE(error.find("changed"), std::string::npos) << error;
    swapped = a.file;
    swapped.unlockers = b.file.unlockers;
    EXPECT_FALSE(unlockKeyFile(swapped, bytesOf("correct horse"), keys, &error));
}

TEST(KeyFile, AKeyringUnlockerOpensWithItsKeyAloneAndSurvivesRootRotation)
{
    Made m = makeVault();
    const SecureBuffer key = randomKey();
    std::string error;
    ASSERT_TRUE(addKeyUnlocker(m.file, m.keys, "os-keyring:alice@box", "alice@box", key.span(), &error)) << error;
    EXPECT_EQ(m.file.generation, 2u);
    ASSERT_TRUE(rotateRoot(m.file, m.keys, &error)) << error;

    KeyFile parsed;
    ASSERT_TRUE(parseKeyFile(serializeKeyFile(m.file), parsed, &error)) << error;
    ASSERT_EQ(parsed.unlockers.size(), 2u);
    EXPECT_EQ(parsed.unlockers[1].type, Unlocker::Type::OsKeyring);
    EXPECT_EQ(parsed.unlockers[1].label, "alice@box");
    Keyring keys;
    ASSERT_TRUE(unlockKeyFileWithKey(parsed, "os-keyring:alice@box", key.span(), keys, &error)) << error;
    EXPECT_TRUE(sameKeys(keys, m.keys));
    // The passphrase still opens it, and the keyring's key is no passphrase.
    ASSERT_TRUE(unlockKeyFile(parsed, bytesOf("correct horse"), keys, &error)) << error;
    EXPECT_FALSE(unlockKeyFile(parsed, key.span(), keys, &error));
    EXPECT_EQ(error.rfind("wrong passphrase", 0), 0u) << error;
}

TEST(KeyFile, AWrongOrMissingKeyringKeyIsRefusedByName)
{
    Made m = makeVault();
    const SecureBuffer key = randomKey();
    std::string error;
    ASSERT_TRUE(addKeyUnlocker(m.file, m.keys, "os-keyring:alice@box", "alice@box", key.span(), &error)) << error;
    Keyring keys;
    const SecureBuffer other = randomKey();
    EXPECT_FALSE(unlockKeyFileWithKey(m.file, "os-keyring:alice@box", other.span(), keys, &error));
    EXPECT_EQ(error.rfind("wrong key", 0), 0u) << error;
    EXPECT_TRUE(keys.root.empty());
    EXPECT_FALSE(unlockKeyFileWithKey(m.file, "os-keyring:bob@box", key.span(), keys, &error));
    EXPECT_NE(error.find("no keyring unlocker named"), std::string::npos) << error;
    EXPECT_FALSE(unlockKeyFileWithKey(m.file, "passphrase", key.span(), keys, &error)) << "not a keyring unlocker";
    EXPECT_FALSE(unlockKeyFileWithKey(m.file, "os-keyring:alice@box", key.span().first(16), keys, &error));
    EXPECT_EQ(error.rfind("wrong key", 0), 0u) << error;
}

TEST(KeyFile, TheLastPassphraseCannotBeRemovedAndAKeyringUnlockerCan)
{
    Made m = makeVault();
    const SecureBuffer key = randomKey();
    std::string error;
    ASSERT_TRUE(addKeyUnlocker(m.file, m.keys, "os-keyring:alice@box", "alice@box", key.span(), &error)) << error;
    EXPECT_FALSE(removeUnlocker(m.file, m.keys, "passphrase", &error));
    EXPECT_NE(error.find("last passphrase"), std::string::npos) << error;
    EXPECT_FALSE(addKeyUnlocker(m.file, m.keys, "passphrase", "x", key.span(), &error)) << "no replacing a passphrase";
    EXPECT_FALSE(changePassphrase(m.file, m.keys, "os-keyring:alice@box", bytesOf("new"), kCheap, &error));
    ASSERT_TRUE(removeUnlocker(m.file, m.keys, "os-keyring:alice@box", &error)) << error;
    EXPECT_EQ(m.file.unlockers.size(), 1u);
    Keyring keys;
    EXPECT_FALSE(unlockKeyFileWithKey(m.file, "os-keyring:alice@box", key.span(), keys, &error));
    KeyFile parsed;
    ASSERT_TRUE(parseKeyFile(serializeKeyFile(m.file), parsed, &error)) << error;
    ASSERT_TRUE(unlockKeyFile(parsed, bytesOf("correct horse"), keys, &error)) << error;
}
