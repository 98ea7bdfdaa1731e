// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// Signature and token checks against the vectors in
// ../shared/data/ci/webhooks/signature-vectors.json (GitHub's documented
// vector and signatures computed with Python's hmac over the sample files):
// every vector verifies, every changed byte of body, signature or secret is
// refused, and each kind of refusal has its own status and message.
#include "webhooktestdata.h"

#include <opsdeck/pipelines/webhook.h>
#include <opsdeck/vault/crypto.h>

#include <gtest/gtest.h>

#include <array>
#include <cctype>
#include <set>

namespace {

using namespace OpsDeck::Pipelines;
using OpsDeck::Test::readWebhookFile;
using OpsDeck::Test::signatureVectors;

struct Vector
{
    std::string name;
    std::string secret;
    std::string body;
    std::string signature;
};

std::vector<Vector> positiveVectors()
{
    std::vector<Vector> result;
    for (const auto &v : signatureVectors().at("vectors")) {
        Vector vector;
        vector.secret = v.at("secret").get<std::string>();
        if (v.contains("body_file")) {
            vector.name = v.at("body_file").get<std::string>();
            vector.body = readWebhookFile(vector.name);
        } else {
            vector.name = "inline body";
            vector.body = v.at("body").get<std::string>();
        }
        vector.signature = v.at("x_hub_signature_256").get<std::string>();
        result.push_back(std::move(vector));
    }
    return result;
}

WebhookHeaders signedHeaders(const std::string &signature)
{
    return {{"X-GitHub-Event", "push"}, {"X-Hub-Signature-256", signature}};
}

TEST(WebhookVerify, EveryVectorVerifies)
{
    const std::vector<Vector> vectors = positiveVectors();
    ASSERT_EQ(vectors.size(), 8u); // GitHub's documented vector and seven sample files
    for (const Vector &v : vectors) {
        const VerifyResult result = verifyGitHubSignature(signedHeaders(v.signature), v.body, {v.secret});
        EXPECT_TRUE(result.ok()) << v.name << ": " << result.message;
        EXPECT_TRUE(result.message.empty());
    }
}

TEST(WebhookVerify, FilesAreTheBytesTheVectorsWereComputedOver)
{
    // A checkout that rewrote line endings would make every other test here
    // fail for a confusing reason; this one names it.
    for (const auto &v : signatureVectors().at("vectors")) {
        if (!v.contains("body_sha256"))
            continue;
        const std::string body = readWebhookFile(v.at("body_file").get<std::string>());
        std::array<unsigned char, OpsDeck::Vault::kMacBytes> digest{};
        std::string error;
        ASSERT_TRUE(OpsDeck::Vault::sha256(OpsDeck::Vault::bytesOf(body), digest, &error)) << error;
        EXPECT_EQ(OpsDeck::Vault::toHex(digest), v.at("body_sha256").get<std::string>()) << v.at("body_file");
    }
}

TEST(WebhookVerify, NegativeCasesOfTheVectorFileAreRejected)
{
    const auto &negative = signatureVectors().at("negative");
    ASSERT_GE(negative.size(), 2u);
    int checked = 0;
    for (const auto &n : negative) {
        if (!n.contains("body_file"))
            continue; // the policy entry; covered by MalformedHeadersAreRejectedWithTheirReason
        std::string body = readWebhookFile(n.at("body_file").get<std::string>());
        std::string signature;
        if (n.contains("append_bytes")) {
            std::string extra = n.at("append_bytes").get<std::string>();
            if (extra == "\\n")
                extra = "\n";
            body += extra;
            signature = n.at("x_hub_signature_256_of_unmodified_body").get<std::string>();
        } else {
            signature = n.at("x_hub_signature_256").get<std::string>();
        }
        const VerifyResult result = verifyGitHubSignature(signedHeaders(signature), body, {n.at("secret").get<std::string>()});
        EXPECT_EQ(result.status, VerifyStatus::SignatureMismatch) << n.at("why");
        ++checked;
    }
    EXPECT_EQ(checked, 2);
}

TEST(WebhookVerify, EveryFlippedBodyByteIsRejected)
{
    for (const Vector &v : positiveVectors()) {
        std::string body = v.body;
        for (std::size_t i = 0; i < body.size(); ++i) {
            body[i] = static_cast<char>(body[i] ^ 0x01);
            const VerifyResult result = verifyGitHubSignature(signedHeaders(v.signature), body, {v.secret});
            ASSERT_EQ(result.status, VerifyStatus::SignatureMismatch) << v.name << " byte " << i;
            body[i] = v.body[i];
        }
        // Truncation and extension are changes too.
        EXPECT_FALSE(verifyGitHubSignature(signedHeaders(v.signature), body.substr(0, body.size() - 1), {v.secret}).ok());
        EXPECT_FALSE(verifyGitHubSignature(signedHeaders(v.signature), body + " ", {v.secret}).ok());
    }
}

TEST(WebhookVerify, EveryFlippedSignatureDigitIsRejected)
{
    for (const Vector &v : positiveVectors()) {
        for (std::size_t i = 7; i < v.signature.size(); ++i) {
            std::string signature = v.signature;
            // Another lowercase hex digit: still well formed, so the MAC itself is what fails.
            signature[i] = signature[i] == 'a' ? 'b' : 'a';
            const VerifyResult result = verifyGitHubSignature(signedHeaders(signature), v.body, {v.secret});
            ASSERT_EQ(result.status, VerifyStatus::SignatureMismatch) << v.name << " digit " << i;
        }
    }
}

TEST(WebhookVerify, EveryFlippedSecretByteIsRejected)
{
    for (const Vector &v : positiveVectors()) {
        for (std::size_t i = 0; i < v.secret.size(); ++i) {
            std::string secret = v.secret;
            secret[i] = static_cast<char>(secret[i] ^ 0x01);
            const VerifyResult result = verifyGitHubSignature(signedHeaders(v.signature), v.body, {secret});
            ASSERT_EQ(result.status, VerifyStatus::SignatureMismatch) << v.name << " secret byte " << i;
        }
        EXPECT_FALSE(verifyGitHubSignature(signedHeaders(v.signature), v.body, {v.secret + "x"}).ok());
        EXPECT_FALSE(verifyGitHubSignature(signedHeaders(v.signature), v.body, {v.secret.substr(1)}).ok());
    }
}

TEST(WebhookVerify, MalformedHeadersAreRejectedWithTheirReason)
{
    const Vector v = positiveVectors().front();
    const std::string hex = v.signature.substr(7);
    std::string upper = hex;
    for (char &c : upper)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));

    struct Case
    {
        std::string header;
        std::string expectInMessage;
    };
    const std::vector<Case> cases = {
        {hex, "does not start with \"sha256=\""},                 // no prefix
        {"SHA256=" + hex, "does not start with \"sha256=\""},     // prefix in capitals
        {"sha256=" + upper, "is not a lowercase hex digit"},      // GitHub sends lowercase
        {"sha256=" + hex.substr(1), "found 63 characters"},       // one digit short
        {"sha256=" + hex + "0", "found 65 characters"},           // one digit long
        {"sha256=", "found 0 characters"},
        {"sha256=" + hex.substr(0, 63) + "g", "character 71 is not a lowercase hex digit"},
        {"sha256= " + hex.substr(1), "character 8 is not a lowercase hex digit"},
        {"sha1=762f765f1959081a49a87aaa34cca94fc1d7a883", "SHA-1"},
        {"", "does not start with \"sha256=\""},
    };
    for (const Case &c : cases) {
        const VerifyResult result = verifyGitHubSignature(signedHeaders(c.header), v.body, {v.secret});
        EXPECT_EQ(result.status, VerifyStatus::MalformedSignature) << c.header;
        EXPECT_NE(result.message.find("X-Hub-Signature-256"), std::string::npos) << result.message;
        EXPECT_NE(result.message.find(c.expectInMessage), std::string::npos) << c.header << " -> " << result.message;
    }
}

