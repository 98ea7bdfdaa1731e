// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// Push parsing and the receiver's decisions on every sample delivery in
// ../shared/data/ci/webhooks: each push sample is read into the fields its
// own JSON holds, deletions do not trigger, every other event is recognised
// and ignored, and broken bodies are refused naming the field or position.
#include "webhooktestdata.h"

#include <opsdeck/pipelines/webhook.h>

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <thread>
#include <tuple>

namespace {

using namespace OpsDeck::Pipelines;
using OpsDeck::Test::readWebhookFile;
using OpsDeck::Test::signGitHub;
using OpsDeck::Test::webhookFiles;
using Json = nlohmann::json;

constexpr std::string_view kSecret = "opsdeck-test-secret";
constexpr std::string_view kToken = "opsdeck-gitlab-token";

WebhookSecrets secrets()
{
    return {.githubSecrets = {std::string(kSecret)}, .gitlabTokens = {std::string(kToken)}};
}

WebhookHeaders githubHeaders(const std::string &event, const std::string &body, const std::string &delivery = {})
{
    WebhookHeaders headers{{"X-GitHub-Event", event}, {"X-Hub-Signature-256", signGitHub(kSecret, body)},
                           {"User-Agent", "GitHub-Hookshot/044aadd"}};
    if (!delivery.empty())
        headers.emplace("X-GitHub-Delivery", delivery);
    return headers;
}

WebhookHeaders gitlabHeaders(const std::string &event, const std::string &delivery = {})
{
    WebhookHeaders headers{{"X-Gitlab-Event", event}, {"X-Gitlab-Token", std::string(kToken)}};
    if (!delivery.empty())
        headers.emplace("X-Gitlab-Event-UUID", delivery);
    return headers;
}

// The parsed commits must be exactly the JSON's, field for field.
void expectCommitsMatch(const std::vector<PushCommit> &commits, const Json &json, const std::string &file)
{
    ASSERT_EQ(commits.size(), json.at("commits").size()) << file;
    for (std::size_t i = 0; i < commits.size(); ++i) {
        const Json &c = json.at("commits")[i];
        EXPECT_EQ(commits[i].id, c.at("id").get<std::string>()) << file;
        EXPECT_EQ(commits[i].message, c.at("message").get<std::string>()) << file;
        EXPECT_EQ(commits[i].timestamp, c.at("timestamp").get<std::string>()) << file;
        EXPECT_EQ(commits[i].authorName, c.at("author").at("name").get<std::string>()) << file;
        EXPECT_EQ(commits[i].authorEmail, c.at("author").value("email", std::string())) << file;
    }
}

std::string refName(const std::string &ref)
{
    for (const std::string prefix : {"refs/heads/", "refs/tags/"}) {
        if (ref.starts_with(prefix))
            return ref.substr(prefix.size());
    }
    return ref;
}

TEST(WebhookPush, EveryGitHubPushSampleParses)
{
    const std::vector<std::string> files = webhookFiles("github/push");
    ASSERT_EQ(files.size(), 6u);
    int triggering = 0;
    for (const std::string &file : files) {
        const std::string body = readWebhookFile(file);
        const Json json = Json::parse(body);
        const PushParseResult result = parsePushEvent(WebhookProvider::GitHub, "push", body);
        ASSERT_EQ(result.status, PushParseResult::Status::Push) << file << ": " << result.message;
        const PushEvent &push = *result.push;
        EXPECT_EQ(push.provider, WebhookProvider::GitHub);
        EXPECT_EQ(push.ref, json.at("ref").get<std::string>()) << file;
        EXPECT_EQ(push.refName, refName(push.ref)) << file;
        EXPECT_EQ(push.refKind, push.ref.starts_with("refs/tags/") ? RefKind::Tag : RefKind::Branch) << file;
        EXPECT_EQ(push.before, json.at("before").get<std::string>()) << file;
        EXPECT_EQ(push.after, json.at("after").get<std::string>()) << file;
        EXPECT_EQ(push.created, json.at("created").get<bool>()) << file;
        EXPECT_EQ(push.deleted, json.at("deleted").get<bool>()) << file;
        EXPECT_EQ(push.forced, json.at("forced").get<bool>()) << file;
        EXPECT_EQ(push.repository.name, json.at("repository").at("name").get<std::string>()) << file;
        EXPECT_EQ(push.repository.fullPath, json.at("repository").at("full_name").get<std::string>()) << file;
        EXPECT_EQ(push.repository.cloneUrl, json.at("repository").at("clone_url").get<std::string>()) << file;
        EXPECT_EQ(push.pusher, json.at("pusher").at("name").get<std::string>()) << file;
        expectCommitsMatch(push.commits, json, file);
        // A deletion is exactly a push whose "after" is the null commit.
        EXPECT_EQ(push.triggers(), !isNullCommit(json.at("after").get<std::string>())) << file;
        triggering += push.triggers() ? 1 : 0;
    }
    // The corpus: four tag deletions and two pushes that create master.
    EXPECT_EQ(triggering, 2);
}

TEST(WebhookPush, GitHubNewBranchSampleInDetail)
{
    const PushParseResult result =
        parsePushEvent(WebhookProvider::GitHub, "push", readWebhookFile("github/push/with-new-branch.payload.json"));
    ASSERT_EQ(result.status, PushParseResult::Status::Push) << result.message;
    const PushEvent &push = *result.push;
    EXPECT_EQ(push.refKind, RefKind::Branch);
    EXPECT_EQ(push.refName, "master");
    EXPECT_TRUE(push.created);
    EXPECT_FALSE(push.deleted);
    EXPECT_TRUE(isNullCommit(push.before));
    ASSERT_EQ(push.commits.size(), 1u);
    EXPECT_EQ(push.commits[0].message, "Initial commit");
    EXPECT_EQ(push.commits[0].id, push.after);
}

TEST(WebhookPush, GitLabPushAndTagPushSamplesParse)
{
    for (const auto &[file, event] : {std::pair{"gitlab/push.json", "Push Hook"},
                                      std::pair{"gitlab/tag_push.json", "Tag Push Hook"}}) {
        const std::string body = readWebhookFile(file);
        const Json json = Json::parse(body);
        for (const char *header : {event, "System Hook"}) {
            const PushParseResult result = parsePushEvent(WebhookProvider::GitLab, header, body);
            ASSERT_EQ(result.status, PushParseResult::Status::Push) << file << ": " << result.message;
            const PushEvent &push = *result.push;
            EXPECT_EQ(push.provider, WebhookProvider::GitLab);
            EXPECT_EQ(push.ref, json.at("ref").get<std::string>());
            EXPECT_EQ(push.refName, refName(push.ref));
            EXPECT_EQ(push.before, json.at("before").get<std::string>());
            EXPECT_EQ(push.after, json.at("after").get<std::string>());
            EXPECT_EQ(push.pusher, json.at("user_username").get<std::string>());
            EXPECT_EQ(push.repository.name, json.at("project").at("name").get<std::string>());
            EXPECT_EQ(push.repository.fullPath, json.at("project").at("path_with_namespace").get<std::string>());
            EXPECT_EQ(push.repository.cloneUrl, json.at("project").at("git_http_url").get<std::string>());
            EXPECT_EQ(push.created, isNullCommit(json.at("before").get<std::string>()));
            EXPECT_FALSE(push.deleted);
            EXPECT_TRUE(push.triggers());
            expectCommitsMatch(push.commits, json, file);
        }
    }
    const PushEvent tag = *parsePushEvent(WebhookProvider::GitLab, "Tag Push Hook",
                                          readWebhookFile("gitlab/tag_push.json")).push;
    EXPECT_EQ(tag.refKind, RefKind::Tag);
    EXPECT_EQ(tag.refName, "v1.0.0");
    EXPECT_TRUE(tag.created);
    const PushEvent branch = *parsePushEvent(WebhookProvider::GitLab, "Push Hook", readWebhookFile("gitlab/push.json")).push;
    EXPECT_EQ(branch.refKind, RefKind::Branch);
    EXPECT_EQ(branch.refName, "master");
    EXPECT_FALSE(branch.created);
}

TEST(WebhookPush, ReceiverTriggersOnPushesAndIgnoresDeletions)
{
    WebhookReceiver receiver(secrets());
    int n = 0;
    for (const std::string &file : webhookFiles("github/push")) {
        const std::string body = readWebhookFile(file);
        const DeliveryOutcome outcome = receiver.handle(githubHeaders("push", body, "gh-" + std::to_string(++n)), body);
        ASSERT_TRUE(outcome.push) << file << ": " << outcome.reason;
        EXPECT_EQ(outcome.provider, WebhookProvider::GitHub);
        EXPECT_EQ(outcome.verify, VerifyStatus::Ok);
        EXPECT_EQ(outcome.deliveryId, "gh-" + std::to_string(n));
        if (outcome.push->deleted) {
            EXPECT_EQ(outcome.decision, DeliveryDecision::Ignore) << file;
            EXPECT_EQ(outcome.httpStatus, 200);
            EXPECT_NE(outcome.reason.find("deleted tag 'simple-tag' of Codertocat/Hello-World"), std::string::npos)
                << outcome.reason;
        } else {
            EXPECT_EQ(outcome.decision, DeliveryDecision::Trigger) << file << ": " << outcome.reason;
            EXPECT_EQ(outcome.httpStatus, 202);
            EXPECT_TRUE(outcome.reason.empty());
        }
    }
    for (const auto &[file, event] : {std::pair{"gitlab/push.json", "Push Hook"},
                                      std::pair{"gitlab/tag_push.json", "Tag Push Hook"}}) {
        const std::string body = readWebhookFile(file);
        const DeliveryOutcome outcome = receiver.handle(gitlabHeaders(event), body);
        EXPECT_EQ(outcome.decision, DeliveryDecision::Trigger) << file << ": " << outcome.reason;
        EXPECT_EQ(outcome.provider, WebhookProvider::GitLab);
    }
}

TEST(WebhookPush, GitLabBranchDeletionDoesNotTrigger)
{
    Json json = Json::parse(readWebhookFile("gitlab/push.json"));
    json["after"] = std::string(40, '0');
    json["checkout_sha"] = nullptr;
    json["commits"] = Json::array();
    const std::string body = json.dump();
    WebhookReceiver receiver(secrets());
    const DeliveryOutcome outcome = receiver.handle(gitlabHeaders("Push Hook"), body);
    EXPECT_EQ(outcome.decision, DeliveryDecision::Ignore) << outcome.reason;
    ASSERT_TRUE(outcome.push);
    EXPECT_TRUE(outcome.push->deleted);
    EXPECT_NE(outcome.reason.find("deleted branch 'master' of mike/diaspora"), std::string::npos) << outcome.reason;
}

TEST(WebhookPush, EveryOtherGitHubEventIsRecognisedAndIgnored)
{
    WebhookReceiver receiver(secrets());
    int ignored = 0;
    for (const std::string &file : webhookFiles("github")) {
        const std::string event = std::filesystem::path(file).parent_path().filename().string();
        if (event == "push")
            continue;
        const std::string body = readWebhookFile(file);
        const DeliveryOutcome outcome = receiver.handle(githubHeaders(event, body), body);
        EXPECT_EQ(outcome.decision, DeliveryDecision::Ignore) << file << ": " << outcome.reason;
        EXPECT_EQ(outcome.httpStatus, 200);
        EXPECT_EQ(outcome.event, event);
        EXPECT_FALSE(outcome.push);
        EXPECT_NE(outcome.reason.find("'" + event + "'"), std::string::npos) << outcome.reason;
        ++ignored;
    }
    EXPECT_EQ(ignored, 90); // 96 samples, 6 of them pushes
}

TEST(WebhookPush, EveryOtherGitLabEventIsRecognisedAndIgnored)
{
    // The header GitLab sends with each sample (../shared/data/ci/webhooks/README.md).
    const std::map<std::string, std::string> headerOf = {
        {"build.json", "Job Hook"},
        {"deployment.json", "Deployment Hook"},
        {"feature_flag.json", "Feature Flag Hook"},
        {"group_merge_request.json", "Merge Request Hook"},
        {"issue.json", "Issue Hook"},
        {"job.json", "Job Hook"},
        {"member.json", "Member Hook"},
        {"merge_request.json", "Merge Request Hook"},
        {"note_commit.json", "Note Hook"},
        {"note_issue.json", "Note Hook"},
        {"note_merge_request.json", "Note Hook"},
        {"note_snippet.json", "Note Hook"},
        {"pipeline.json", "Pipeline Hook"},
        {"release.json", "Release Hook"},
        {"resource_access_token_group.json", "Resource Access Token Hook"},
        {"resource_access_token_project.json", "Resource Access Token Hook"},
        {"service_merge_request.json", "Merge Request Hook"},
        {"subgroup.json", "Subgroup Hook"},
        {"wiki_page.json", "Wiki Page Hook"},
    };
    WebhookReceiver receiver(secrets());
    int ignored = 0;
    for (const std::string &file : webhookFiles("gitlab")) {
        const std::string name = std::filesystem::path(file).filename().string();
        if (name == "push.json" || name == "tag_push.json")
            continue;
        ASSERT_TRUE(headerOf.count(name)) << "new sample " << name << ": add its X-Gitlab-Event here";
        const std::string body = readWebhookFile(file);
        // As a project hook (its own header) and as a system hook (kind from the body).
        for (const std::string &event : {headerOf.at(name), std::string("System Hook")}) {
            const DeliveryOutcome outcome = receiver.handle(gitlabHeaders(event), body);
            EXPECT_EQ(outcome.decision, DeliveryDecision::Ignore) << file << " as " << event << ": " << outcome.reason;
            EXPECT_NE(outcome.reason.find("is not a push"), std::string::npos) << outcome.reason;
        }
        ++ignored;
    }
    EXPECT_EQ(ignored, 19);
}

TEST(WebhookPush, MalformedJsonNamesLineAndColumn)
{
    const std::string body = "{\n  \"ref\": \"refs/heads/main\",\n  \"before\": ,\n}";
    const PushParseResult result = parsePushEvent(WebhookProvider::GitHub, "push", body);
    EXPECT_EQ(result.status, PushParseResult::Status::Invalid);
    EXPECT_EQ(result.message, "GitHub push body line 3, column 13: not valid JSON");

    // Through the receiver the verified delivery is Invalid (400), with its id.
    WebhookReceiver receiver(secrets());
    const DeliveryOutcome outcome = receiver.handle(githubHeaders("push", body, "d-1"), body);
    EXPECT_EQ(outcome.decision, DeliveryDecision::Invalid);
    EXPECT_EQ(outcome.httpStatus, 400);
    EXPECT_EQ(outcome.reason, "delivery d-1: GitHub push body line 3, column 13: not valid JSON");

    // Truncated bodies and bodies that are not objects.
    const std::string sample = readWebhookFile("gitlab/push.json");
    EXPECT_EQ(parsePushEvent(WebhookProvider::GitLab, "Push Hook", sample.substr(0, 100)).status,
              PushParseResult::Status::Invalid);
    EXPECT_EQ(parsePushEvent(WebhookProvider::GitLab, "Push Hook", "[1, 2]").message,
              "GitLab push body: expected a JSON object, found array");
    EXPECT_EQ(parsePushEvent(WebhookProvider::GitHub, "push", "").message,
              "GitHub push body line 1, column 1: not valid JSON");
}

// Cut short anywhere, a body is invalid with a position, never a crash or a
// half-read push.
TEST(WebhookPush, TruncatedBodiesAreInvalidAtEveryLength)
{
    for (const auto &[file, provider, event] :
         {std::tuple{"github/push/with-new-branch.payload.json", WebhookProvider::GitHub, "push"},
          std::tuple{"gitlab/push.json", WebhookProvider::GitLab, "Push Hook"}}) {
        const std::string body = readWebhookFile(file);
        // The files end in a newline after the closing brace.
        const std::size_t closing = body.find_last_of('}');
        for (std::size_t length = 0; length <= closing; ++length) {
            const PushParseResult result = parsePushEvent(provider, event, std::string_view(body).substr(0, length));
            ASSERT_EQ(result.status, PushParseResult::Status::Invalid) << file << " cut at " << length;
            ASSERT_NE(result.message.find("not valid JSON"), std::string::npos) << result.message;
            ASSERT_FALSE(result.push);
        }
        EXPECT_EQ(parsePushEvent(provider, event, std::string_view(body).substr(0, closing + 1)).status,
                  PushParseResult::Status::Push);
    }
}

// Removing any field a trigger needs makes the push invalid, and the message
// names that field by its path.
TEST(WebhookPush, EveryMissingFieldIsNamed)
{
    const Json github = Json::parse(readWebhookFile("github/push/with-new-branch.payload.json"));
    const std::vector<std::vector<std::string>> githubFields = {
        {"ref"}, {"before"}, {"after"}, {"created"}, {"deleted"}, {"repository"},
        {"repository", "name"}, {"repository", "full_name"}, {"repository", "clone_url"},
        {"pusher"}, {"pusher", "name"}, {"commits"},
    };
    auto erase = [](Json json, const std::vector<std::string> &path) {
        Json *at = &json;
        for (std::size_t i = 0; i + 1 < path.size(); ++i)
            at = &(*at)[path[i]];
        at->erase(path.back());
        return json;
    };
    auto dotted = [](const std::vector<std::string> &path) {
        std::string s;
        for (const std::string &p : path)
            s += (s.empty() ? "" : ".") + p;
        return s;
    };
    for (const auto &path : githubFields) {
        const PushParseResult result = parsePushEvent(WebhookProvider::GitHub, "push", erase(github, path).dump());
        EXPECT_EQ(result.status, PushParseResult::Status::Invalid) << dotted(path);
        EXPECT_EQ(result.message, "GitHub push field '" + dotted(path) + "': missing");
    }
    for (const std::string field : {"id", "message", "timestamp", "author"}) {
        Json json = github;
        json["commits"][0].erase(field);
        EXPECT_EQ(parsePushEvent(WebhookProvider::GitHub, "push", json.dump()).message,
                  "GitHub push field 'commits[0]." + field + "': missing");
    }
    {
        Json json = github;
        json["commits"][0]["author"].erase("name");
        EXPECT_EQ(parsePushEvent(WebhookProvider::GitHub, "push", json.dump()).message,
                  "GitHub push field 'commits[0].author.name': missing");
    }

    const Json gitlab = Json::parse(readWebhookFile("gitlab/push.json"));
    for (const auto &path : std::vector<std::vector<std::string>>{
             {"object_kind"}, {"ref"}, {"before"}, {"after"}, {"project"}, {"project", "name"},
             {"project", "path_with_namespace"}, {"project", "git_http_url"}, {"commits"}}) {
        const PushParseResult result = parsePushEvent(WebhookProvider::GitLab, "Push Hook", erase(gitlab, path).dump());
        EXPECT_EQ(result.status, PushParseResult::Status::Invalid) << dotted(path);
        EXPECT_EQ(result.message, "GitLab push field '" + dotted(path) + "': missing");
    }
    {
        // user_username is optional (older GitLab); user_name is then required.
        Json json = erase(gitlab, {"user_username"});
        EXPECT_EQ(parsePushEvent(WebhookProvider::GitLab, "Push Hook", json.dump()).push->pusher, "John Smith");
        EXPECT_EQ(parsePushEvent(WebhookProvider::GitLab, "Push Hook", erase(json, {"user_name"}).dump()).message,
                  "GitLab push field 'user_name': missing");
    }
}

TEST(WebhookPush, MistypedFieldsAreNamedWithWhatWasFound)
{
    const Json github = Json::parse(readWebhookFile("github/push/with-new-branch.payload.json"));
    struct Case
    {
        std::function<void(Json &)> change;
        std::string message;
    };
    const std::vector<Case> cases = {
        {[](Json &j) { j["ref"] = 42; }, "GitHub push field 'ref': expected a string, found number"},
        {[](Json &j) { j["ref"] = ""; }, "GitHub push field 'ref': is empty"},
        {[](Json &j) { j["deleted"] = "no"; }, "GitHub push field 'deleted': expected true or false, found string"},
        {[](Json &j) { j["repository"] = "x"; }, "GitHub push field 'repository': expected an object, found string"},
        {[](Json &j) { j["commits"] = Json::object(); }, "GitHub push field 'commits': expected an array, found object"},
        {[](Json &j) { j["commits"][0] = 1; }, "GitHub push field 'commits[0]': expected an object, found number"},
        {[](Json &j) { j["commits"][0]["id"] = nullptr; }, "GitHub push field 'commits[0].id': expected a string, found null"},
        {[](Json &j) { j["after"] = "HEAD"; },
         "GitHub push field 'after': expected a commit id of 40 or 64 lowercase hex digits, found \"HEAD\""},
        {[](Json &j) { j["before"] = std::string(40, 'A'); },
         "GitHub push field 'before': expected a commit id of 40 or 64 lowercase hex digits, found \"" + std::string(40, 'A') + "\""},
    };
    for (const Case &c : cases) {
        Json json = github;
        c.change(json);
        EXPECT_EQ(parsePushEvent(WebhookProvider::GitHub, "push", json.dump()).message, c.message);
    }
    // SHA-256 repositories: 64-digit ids are commit ids too.
    Json json = github;
    json["after"] = std::string(64, 'b');
    json["commits"][0]["id"] = std::string(64, 'b');
    EXPECT_EQ(parsePushEvent(WebhookProvider::GitHub, "push", json.dump()).status, PushParseResult::Status::Push);
    // Optional fields may be null or absent.
    json["commits"][0]["author"]["email"] = nullptr;
    json.erase("forced");
    const PushParseResult result = parsePushEvent(WebhookProvider::GitHub, "push", json.dump());
    ASSERT_EQ(result.status, PushParseResult::Status::Push) << result.message;
    EXPECT_EQ(result.push->commits[0].authorEmail, "");
    EXPECT_FALSE(result.push->forced);
}

TEST(WebhookPush, GitLabHeaderMustAgreeWithTheBody)
{
    const std::string tagPush = readWebhookFile("gitlab/tag_push.json");
    PushParseResult result = parsePushEvent(WebhookProvider::GitLab, "Push Hook", tagPush);
    EXPECT_EQ(result.status, PushParseResult::Status::Invalid);
    EXPECT_EQ(result.message, "GitLab push field 'object_kind': \"tag_push\" does not match header X-Gitlab-Event "
                              "\"Push Hook\" (expected \"Tag Push Hook\")");
    result = parsePushEvent(WebhookProvider::GitLab, "Push Hook", readWebhookFile("gitlab/pipeline.json"));
    EXPECT_EQ(result.status, PushParseResult::Status::Invalid);
    EXPECT_NE(result.message.find("\"pipeline\" does not match header"), std::string::npos) << result.message;
}

TEST(WebhookPush, RedeliveriesRunOnceUntilForgotten)
{
    WebhookReceiver receiver(secrets());
    const std::string body = readWebhookFile("github/push/with-new-branch.payload.json");
    const WebhookHeaders headers = githubHeaders("push", body, "72d3162e-cc78-11e3-81ab-4c9367dc0958");
    EXPECT_EQ(receiver.handle(headers, body).decision, DeliveryDecision::Trigger);
    const DeliveryOutcome again = receiver.handle(headers, body);
    EXPECT_EQ(again.decision, DeliveryDecision::Ignore);
    EXPECT_NE(again.reason.find("already handled"), std::string::npos) << again.reason;
    receiver.forgetDelivery(WebhookProvider::GitHub, "72d3162e-cc78-11e3-81ab-4c9367dc0958");
    EXPECT_EQ(receiver.handle(headers, body).decision, DeliveryDecision::Trigger);

    // The same id from the other provider is another delivery.
    const std::string gitlabBody = readWebhookFile("gitlab/push.json");
    EXPECT_EQ(receiver.handle(gitlabHeaders("Push Hook", "72d3162e-cc78-11e3-81ab-4c9367dc0958"), gitlabBody).decision,
              DeliveryDecision::Trigger);

    // Only the most recent ids are kept.
    WebhookSecrets small = secrets();
    small.rememberedDeliveries = 2;
    WebhookReceiver forgetful(small);
    for (const char *id : {"a", "b", "c"})
        EXPECT_EQ(forgetful.handle(githubHeaders("push", body, id), body).decision, DeliveryDecision::Trigger);
    EXPECT_EQ(forgetful.handle(githubHeaders("push", body, "c"), body).decision, DeliveryDecision::Ignore);
    EXPECT_EQ(forgetful.handle(githubHeaders("push", body, "a"), body).decision, DeliveryDecision::Trigger);
}

TEST(WebhookPush, ConcurrentRedeliveriesTriggerExactlyOnce)
{
    WebhookReceiver receiver(secrets());
    const std::string body = readWebhookFile("github/push/with-new-branch.payload.json");
    constexpr int kThreads = 4;
    constexpr int kIds = 200;
    std::atomic<int> triggers{0}, ignored{0}, other{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&] {
            // Every thread handles every id: each id must run once in all.
            for (int i = 0; i < kIds; ++i) {
                const DeliveryOutcome outcome = receiver.handle(githubHeaders("push", body, "id-" + std::to_string(i)), body);
                (outcome.decision == DeliveryDecision::Trigger  ? triggers
                 : outcome.decision == DeliveryDecision::Ignore ? ignored
                                                                : other)++;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    EXPECT_EQ(triggers.load(), kIds);
    EXPECT_EQ(ignored.load(), kIds * (kThreads - 1));
    EXPECT_EQ(other.load(), 0);
}

TEST(WebhookPush, ReceiverRejectsBeforeReadingTheBody)
{
    WebhookReceiver receiver(secrets());
    const std::string body = readWebhookFile("github/push/with-new-branch.payload.json");

    WebhookHeaders wrong = githubHeaders("push", body);
    wrong["X-Hub-Signature-256"] = signGitHub("not-the-secret", body);
    DeliveryOutcome outcome = receiver.handle(wrong, body);
    EXPECT_EQ(outcome.decision, DeliveryDecision::Reject);
    EXPECT_EQ(outcome.verify, VerifyStatus::SignatureMismatch);
    EXPECT_EQ(outcome.httpStatus, 403);
    EXPECT_FALSE(outcome.push);

    // A broken body with a wrong signature is a rejection, not a parse error.
    outcome = receiver.handle(wrong, "{not json");
    EXPECT_EQ(outcome.decision, DeliveryDecision::Reject);

    outcome = receiver.handle({{"X-GitHub-Event", "push"}}, body);
    EXPECT_EQ(outcome.verify, VerifyStatus::MissingSignature);
    EXPECT_EQ(outcome.httpStatus, 401);

    outcome = receiver.handle({{"X-Gitlab-Event", "Push Hook"}, {"X-Gitlab-Token", "guess"}}, body);
    EXPECT_EQ(outcome.verify, VerifyStatus::TokenMismatch);
    EXPECT_EQ(outcome.provider, WebhookProvider::GitLab);

    outcome = receiver.handle({{"Content-Type", "application/json"}}, body);
    EXPECT_EQ(outcome.decision, DeliveryDecision::Reject);
    EXPECT_EQ(outcome.httpStatus, 400);
    EXPECT_FALSE(outcome.provider);
    EXPECT_NE(outcome.reason.find("neither X-GitHub-Event nor X-Gitlab-Event"), std::string::npos);

    WebhookHeaders both = githubHeaders("push", body);
    both.emplace("X-Gitlab-Event", "Push Hook");
    EXPECT_NE(receiver.handle(both, body).reason.find("both present"), std::string::npos);

    WebhookSecrets tiny = secrets();
    tiny.maxBodyBytes = 1000;
    WebhookReceiver small(tiny);
    outcome = small.handle(githubHeaders("push", body), body);
    EXPECT_EQ(outcome.httpStatus, 413);
    EXPECT_EQ(outcome.reason, "body of " + std::to_string(body.size()) + " bytes is larger than the limit of 1000 bytes");

    // A receiver without secrets accepts nothing.
    WebhookReceiver open({});
    outcome = open.handle(githubHeaders("push", body), body);
    EXPECT_EQ(outcome.verify, VerifyStatus::NoSecretConfigured);
    EXPECT_EQ(outcome.decision, DeliveryDecision::Reject);
}

} // namespace
