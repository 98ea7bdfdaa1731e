// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// Known-answer tests against published vectors, then the failure behaviour
// the vault relies on: every changed byte, wrong key or wrong context fails.
#include "opsdeck/vault/crypto.h"

#include <gtest/gtest.h>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace OpsDeck::Vault;

namespace {

Bytes hex(std::string_view h)
{
    Bytes out;
    EXPECT_TRUE(fromHex(h, out)) << h;
    return out;
}

Bytes repeat(unsigned char byte, std::size_t n)
{
    return Bytes(n, byte);
}

} // namespace

// NIST SP 800-38D / McGrew-Viega GCM test cases 13, 14 and 16 (AES-256).
TEST(Crypto, AesGcmMatchesPublishedVectors)
{
    std::string error;
    Bytes out;
    const Bytes zeroKey = repeat(0, 32), zeroNonce = repeat(0, 12);
    ASSERT_TRUE(aesGcmSeal(zeroKey, zeroNonce, {}, {}, out, &error)) << error;
    EXPECT_EQ(toHex(out), "530f8afbc74536b9a963b4f1c4cb738b");
    ASSERT_TRUE(aesGcmSeal(zeroKey, zeroNonce, {}, repeat(0, 16), out, &error)) << error;
    EXPECT_EQ(toHex(out), "cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919");

    const Bytes key = hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
    const Bytes nonce = hex("cafebabefacedbaddecaf888");
    const Bytes aad = hex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    const Bytes plain = hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                            "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
    ASSERT_TRUE(aesGcmSeal(key, nonce, aad, plain, out, &error)) << error;
    EXPECT_EQ(toHex(out), "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                          "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
                          "76fc6ece0f4e1768cddf8853bb2d551b");
    SecureBuffer opened;
    ASSERT_TRUE(aesGcmOpen(key, nonce, aad, out, opened, &error)) << error;
    EXPECT_EQ(Bytes(opened.data(), opened.data() + opened.size()), plain);
}

// RFC 5649 section 6 (AES-192 key-encryption key: the RFC's only vectors).
TEST(Crypto, KeyWrapWithPaddingMatchesRfc5649)
{
    std::string error;
    const Bytes kek = hex("5840df6e29b02af1ab493b705bf16ea1ae8338f4dcc176a8");
    Bytes wrapped;
    ASSERT_TRUE(aesKwpWrap(kek, hex("c37b7e6492584340bed12207808941155068f738"), wrapped, &error)) << error;
    EXPECT_EQ(toHex(wrapped), "138bdeaa9b8fa7fc61f97742e72248ee5ae6ae5360d1ae6a5f54f373fa543b6a");
    ASSERT_TRUE(aesKwpWrap(kek, hex("466f7250617369"), wrapped, &error)) << error;
    EXPECT_EQ(toHex(wrapped), "afbeb0f07dfbf5419200f2ccb50bb24f");
    SecureBuffer key;
    ASSERT_TRUE(aesKwpUnwrap(kek, wrapped, key, &error)) << error;
    EXPECT_EQ(key.view(), std::string_view("ForPasi"));
}

