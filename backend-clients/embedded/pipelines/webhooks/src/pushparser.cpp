// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// GitHub "push" and GitLab "push" / "tag_push" bodies into one PushEvent.
// Field names and meanings: docs/webhooks.md.
#include "opsdeck/pipelines/webhook.h"

#include "opsdeck/embedded/textposition.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace OpsDeck::Pipelines {

namespace {

using Json = nlohmann::json;

// Reads fields of the body, remembering the first problem with the dotted
// path of the field it is about ("commits[2].author.name"). After a problem
// every read returns an empty value, so a parser can read on and check once.
class FieldReader
{
public:
    explicit FieldReader(std::string context)
        : m_context(std::move(context))
    {}

    bool ok() const { return m_error.empty(); }
    const std::string &error() const { return m_error; }

    void fail(const std::string &path, const std::string &what)
    {
        if (m_error.empty())
            m_error = m_context + " field '" + path + "': " + what;
    }

    // The member \a key of \a object, or null (and a problem) when absent.
    const Json *member(const Json &object, const std::string &path, std::string_view key, bool required = true)
    {
        if (!ok())
            return nullptr;
        const auto it = object.find(key);
        if (it == object.end()) {
            if (required)
                fail(path, "missing");
            return nullptr;
        }
        return &*it;
    }

    const Json *object(const Json &parent, const std::string &parentPath, std::string_view key)
    {
        const std::string path = join(parentPath, key);
        const Json *value = member(parent, path, key);
        if (value && !value->is_object()) {
            fail(path, std::string("expected an object, found ") + value->type_name());
            return nullptr;
        }
        return value;
    }

    const Json *array(const Json &parent, const std::string &parentPath, std::string_view key)
    {
        const std::string path = join(parentPath, key);
        const Json *value = member(parent, path, key);
        if (value && !value->is_array()) {
            fail(path, std::string("expected an array, found ") + value->type_name());
            return nullptr;
        }
        return value;
    }

    // A string member; \a allowEmpty false makes "" a problem too. Optional
    // members may also be null (GitHub sends "email": null for some users).
    std::string string(const Json &parent, const std::string &parentPath, std::string_view key,
                       bool required = true, bool allowEmpty = false)
    {
        const std::string path = join(parentPath, key);
        const Json *value = member(parent, path, key, required);
        if (!value)
            return {};
        if (!required && value->is_null())
            return {};
        if (!value->is_string()) {
            fail(path, std::string("expected a string, found ") + value->type_name());
            return {};
        }
        std::string text = value->get<std::string>();
        if (text.empty() && required && !allowEmpty)
            fail(path, "is empty");
        return text;
    }

    bool boolean(const Json &parent, const std::string &parentPath, std::string_view key, bool required = true)
    {
        const std::string path = join(parentPath, key);
        const Json *value = member(parent, path, key, required);
        if (!value)
            return false;
        if (!value->is_boolean()) {
            fail(path, std::string("expected true or false, found ") + value->type_name());
            return false;
        }
        return value->get<bool>();
    }

    // A full commit id: 40 (SHA-1) or 64 (SHA-256 repositories) lowercase hex digits.
    std::string commitId(const Json &parent, const std::string &parentPath, std::string_view key)
    {
        std::string id = string(parent, parentPath, key);
        if (!ok())
            return {};
        const bool hex = std::all_of(id.begin(), id.end(), [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
        });
        if (!hex || (id.size() != 40 && id.size() != 64))
            fail(join(parentPath, key), "expected a commit id of 40 or 64 lowercase hex digits, found \""
                                            + (id.size() > 80 ? id.substr(0, 80) + "..." : id) + "\"");
        return id;
    }

    static std::string join(const std::string &parent, std::string_view key)
    {
        return parent.empty() ? std::string(key) : parent + "." + std::string(key);
    }

