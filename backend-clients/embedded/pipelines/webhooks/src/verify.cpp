// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/pipelines/webhook.h"

#include "opsdeck/vault/crypto.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace OpsDeck::Pipelines {

namespace {

constexpr std::string_view kSignatureHeader = "X-Hub-Signature-256";
constexpr std::string_view kTokenHeader = "X-Gitlab-Token";
constexpr std::string_view kSha256Prefix = "sha256=";

VerifyResult failure(VerifyStatus status, std::string message)
{
    return {status, std::move(message)};
}

bool isLowerHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

int hexValue(char c)
{
    return c <= '9' ? c - '0' : c - 'a' + 10;
}

// Why the header is malformed, or empty when it is "sha256=" + 64 lowercase
// hex digits. The reasons differ so a misconfigured sender (a proxy that
// upper-cases, a client that sends the legacy SHA-1) is quick to find.
std::string signatureFormatProblem(std::string_view value)
{
    if (!value.starts_with(kSha256Prefix)) {
        if (value.starts_with("sha1="))
            return "header X-Hub-Signature-256: holds a SHA-1 signature (\"sha1=\"); "
                   "only \"sha256=\" signatures are accepted";
        return "header X-Hub-Signature-256: does not start with \"sha256=\"";
    }
    const std::string_view hex = value.substr(kSha256Prefix.size());
    if (hex.size() != 2 * Vault::kMacBytes)
        return "header X-Hub-Signature-256: expected 64 hex digits after \"sha256=\", found "
               + std::to_string(hex.size()) + " characters";
    for (std::size_t i = 0; i < hex.size(); ++i) {
        if (!isLowerHex(hex[i]))
            return "header X-Hub-Signature-256: character " + std::to_string(kSha256Prefix.size() + i + 1)
                   + " is not a lowercase hex digit";
    }
    return {};
}

} // namespace

bool HeaderNameLess::operator()(std::string_view a, std::string_view b) const
{
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) < std::tolower(static_cast<unsigned char>(y));
    });
}

std::string_view toString(WebhookProvider provider)
{
    switch (provider) {
    case WebhookProvider::GitHub:
        return "github";
    case WebhookProvider::GitLab:
        return "gitlab";
    }
    return "unknown";
}

std::string_view toString(VerifyStatus status)
{
    switch (status) {
    case VerifyStatus::Ok:
        return "ok";
    case VerifyStatus::NoSecretConfigured:
        return "no-secret";
    case VerifyStatus::MissingSignature:
        return "missing-signature";
    case VerifyStatus::MalformedSignature:
        return "malformed-signature";
    case VerifyStatus::SignatureMismatch:
        return "signature-mismatch";
    case VerifyStatus::MissingToken:
        return "missing-token";
    case VerifyStatus::TokenMismatch:
        return "token-mismatch";
    }
    return "unknown";
}

VerifyResult verifyGitHubSignature(const WebhookHeaders &headers, std::string_view body,
                                   const std::vector<std::string> &secrets)
{
    const bool anySecret = std::any_of(secrets.begin(), secrets.end(), [](const std::string &s) { return !s.empty(); });
    if (!anySecret)
        return failure(VerifyStatus::NoSecretConfigured,
                       "no GitHub webhook secret is configured, so no delivery can be trusted; "
                       "set the same secret here and in the repository's webhook settings");
    const auto it = headers.find(kSignatureHeader);
    if (it == headers.end()) {
        if (headers.find(std::string_view("X-Hub-Signature")) != headers.end())
            return failure(VerifyStatus::MissingSignature,
                           "header X-Hub-Signature-256: missing (only the legacy SHA-1 X-Hub-Signature was sent)");
        return failure(VerifyStatus::MissingSignature,
                       "header X-Hub-Signature-256: missing; is a secret set in the repository's webhook settings?");
    }
    const std::string &value = it->second;
    if (std::string problem = signatureFormatProblem(value); !problem.empty())
        return failure(VerifyStatus::MalformedSignature, std::move(problem));

    std::array<unsigned char, Vault::kMacBytes> claimed{};
    const std::string_view hex = std::string_view(value).substr(kSha256Prefix.size());
    for (std::size_t i = 0; i < claimed.size(); ++i)
        claimed[i] = static_cast<unsigned char>(hexValue(hex[2 * i]) << 4 | hexValue(hex[2 * i + 1]));

    // Every secret is tried, matched or not, so the time taken does not say
    // which secret (or whether the first) matched.
    bool matched = false;
    for (const std::string &secret : secrets) {
        if (secret.empty())
            continue;
        std::array<unsigned char, Vault::kMacBytes> mac{};
        std::string error;
        if (!Vault::hmacSha256(Vault::bytesOf(secret), Vault::bytesOf(body), mac, &error))
            return failure(VerifyStatus::SignatureMismatch, "could not compute HMAC-SHA-256: " + error);
        matched |= Vault::constantTimeEquals(mac, claimed);
    }
    if (!matched)
        return failure(VerifyStatus::SignatureMismatch,
                       "header X-Hub-Signature-256: does not match the body under the configured secret "
                       "(a different secret, or the body was changed on the way)");
    return {};
}

VerifyResult verifyGitLabToken(const WebhookHeaders &headers, const std::vector<std::string> &tokens)
{
    const bool anyToken = std::any_of(tokens.begin(), tokens.end(), [](const std::string &s) { return !s.empty(); });
    if (!anyToken)
        return failure(VerifyStatus::NoSecretConfigured,
                       "no GitLab webhook token is configured, so no delivery can be trusted; "
                       "set the same secret token here and in the project's webhook settings");
    const auto it = headers.find(kTokenHeader);
    if (it == headers.end() || it->second.empty())
        return failure(VerifyStatus::MissingToken,
                       "header X-Gitlab-Token: missing; is a secret token set in the project's webhook settings?");

    // Comparing SHA-256 digests (always 32 bytes) instead of the tokens keeps
    // the comparison's time independent of the given token's length too.
    std::array<unsigned char, Vault::kMacBytes> given{};
    std::string error;
    if (!Vault::sha256(Vault::bytesOf(it->second), given, &error))
        return failure(VerifyStatus::TokenMismatch, "could not hash the token: " + error);
    bool matched = false;
    for (const std::string &token : tokens) {
        if (token.empty())
            continue;
        std::array<unsigned char, Vault::kMacBytes> expected{};
        if (!Vault::sha256(Vault::bytesOf(token), expected, &error))
            return failure(VerifyStatus::TokenMismatch, "could not hash the token: " + error);
        matched |= Vault::constantTimeEquals(given, expected);
    }
    if (!matched)
        return failure(VerifyStatus::TokenMismatch, "header X-Gitlab-Token: does not match the configured token");
    return {};
}

} // namespace OpsDeck::Pipelines