// RFC 5869 appendix A.1.
TEST(Crypto, HkdfMatchesRfc5869)
{
    std::string error;
    Bytes okm(42);
    ASSERT_TRUE(hkdfSha256(repeat(0x0b, 22), hex("000102030405060708090a0b0c"), hex("f0f1f2f3f4f5f6f7f8f9"), okm,
                           &error))
        << error;
    EXPECT_EQ(toHex(okm), "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
}

// RFC 4231 test case 2; SHA-256 of "abc" (FIPS 180-2).
TEST(Crypto, HmacAndShaMatchPublishedVectors)
{
    std::string error;
    unsigned char mac[kMacBytes];
    ASSERT_TRUE(hmacSha256(bytesOf("Jefe"), bytesOf("what do ya want for nothing?"), mac, &error)) << error;
    EXPECT_EQ(toHex(mac), "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    ASSERT_TRUE(sha256(bytesOf("abc"), mac, &error)) << error;
    EXPECT_EQ(toHex(mac), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

// The keyed-once forms give the same answers, message after message, and
// keep failing what should fail.
TEST(Crypto, KeyedOnceHmacAndGcmMatchTheOneShotForms)
{
    HmacKey jefe(bytesOf("Jefe"));
    unsigned char mac[kMacBytes];
    for (int round = 0; round < 3; ++round) {
        ASSERT_TRUE(jefe.mac({bytesOf("what do ya "), bytesOf("want for nothing?")}, mac));
        EXPECT_EQ(toHex(mac), "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843") << round;
        ASSERT_TRUE(jefe.mac({bytesOf("abc")}, mac));
        unsigned char oneShot[kMacBytes];
        ASSERT_TRUE(hmacSha256(bytesOf("Jefe"), bytesOf("abc"), oneShot, nullptr));
        EXPECT_EQ(toHex(mac), toHex(oneShot));
    }

    const Bytes key = hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
    GcmOpener opener(key);
    std::string error;
    for (int i = 0; i < 4; ++i) {
        const Bytes nonce = repeat(static_cast<unsigned char>(i), 12);
        const Bytes aad = repeat(static_cast<unsigned char>(0x40 + i), static_cast<std::size_t>(i));
        const Bytes plain = repeat(static_cast<unsigned char>(0x60 + i), static_cast<std::size_t>(7 * i + 1));
        Bytes sealed;
        ASSERT_TRUE(aesGcmSeal(key, nonce, aad, plain, sealed, &error)) << error;
        SecureBuffer opened;
        ASSERT_TRUE(opener.open(nonce, aad, sealed, opened, &error)) << error;
        EXPECT_EQ(Bytes(opened.data(), opened.data() + opened.size()), plain);
        Bytes changed = sealed;
        changed[changed.size() / 2] ^= 1;
        EXPECT_FALSE(opener.open(nonce, aad, changed, opened, &error));
        EXPECT_TRUE(opened.empty());
        EXPECT_FALSE(opener.open(repeat(9, 12), aad, sealed, opened, &error)) << "another nonce";
        // And the opener is still good after a failure.
        ASSERT_TRUE(opener.open(nonce, aad, sealed, opened, &error)) << error;
    }
    GcmOpener wrongKey(repeat(1, 32));
    Bytes sealed;
    ASSERT_TRUE(aesGcmSeal(key, repeat(0, 12), {}, bytesOf("x"), sealed, &error));
    SecureBuffer opened;
    EXPECT_FALSE(wrongKey.open(repeat(0, 12), {}, sealed, opened, &error));
    GcmOpener shortKey(repeat(1, 16));
    EXPECT_FALSE(shortKey.open(repeat(0, 12), {}, sealed, opened, &error));
}

// RFC 9106 section 5.3 (Argon2id, version 0x13, with secret and associated data).
TEST(Crypto, Argon2idMatchesRfc9106)
{
    std::string error;
    Bytes tag(32);
    ASSERT_TRUE(argon2id(repeat(0x01, 32), repeat(0x02, 16), Argon2Params{3, 32, 4}, tag, &error, repeat(0x03, 8),
                         repeat(0x04, 12)))
        << error;
    EXPECT_EQ(toHex(tag), "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
    // Without K and X the same inputs give another key; a different salt too.
    Bytes plain(32), salted(32);
    ASSERT_TRUE(argon2id(repeat(0x01, 32), repeat(0x02, 16), Argon2Params{3, 32, 4}, plain, &error));
    ASSERT_TRUE(argon2id(repeat(0x01, 32), repeat(0x05, 16), Argon2Params{3, 32, 4}, salted, &error));
    EXPECT_NE(plain, tag);
    EXPECT_NE(plain, salted);
    // Nonsense costs are refused with a reason, not a crash.
    EXPECT_FALSE(argon2id(repeat(0x01, 8), repeat(0x02, 16), Argon2Params{0, 32, 1}, plain, &error));
    EXPECT_NE(error.find("Argon2id"), std::string::npos) << error;
}

TEST(Crypto, EveryChangedByteOfASealedValueFailsToOpen)
{
    std::string error;
    const SecureBuffer key = randomKey();
    const Bytes nonce = randomPublic(kNonceBytes);
    const Bytes aad(bytesOf("vault-1|team/app/db|v3").begin(), bytesOf("vault-1|team/app/db|v3").end());
    Bytes sealed;
    ASSERT_TRUE(aesGcmSeal(key.span(), nonce, aad, bytesOf("correct horse battery staple"), sealed, &error));
    SecureBuffer plain;
    for (std::size_t i = 0; i < sealed.size(); ++i) {
        for (unsigned char bit : {0x01, 0x80}) {
            Bytes damaged = sealed;
            damaged[i] ^= bit;
            EXPECT_FALSE(aesGcmOpen(key.span(), nonce, aad, damaged, plain, &error)) << "byte " << i;
            EXPECT_TRUE(plain.empty());
        }
    }
    EXPECT_NE(error.find("authentication failed"), std::string::npos) << error;
    // Another path in the associated data, another nonce, another key: all refused.
    const Bytes otherAad(bytesOf("vault-1|team/app/api|v3").begin(), bytesOf("vault-1|team/app/api|v3").end());
    EXPECT_FALSE(aesGcmOpen(key.span(), nonce, otherAad, sealed, plain, &error));
    EXPECT_FALSE(aesGcmOpen(key.span(), randomPublic(kNonceBytes), aad, sealed, plain, &error));
    EXPECT_FALSE(aesGcmOpen(randomKey().span(), nonce, aad, sealed, plain, &error));
    EXPECT_FALSE(aesGcmOpen(key.span(), nonce, aad, Bytes(5), plain, &error)) << "shorter than a tag";
    ASSERT_TRUE(aesGcmOpen(key.span(), nonce, aad, sealed, plain, &error)) << error;
    EXPECT_EQ(plain.view(), "correct horse battery staple");
}

TEST(Crypto, WrappedKeysRoundTripAndRefuseTheWrongKek)
{
    std::string error;
    const SecureBuffer kek = randomKey(), dataKey = randomKey();
    Bytes wrapped;
    ASSERT_TRUE(aesKwpWrap(kek.span(), dataKey.span(), wrapped, &error)) << error;
    EXPECT_EQ(wrapped.size(), 40u) << "32-byte key + 8-byte integrity block";
    SecureBuffer unwrapped;
    ASSERT_TRUE(aesKwpUnwrap(kek.span(), wrapped, unwrapped, &error)) << error;
    EXPECT_TRUE(unwrapped.equals(dataKey));
    EXPECT_FALSE(aesKwpUnwrap(randomKey().span(), wrapped, unwrapped, &error));
    EXPECT_TRUE(unwrapped.empty());
    for (std::size_t i = 0; i < wrapped.size(); ++i) {
        Bytes damaged = wrapped;
        damaged[i] ^= 0x10;
        EXPECT_FALSE(aesKwpUnwrap(kek.span(), damaged, unwrapped, &error)) << "byte " << i;
    }
    EXPECT_FALSE(aesKwpUnwrap(kek.span(), Bytes(wrapped.begin(), wrapped.end() - 8), unwrapped, &error));
    EXPECT_FALSE(aesKwpUnwrap(kek.span(), Bytes(13), unwrapped, &error)) << "not a multiple of 8";
}

TEST(Crypto, CalibrationReachesTheTargetTimeWithTheMemoryAsked)
{
    // A short target keeps the test quick; the vault asks for 0.25 s or more.
    const Argon2Params p = calibrateArgon2id(0.05, 8 * 1024, 2);
    EXPECT_EQ(p.memoryKiB, 8u * 1024);
    EXPECT_EQ(p.lanes, 2u);
    EXPECT_GE(p.iterations, 1u);
    std::string error;
    Bytes a(32), b(32);
    ASSERT_TRUE(argon2id(bytesOf("pw"), repeat(7, 16), p, a, &error)) << error;
    ASSERT_TRUE(argon2id(bytesOf("pw"), repeat(7, 16), p, b, &error)) << error;
    EXPECT_EQ(a, b) << "deterministic for the same inputs";
}

TEST(Crypto, SecureBuffersLiveInTheSecureHeapAndCompareInConstantTime)
{
    ASSERT_TRUE(SecureBuffer::initSecureHeap(1u << 16));
    SecureBuffer a(bytesOf("secret").data(), 6);
    EXPECT_TRUE(a.isSecure());
    SecureBuffer b = a.clone();
    EXPECT_NE(a.data(), b.data()) << "a clone is a second buffer, not shared";
    EXPECT_TRUE(a.equals(b));
    b.truncate(3);
    EXPECT_EQ(b.view(), "sec");
    EXPECT_FALSE(a.equals(b));
    SecureBuffer moved = std::move(a);
    EXPECT_TRUE(a.empty()); // NOLINT(bugprone-use-after-move): moved-from is empty by contract
    EXPECT_EQ(moved.view(), "secret");
    moved.clear();
    EXPECT_TRUE(moved.empty());
    EXPECT_TRUE(constantTimeEquals(bytesOf("abc"), bytesOf("abc")));
    EXPECT_FALSE(constantTimeEquals(bytesOf("abc"), bytesOf("abd")));
    EXPECT_FALSE(constantTimeEquals(bytesOf("abc"), bytesOf("ab")));
}

TEST(Crypto, CoreDumpsCanBeSwitchedOff)
{
    // In a child, so the test runner keeps its own settings.
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        std::string error;
        rlimit limit{};
        const bool ok = disableCoreDumps(&error) && getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur == 0
                        && prctl(PR_GET_DUMPABLE) == 0;
        _exit(ok ? 0 : 1);
    }
    int status = 0;
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

TEST(Crypto, HexRoundTripsAndRefusesGarbage)
{
    Bytes out;
    ASSERT_TRUE(fromHex("00ff7A", out));
    EXPECT_EQ(toHex(out), "00ff7a");
    EXPECT_FALSE(fromHex("abc", out));
    EXPECT_FALSE(fromHex("zz", out));
    EXPECT_TRUE(out.empty());
}