TEST(WebhookVerify, MissingSignatureAndMissingSecretAreTheirOwnReasons)
{
    const Vector v = positiveVectors().front();
    VerifyResult result = verifyGitHubSignature({{"X-GitHub-Event", "push"}}, v.body, {v.secret});
    EXPECT_EQ(result.status, VerifyStatus::MissingSignature);
    EXPECT_NE(result.message.find("missing"), std::string::npos);

    result = verifyGitHubSignature({{"X-GitHub-Event", "push"}, {"X-Hub-Signature", "sha1=00"}}, v.body, {v.secret});
    EXPECT_EQ(result.status, VerifyStatus::MissingSignature);
    EXPECT_NE(result.message.find("legacy SHA-1"), std::string::npos) << result.message;

    // No secret configured: even a correct signature is refused; the
    // receiver never runs open.
    result = verifyGitHubSignature(signedHeaders(v.signature), v.body, {});
    EXPECT_EQ(result.status, VerifyStatus::NoSecretConfigured);
    result = verifyGitHubSignature(signedHeaders(v.signature), v.body, {""});
    EXPECT_EQ(result.status, VerifyStatus::NoSecretConfigured);
    // An HMAC under the empty key is valid HMAC, and still not accepted.
    result = verifyGitHubSignature(signedHeaders(OpsDeck::Test::signGitHub("", v.body)), v.body, {""});
    EXPECT_EQ(result.status, VerifyStatus::NoSecretConfigured);
}

