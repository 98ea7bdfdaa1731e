// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// Throughput of the webhook receiver on the real sample deliveries
// (../shared/data/ci/webhooks, or $OPSDECK_WEBHOOK_DATA_DIR), one thread.
// A "delivery" is one WebhookReceiver::handle(): body size check, provider
// from the headers, HMAC-SHA-256 (GitHub) or token digest (GitLab) check,
// and for pushes the JSON parse into a PushEvent. Figures are deliveries/s
// (items_per_second) and body bytes/s. Target: >= 1,000 deliveries/s.
//
//   webhook_bench --benchmark_counters_tabular=true
#include <opsdeck/pipelines/webhook.h>
#include <opsdeck/vault/crypto.h>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#ifndef OPSDECK_WEBHOOK_DATA_DIR
#define OPSDECK_WEBHOOK_DATA_DIR "../shared/data/ci/webhooks"
#endif

namespace {

using namespace OpsDeck::Pipelines;

constexpr std::string_view kSecret = "opsdeck-test-secret";
constexpr std::string_view kToken = "opsdeck-gitlab-token";

struct Delivery
{
    std::string file;
    WebhookHeaders headers;
    std::string body;
    bool push = false;
};

std::string readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string sign(std::string_view body)
{
    std::array<unsigned char, OpsDeck::Vault::kMacBytes> mac{};
    std::string error;
    OpsDeck::Vault::hmacSha256(OpsDeck::Vault::bytesOf(kSecret), OpsDeck::Vault::bytesOf(body), mac, &error);
    return "sha256=" + OpsDeck::Vault::toHex(mac);
}

std::string gitlabEvent(const std::string &name)
{
    if (name == "push.json")
        return "Push Hook";
    if (name == "tag_push.json")
        return "Tag Push Hook";
    return "System Hook"; // the event comes from the body, as for an instance-wide hook
}

// Every sample, signed as its provider would send it.
const std::vector<Delivery> &corpus()
{
    static const std::vector<Delivery> deliveries = [] {
        std::vector<Delivery> result;
        const char *env = std::getenv("OPSDECK_WEBHOOK_DATA_DIR");
        const std::filesystem::path root = env ? env : OPSDECK_WEBHOOK_DATA_DIR;
        std::vector<std::filesystem::path> paths;
        std::error_code ec;
        for (const auto &entry : std::filesystem::recursive_directory_iterator(root, ec)) {
            if (entry.is_regular_file() && entry.path().extension() == ".json"
                && entry.path().filename() != "signature-vectors.json")
                paths.push_back(entry.path());
        }
        std::sort(paths.begin(), paths.end());
        for (const auto &path : paths) {
            Delivery d;
            d.file = std::filesystem::relative(path, root).generic_string();
            d.body = readFile(path);
            const std::string folder = path.parent_path().filename().string();
            if (d.file.starts_with("github/")) {
                d.headers = {{"X-GitHub-Event", folder}, {"X-Hub-Signature-256", sign(d.body)},
                             {"X-GitHub-Delivery", d.file}, {"User-Agent", "GitHub-Hookshot/044aadd"}};
                d.push = folder == "push";
            } else {
                const std::string event = gitlabEvent(path.filename().string());
                d.headers = {{"X-Gitlab-Event", event}, {"X-Gitlab-Token", std::string(kToken)}};
                d.push = event != "System Hook";
            }
            result.push_back(std::move(d));
        }
        return result;
    }();
    return deliveries;
}

WebhookReceiver makeReceiver()
{
    // Deduplication off: the same sample is handled again and again.
    return WebhookReceiver({.githubSecrets = {std::string(kSecret)},
                            .gitlabTokens = {std::string(kToken)},
                            .rememberedDeliveries = 0});
}

template<typename Filter>
void runDeliveries(benchmark::State &state, Filter keep)
{
    std::vector<const Delivery *> selected;
    for (const Delivery &d : corpus()) {
        if (keep(d))
            selected.push_back(&d);
    }
    if (selected.empty()) {
        state.SkipWithError("no webhook samples found; set OPSDECK_WEBHOOK_DATA_DIR");
        return;
    }
    WebhookReceiver receiver = makeReceiver();
    std::size_t bytes = 0, items = 0, triggers = 0, failures = 0;
    for (auto _ : state) {
        for (const Delivery *d : selected) {
            const DeliveryOutcome outcome = receiver.handle(d->headers, d->body);
            benchmark::DoNotOptimize(outcome);
            triggers += outcome.decision == DeliveryDecision::Trigger;
            failures += outcome.decision == DeliveryDecision::Reject || outcome.decision == DeliveryDecision::Invalid;
            bytes += d->body.size();
        }
        items += selected.size();
    }
    if (failures > 0)
        state.SkipWithError("a sample delivery was rejected or invalid");
    state.SetItemsProcessed(static_cast<int64_t>(items));
    state.SetBytesProcessed(static_cast<int64_t>(bytes));
    state.counters["samples"] = static_cast<double>(selected.size());
    state.counters["trigger_share"] = items ? static_cast<double>(triggers) / static_cast<double>(items) : 0.0;
}

// The pushes only (6 GitHub, 2 GitLab): verify + full parse, the work a
// trigger costs. This is the figure the target is about.
void BM_PushDeliveries(benchmark::State &state)
{
    runDeliveries(state, [](const Delivery &d) { return d.push; });
}

// Every sample (117): what a hook subscribed to everything costs. Non-push
// events are verified and ignored without parsing.
void BM_AllDeliveries(benchmark::State &state)
{
    runDeliveries(state, [](const Delivery &) { return true; });
}

// The largest GitHub samples (pull_request, ~28 KB): HMAC cost grows with the body.
void BM_PullRequestDeliveries(benchmark::State &state)
{
    runDeliveries(state, [](const Delivery &d) { return d.file.starts_with("github/pull_request/"); });
}

// The two halves of a push delivery on their own.
void BM_VerifyGitHubPushOnly(benchmark::State &state)
{
    std::vector<const Delivery *> pushes;
    for (const Delivery &d : corpus()) {
        if (d.push && d.file.starts_with("github/"))
            pushes.push_back(&d);
    }
    const std::vector<std::string> secrets{std::string(kSecret)};
    std::size_t items = 0, bytes = 0;
    for (auto _ : state) {
        for (const Delivery *d : pushes) {
            const VerifyResult r = verifyGitHubSignature(d->headers, d->body, secrets);
            benchmark::DoNotOptimize(r);
            bytes += d->body.size();
        }
        items += pushes.size();
    }
    state.SetItemsProcessed(static_cast<int64_t>(items));
    state.SetBytesProcessed(static_cast<int64_t>(bytes));
}

void BM_ParseGitHubPushOnly(benchmark::State &state)
{
    std::vector<const Delivery *> pushes;
    for (const Delivery &d : corpus()) {
        if (d.push && d.file.starts_with("github/"))
            pushes.push_back(&d);
    }
    std::size_t items = 0, bytes = 0;
    for (auto _ : state) {
        for (const Delivery *d : pushes) {
            const PushParseResult r = parsePushEvent(WebhookProvider::GitHub, "push", d->body);
            benchmark::DoNotOptimize(r);
            bytes += d->body.size();
        }
        items += pushes.size();
    }
    state.SetItemsProcessed(static_cast<int64_t>(items));
    state.SetBytesProcessed(static_cast<int64_t>(bytes));
}

BENCHMARK(BM_PushDeliveries);
BENCHMARK(BM_AllDeliveries);
BENCHMARK(BM_PullRequestDeliveries);
BENCHMARK(BM_VerifyGitHubPushOnly);
BENCHMARK(BM_ParseGitHubPushOnly);

} // namespace

BENCHMARK_MAIN();
