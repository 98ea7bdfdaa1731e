// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * Webhook deliveries from GitHub and GitLab, verified and turned into push
 * triggers (docs/webhooks.md).
 *
 * A delivery is the request's headers and its raw body bytes; parsing HTTP is
 * the listener's job. The order is the one GitHub asks for: check the body
 * size, verify the signature (GitHub) or token (GitLab) over the raw bytes,
 * only then parse the JSON. Every answer carries an English message that says
 * what was wrong and where (header name, JSON field path, or body line and
 * column), and never a secret.
 *
 * Plain C++20 (nlohmann/json, OpenSSL through OpsDeck::VaultCrypto): the team
 * server can host it as it is, and it can be fuzzed.
 *
 * \code
 * using namespace OpsDeck::Pipelines;
 * WebhookReceiver receiver({.githubSecrets = {"s3cret"}, .gitlabTokens = {"t0ken"}});
 * WebhookHeaders headers{{"X-GitHub-Event", "push"},
 *                        {"X-Hub-Signature-256", "sha256=..."}};
 * const DeliveryOutcome outcome = receiver.handle(headers, body);
 * if (outcome.decision == DeliveryDecision::Trigger)
 *     enqueueRun(*outcome.push);              // outcome.push->refName, ->after, ...
 * else
 *     log(outcome.reason);                    // answer outcome.httpStatus
 * \endcode
 */

#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace OpsDeck::Pipelines {

enum class WebhookProvider { GitHub, GitLab };

/** "github" or "gitlab". */
std::string_view toString(WebhookProvider provider);

/** Orders header names without regard to ASCII case (RFC 9110, 5.1). */
struct HeaderNameLess
{
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const;
};

/**
 * Request headers, name to value. Lookups ignore the case of the name, so
 * "x-hub-signature-256" from an HTTP/2 listener finds the same entry.
 */
using WebhookHeaders = std::map<std::string, std::string, HeaderNameLess>;

/** The outcome of checking a delivery's signature or token. */
enum class VerifyStatus {
    Ok,
    NoSecretConfigured, ///< the receiver has no secret for the provider: it refuses rather than trust anyone
    MissingSignature,   ///< no X-Hub-Signature-256 header
    MalformedSignature, ///< not "sha256=" + 64 lowercase hex digits
    SignatureMismatch,  ///< well formed, but not the HMAC of this body under any configured secret
    MissingToken,       ///< no X-Gitlab-Token header
    TokenMismatch,      ///< not one of the configured tokens
};

/** Machine-readable name: "ok", "no-secret", "missing-signature", ... */
std::string_view toString(VerifyStatus status);

struct VerifyResult
{
    VerifyStatus status = VerifyStatus::Ok;
    std::string message; ///< empty when ok; one English line, never a secret
    bool ok() const { return status == VerifyStatus::Ok; }
};

/**
 * Checks GitHub's X-Hub-Signature-256 header: "sha256=" followed by the
 * lowercase hex HMAC-SHA-256 of \a body keyed with a webhook secret. Any of
 * \a secrets may match (two during a rotation); every one is tried, and each
 * comparison takes the same time whether it matches or not. Empty secrets
 * are skipped; with none left the answer is NoSecretConfigured.
 */
VerifyResult verifyGitHubSignature(const WebhookHeaders &headers, std::string_view body,
                                   const std::vector<std::string> &secrets);

/**
 * Checks GitLab's X-Gitlab-Token header against \a tokens. GitLab sends the
 * secret itself, so both sides are hashed first and the digests compared in
 * constant time: neither the content nor the length of a token leaks through
 * timing.
 */
VerifyResult verifyGitLabToken(const WebhookHeaders &headers, const std::vector<std::string> &tokens);

/** The repository a push went to. */
struct PushRepository
{
    std::string name;     ///< "Hello-World"
    std::string fullPath; ///< "Codertocat/Hello-World" (GitLab: path_with_namespace)
    std::string cloneUrl; ///< HTTPS clone URL
};

struct PushCommit
{
    std::string id;          ///< full commit id (40 or 64 hex digits)
    std::string message;     ///< the whole message
    std::string authorName;
    std::string authorEmail; ///< may be empty
    std::string timestamp;   ///< as sent, ISO 8601 with offset
};

enum class RefKind { Branch, Tag, Other };