TEST(WebhookVerify, HeaderNamesIgnoreCase)
{
    const Vector v = positiveVectors().front();
    const WebhookHeaders lower{{"x-github-event", "push"}, {"x-hub-signature-256", v.signature}};
    EXPECT_TRUE(verifyGitHubSignature(lower, v.body, {v.secret}).ok());
    const WebhookHeaders mixed{{"X-HUB-Signature-256", v.signature}};
    EXPECT_TRUE(verifyGitHubSignature(mixed, v.body, {v.secret}).ok());
}

TEST(WebhookVerify, EitherSecretOfARotationVerifies)
{
    const Vector v = positiveVectors().front();
    EXPECT_TRUE(verifyGitHubSignature(signedHeaders(v.signature), v.body, {"old-secret", v.secret}).ok());
    EXPECT_TRUE(verifyGitHubSignature(signedHeaders(v.signature), v.body, {v.secret, "new-secret"}).ok());
    EXPECT_EQ(verifyGitHubSignature(signedHeaders(v.signature), v.body, {"old-secret", "new-secret"}).status,
              VerifyStatus::SignatureMismatch);
}

TEST(WebhookVerify, GitLabTokenIsComparedWhole)
{
    const std::string token = "opsdeck-gitlab-token";
    auto headers = [](const std::string &value) {
        return WebhookHeaders{{"X-Gitlab-Event", "Push Hook"}, {"X-Gitlab-Token", value}};
    };
    EXPECT_TRUE(verifyGitLabToken(headers(token), {token}).ok());
    EXPECT_TRUE(verifyGitLabToken({{"x-gitlab-token", token}}, {token}).ok());
    EXPECT_TRUE(verifyGitLabToken(headers(token), {"previous", token}).ok());
    for (std::size_t i = 0; i < token.size(); ++i) {
        std::string flipped = token;
        flipped[i] = static_cast<char>(flipped[i] ^ 0x01);
        ASSERT_EQ(verifyGitLabToken(headers(flipped), {token}).status, VerifyStatus::TokenMismatch) << i;
    }
    EXPECT_EQ(verifyGitLabToken(headers(token.substr(0, token.size() - 1)), {token}).status, VerifyStatus::TokenMismatch);
    EXPECT_EQ(verifyGitLabToken(headers(token + token), {token}).status, VerifyStatus::TokenMismatch);
    EXPECT_EQ(verifyGitLabToken({{"X-Gitlab-Event", "Push Hook"}}, {token}).status, VerifyStatus::MissingToken);
    EXPECT_EQ(verifyGitLabToken(headers(""), {token}).status, VerifyStatus::MissingToken);
    EXPECT_EQ(verifyGitLabToken(headers(token), {}).status, VerifyStatus::NoSecretConfigured);
    EXPECT_EQ(verifyGitLabToken(headers(""), {""}).status, VerifyStatus::NoSecretConfigured);
}

TEST(WebhookVerify, EveryRefusalHasItsOwnStatusNameAndMessage)
{
    const Vector v = positiveVectors().front();
    const std::vector<VerifyResult> refusals = {
        verifyGitHubSignature(signedHeaders(v.signature), v.body, {}),
        verifyGitHubSignature({}, v.body, {v.secret}),
        verifyGitHubSignature(signedHeaders("md5=1"), v.body, {v.secret}),
        verifyGitHubSignature(signedHeaders(v.signature), v.body + "!", {v.secret}),
        verifyGitLabToken({}, {"t"}),
        verifyGitLabToken({{"X-Gitlab-Token", "u"}}, {"t"}),
    };
    std::set<VerifyStatus> statuses;
    std::set<std::string_view> names;
    std::set<std::string> messages;
    for (const VerifyResult &r : refusals) {
        EXPECT_FALSE(r.ok());
        EXPECT_FALSE(r.message.empty());
        statuses.insert(r.status);
        names.insert(toString(r.status));
        messages.insert(r.message);
        // A secret never appears in a message.
        EXPECT_EQ(r.message.find(v.secret), std::string::npos);
    }
    EXPECT_EQ(statuses.size(), refusals.size());
    EXPECT_EQ(names.size(), refusals.size());
    EXPECT_EQ(messages.size(), refusals.size());
}

} // namespace
