// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/pipelines/webhook.h"

namespace OpsDeck::Pipelines {

namespace {

constexpr int kAccepted = 202;   // queued: GitHub wants an answer within 10 s, the run comes later
constexpr int kOk = 200;         // understood, nothing to do
constexpr int kBadRequest = 400;
constexpr int kUnauthorized = 401; // no credentials, or credentials of the wrong shape
constexpr int kForbidden = 403;    // credentials that do not match
constexpr int kTooLarge = 413;

const std::string *header(const WebhookHeaders &headers, std::string_view name)
{
    const auto it = headers.find(name);
    return it == headers.end() ? nullptr : &it->second;
}

int rejectStatus(VerifyStatus status)
{
    switch (status) {
    case VerifyStatus::SignatureMismatch:
    case VerifyStatus::TokenMismatch:
        return kForbidden;
    default:
        return kUnauthorized;
    }
}

} // namespace

std::string_view toString(DeliveryDecision decision)
{
    switch (decision) {
    case DeliveryDecision::Trigger:
        return "trigger";
    case DeliveryDecision::Ignore:
        return "ignore";
    case DeliveryDecision::Reject:
        return "reject";
    case DeliveryDecision::Invalid:
        return "invalid";
    }
    return "unknown";
}

WebhookReceiver::WebhookReceiver(WebhookSecrets secrets)
    : m_secrets(std::move(secrets))
{}

DeliveryOutcome WebhookReceiver::handle(const WebhookHeaders &headers, std::string_view body)
{
    DeliveryOutcome outcome;
    auto finish = [&outcome](DeliveryDecision decision, int status, std::string reason) {
        outcome.decision = decision;
        outcome.httpStatus = status;
        outcome.reason = std::move(reason);
        return std::move(outcome);
    };

    if (body.size() > m_secrets.maxBodyBytes)
        return finish(DeliveryDecision::Reject, kTooLarge,
                      "body of " + std::to_string(body.size()) + " bytes is larger than the limit of "
                          + std::to_string(m_secrets.maxBodyBytes) + " bytes");

    const std::string *githubEvent = header(headers, "X-GitHub-Event");
    const std::string *gitlabEvent = header(headers, "X-Gitlab-Event");
    if (githubEvent && gitlabEvent)
        return finish(DeliveryDecision::Reject, kBadRequest,
                      "headers X-GitHub-Event and X-Gitlab-Event: both present; a delivery comes from one provider");
    if (!githubEvent && !gitlabEvent)
        return finish(DeliveryDecision::Reject, kBadRequest,
                      "headers: neither X-GitHub-Event nor X-Gitlab-Event is present; not a GitHub or GitLab "
                      "webhook delivery");

    const WebhookProvider provider = githubEvent ? WebhookProvider::GitHub : WebhookProvider::GitLab;
    outcome.provider = provider;
    outcome.event = githubEvent ? *githubEvent : *gitlabEvent;
    if (const std::string *id = header(headers, githubEvent ? "X-GitHub-Delivery" : "X-Gitlab-Event-UUID"))
        outcome.deliveryId = *id;

    // Verification comes before anything reads the body: an unauthenticated
    // sender learns nothing about the parser and costs only one HMAC.
    const VerifyResult verified = provider == WebhookProvider::GitHub
                                      ? verifyGitHubSignature(headers, body, m_secrets.githubSecrets)
                                      : verifyGitLabToken(headers, m_secrets.gitlabTokens);
    outcome.verify = verified.status;
    if (!verified.ok())
        return finish(DeliveryDecision::Reject, rejectStatus(verified.status), verified.message);

    if (outcome.event.empty())
        return finish(DeliveryDecision::Invalid, kBadRequest,
                      std::string("header ") + (githubEvent ? "X-GitHub-Event" : "X-Gitlab-Event") + ": empty");

    PushParseResult parsed = parsePushEvent(provider, outcome.event, body);
    const std::string where = outcome.deliveryId.empty() ? std::string() : "delivery " + outcome.deliveryId + ": ";
    switch (parsed.status) {
    case PushParseResult::Status::Invalid:
        return finish(DeliveryDecision::Invalid, kBadRequest, where + parsed.message);
    case PushParseResult::Status::NotAPush:
        return finish(DeliveryDecision::Ignore, kOk, where + parsed.message);
    case PushParseResult::Status::Push:
        break;
    }

    outcome.push = std::move(parsed.push);
    const PushEvent &push = *outcome.push;
    if (!push.triggers()) {
        const char *what = push.refKind == RefKind::Tag ? "tag" : "branch";
        return finish(DeliveryDecision::Ignore, kOk,
                      where + std::string(toString(provider)) + " push deleted " + what + " '" + push.refName
                          + "' of " + push.repository.fullPath + "; deletions do not start a run");
    }
    // Only a verified, well-formed trigger is remembered: a forged or broken
    // delivery must not keep the genuine one with the same id from running.
    if (!outcome.deliveryId.empty() && !rememberDelivery(provider, outcome.deliveryId))
        return finish(DeliveryDecision::Ignore, kOk,
                      where + "already handled (a redelivery); ignored so the push does not run twice");
    return finish(DeliveryDecision::Trigger, kAccepted, {});
}

bool WebhookReceiver::rememberDelivery(WebhookProvider provider, const std::string &id)
{
    if (m_secrets.rememberedDeliveries == 0)
        return true;
    std::string key = std::string(toString(provider)) + ":" + id;
    const std::lock_guard lock(m_mutex);
    if (!m_recent.insert(key).second)
        return false;
    m_recentOrder.push_back(std::move(key));
    while (m_recentOrder.size() > m_secrets.rememberedDeliveries) {
        m_recent.erase(m_recentOrder.front());
        m_recentOrder.pop_front();
    }
    return true;
}

void WebhookReceiver::forgetDelivery(WebhookProvider provider, const std::string &id)
{
    const std::string key = std::string(toString(provider)) + ":" + id;
    const std::lock_guard lock(m_mutex);
    if (m_recent.erase(key) == 0)
        return;
    std::erase(m_recentOrder, key);
}

} // namespace OpsDeck::Pipelines