/** What a push delivery says, the same for both providers. */
struct PushEvent
{
    WebhookProvider provider = WebhookProvider::GitHub;
    PushRepository repository;
    std::string ref;     ///< "refs/heads/main", "refs/tags/v1.0"
    RefKind refKind = RefKind::Other;
    std::string refName; ///< "main", "v1.0": the ref without refs/heads/ or refs/tags/
    std::string before;  ///< commit before the push; all zeros when the ref was created
    std::string after;   ///< commit after the push; all zeros when the ref was deleted
    std::string pusher;  ///< who pushed (GitHub pusher.name, GitLab user_username or user_name)
    std::vector<PushCommit> commits; ///< oldest first, as sent (providers cap the list)
    bool created = false; ///< the ref did not exist before
    bool deleted = false; ///< the ref no longer exists
    bool forced = false;  ///< a force push (GitHub only; GitLab does not say)

    /** Whether this push should start a pipeline run: everything but a deletion. */
    bool triggers() const { return !deleted; }
};

/** True when \a id is a commit id made only of zeros (a created or deleted ref). */
bool isNullCommit(std::string_view id);

/** What parsePushEvent() found. */
struct PushParseResult
{
    enum class Status {
        Push,     ///< \a push is set
        NotAPush, ///< a well-formed delivery of another event; \a message says which
        Invalid,  ///< bad JSON, a missing or mistyped field, or headers that disagree with the body
    };
    Status status = Status::Invalid;
    std::optional<PushEvent> push;
    std::string message; ///< why it is not a push, or what is wrong and where
};

/**
 * Parses the body of a \a provider delivery whose event header says
 * \a event ("push" for GitHub; "Push Hook", "Tag Push Hook" or "System Hook"
 * for GitLab). Other events come back NotAPush without parsing the body.
 * Unknown fields are ignored (providers keep adding them).
 */
PushParseResult parsePushEvent(WebhookProvider provider, std::string_view event, std::string_view body);

/** The secrets a receiver accepts. Two per provider during a rotation. */
struct WebhookSecrets
{
    std::vector<std::string> githubSecrets; ///< keys of X-Hub-Signature-256
    std::vector<std::string> gitlabTokens;  ///< values of X-Gitlab-Token
    /** Bigger bodies are refused before anything else (GitHub caps payloads at 25 MB). */
    std::size_t maxBodyBytes = 25u * 1024 * 1024;
    /** How many delivery ids are remembered to drop redeliveries (0: none). */
    std::size_t rememberedDeliveries = 1024;
};

enum class DeliveryDecision {
    Trigger, ///< a verified push that should start a run: \a push is set
    Ignore,  ///< verified, but nothing to run (another event, a deletion, a redelivery)
    Reject,  ///< not from whom it claims: no or wrong signature/token, unknown sender, too big
    Invalid, ///< verified, but the body or headers are broken
};

/** Machine-readable name: "trigger", "ignore", "reject", "invalid". */
std::string_view toString(DeliveryDecision decision);

struct DeliveryOutcome
{
    DeliveryDecision decision = DeliveryDecision::Reject;
    std::optional<WebhookProvider> provider; ///< unset when the headers name no provider
    std::string event;      ///< X-GitHub-Event / X-Gitlab-Event as sent
    std::string deliveryId; ///< X-GitHub-Delivery / X-Gitlab-Event-UUID, may be empty
    VerifyStatus verify = VerifyStatus::Ok;
    std::optional<PushEvent> push; ///< set for Trigger, and for an ignored branch or tag deletion
    std::string reason;     ///< for everything but Trigger: one English line
    /** What the listener should answer: 202, 200, 400, 401, 403 or 413. */
    int httpStatus = 401;
};

/**
 * Verifies and reads webhook deliveries; drops redeliveries of an id it has
 * already handled. Thread-safe: handle() may run on several threads.
 */
class WebhookReceiver
{
public:
    explicit WebhookReceiver(WebhookSecrets secrets);

    /** The whole pipeline for one delivery: size, provider, verify, parse, decide. */
    DeliveryOutcome handle(const WebhookHeaders &headers, std::string_view body);

    /**
     * Forgets delivery \a id, so a redelivery of it is handled again: call it
     * when the run a Trigger asked for could not be queued.
     */
    void forgetDelivery(WebhookProvider provider, const std::string &id);

private:
    bool rememberDelivery(WebhookProvider provider, const std::string &id);

    const WebhookSecrets m_secrets;
    std::mutex m_mutex;
    std::deque<std::string> m_recentOrder;
    std::unordered_set<std::string> m_recent;
};

} // namespace OpsDeck::Pipelines