    static std::string indexed(const std::string &path, std::size_t i)
    {
        return path + "[" + std::to_string(i) + "]";
    }

private:
    std::string m_context;
    std::string m_error;
};

PushParseResult invalid(std::string message)
{
    return {PushParseResult::Status::Invalid, std::nullopt, std::move(message)};
}

PushParseResult notAPush(std::string message)
{
    return {PushParseResult::Status::NotAPush, std::nullopt, std::move(message)};
}

// The body as a JSON object, or a message with the line and column of the
// first syntax error.
bool parseBody(std::string_view body, const std::string &context, Json &out, std::string &error)
{
    try {
        out = Json::parse(body.begin(), body.end());
    } catch (const Json::parse_error &e) {
        const std::size_t at = e.byte > 0 ? e.byte - 1 : 0;
        error = context + " body " + Embedded::textPosition(body, at) + ": not valid JSON";
        return false;
    } catch (const Json::exception &) {
        error = context + " body: not valid JSON (a number is out of range)";
        return false;
    }
    if (!out.is_object()) {
        error = context + " body: expected a JSON object, found " + out.type_name();
        return false;
    }
    return true;
}

void classifyRef(PushEvent &push)
{
    constexpr std::string_view heads = "refs/heads/";
    constexpr std::string_view tags = "refs/tags/";
    const std::string_view ref = push.ref;
    if (ref.starts_with(heads)) {
        push.refKind = RefKind::Branch;
        push.refName = std::string(ref.substr(heads.size()));
    } else if (ref.starts_with(tags)) {
        push.refKind = RefKind::Tag;
        push.refName = std::string(ref.substr(tags.size()));
    } else {
        push.refKind = RefKind::Other;
        push.refName = push.ref;
    }
}

void readCommits(FieldReader &r, const Json &body, std::vector<PushCommit> &out)
{
    const Json *commits = r.array(body, {}, "commits");
    if (!commits)
        return;
    out.reserve(commits->size());
    for (std::size_t i = 0; i < commits->size() && r.ok(); ++i) {
        const std::string path = FieldReader::indexed("commits", i);
        const Json &item = (*commits)[i];
        if (!item.is_object()) {
            r.fail(path, std::string("expected an object, found ") + item.type_name());
            return;
        }
        PushCommit commit;
        commit.id = r.commitId(item, path, "id");
        // An empty message is rare but legal (git commit --allow-empty-message).
        commit.message = r.string(item, path, "message", true, true);
        commit.timestamp = r.string(item, path, "timestamp");
        if (const Json *author = r.object(item, path, "author")) {
            const std::string authorPath = FieldReader::join(path, "author");
            commit.authorName = r.string(*author, authorPath, "name");
            commit.authorEmail = r.string(*author, authorPath, "email", false);
        }
        out.push_back(std::move(commit));
    }
}

PushParseResult parseGitHubPush(std::string_view body)
{
    const std::string context = "GitHub push";
    Json json;
    std::string error;
    if (!parseBody(body, context, json, error))
        return invalid(std::move(error));

    FieldReader r(context);
    PushEvent push;
    push.provider = WebhookProvider::GitHub;
    push.ref = r.string(json, {}, "ref");
    push.before = r.commitId(json, {}, "before");
    push.after = r.commitId(json, {}, "after");
    push.created = r.boolean(json, {}, "created");
    push.deleted = r.boolean(json, {}, "deleted");
    push.forced = r.boolean(json, {}, "forced", false);
    if (const Json *repository = r.object(json, {}, "repository")) {
        push.repository.name = r.string(*repository, "repository", "name");
        push.repository.fullPath = r.string(*repository, "repository", "full_name");
        push.repository.cloneUrl = r.string(*repository, "repository", "clone_url");
    }
    if (const Json *pusher = r.object(json, {}, "pusher"))
        push.pusher = r.string(*pusher, "pusher", "name");
    readCommits(r, json, push.commits);
    if (!r.ok())
        return invalid(r.error());
    // The flags and the ids say the same thing in every delivery GitHub
    // sends; trusting either alone would let one odd payload start a run
    // for a ref that is gone.
    push.created = push.created || isNullCommit(push.before);
    push.deleted = push.deleted || isNullCommit(push.after);
    classifyRef(push);
    return {PushParseResult::Status::Push, std::move(push), {}};
}

PushParseResult parseGitLabPush(std::string_view event, std::string_view body)
{
    const std::string context = "GitLab push";
    Json json;
    std::string error;
    if (!parseBody(body, context, json, error))
        return invalid(std::move(error));

    FieldReader r(context);
    // System hooks also carry project and user events, some without an
    // object_kind (event_name only); none of those is a push.
    if (event == "System Hook" && !json.contains("object_kind")) {
        const auto name = json.find("event_name");
        return notAPush("GitLab system hook event '"
                        + (name != json.end() && name->is_string() ? name->get<std::string>() : std::string("unnamed"))
                        + "' is not a push; ignored");
    }
    const std::string kind = r.string(json, {}, "object_kind");
    if (!r.ok())
        return invalid(r.error());
    if (kind != "push" && kind != "tag_push") {
        if (event == "System Hook")
            return notAPush("GitLab system hook event '" + kind + "' is not a push; ignored");
        return invalid("GitLab push field 'object_kind': \"" + kind + "\" does not match header X-Gitlab-Event \""
                       + std::string(event) + "\"");
    }
    const std::string_view expected = kind == "push" ? "Push Hook" : "Tag Push Hook";
    if (event != "System Hook" && event != expected)
        return invalid("GitLab push field 'object_kind': \"" + kind + "\" does not match header X-Gitlab-Event \""
                       + std::string(event) + "\" (expected \"" + std::string(expected) + "\")");

    PushEvent push;
    push.provider = WebhookProvider::GitLab;
    push.ref = r.string(json, {}, "ref");
    push.before = r.commitId(json, {}, "before");
    push.after = r.commitId(json, {}, "after");
    // user_username is the login; older GitLab versions sent only user_name.
    push.pusher = r.string(json, {}, "user_username", false);
    if (push.pusher.empty())
        push.pusher = r.string(json, {}, "user_name");
    if (const Json *project = r.object(json, {}, "project")) {
        push.repository.name = r.string(*project, "project", "name");
        push.repository.fullPath = r.string(*project, "project", "path_with_namespace");
        push.repository.cloneUrl = r.string(*project, "project", "git_http_url");
    }
    readCommits(r, json, push.commits);
    if (!r.ok())
        return invalid(r.error());
    push.created = isNullCommit(push.before);
    push.deleted = isNullCommit(push.after);
    classifyRef(push);
    if (kind == "tag_push" && push.refKind != RefKind::Tag)
        return invalid("GitLab push field 'ref': a tag push names \"" + push.ref + "\", not refs/tags/...");
    return {PushParseResult::Status::Push, std::move(push), {}};
}

} // namespace

bool isNullCommit(std::string_view id)
{
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) { return c == '0'; });
}

PushParseResult parsePushEvent(WebhookProvider provider, std::string_view event, std::string_view body)
{
    switch (provider) {
    case WebhookProvider::GitHub:
        if (event == "push")
            return parseGitHubPush(body);
        if (event == "ping")
            return notAPush("GitHub event 'ping': the webhook is set up; nothing to run");
        return notAPush("GitHub event '" + std::string(event) + "' is not a push; ignored");
    case WebhookProvider::GitLab:
        if (event == "Push Hook" || event == "Tag Push Hook" || event == "System Hook")
            return parseGitLabPush(event, body);
        return notAPush("GitLab event '" + std::string(event) + "' is not a push; ignored");
    }
    return invalid("unknown webhook provider");
}

} // namespace OpsDeck::Pipelines
