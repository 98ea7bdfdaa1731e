// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "gitutil.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace OpsDeck::Pipelines::Git {

void ensureInitialised()
{
    static std::once_flag once;
    // libgit2 keeps global state (allocators, TLS error slots, settings)
    // that must exist before any thread uses it; never shut down, so a
    // handle freed during static destruction still finds it.
    std::call_once(once, [] { git_libgit2_init(); });
}

std::string lastError(int code)
{
    const git_error *error = git_error_last();
    if (error && error->message && *error->message) {
        std::string text = error->message;
        while (!text.empty() && (text.back() == '\n' || text.back() == '.'))
            text.pop_back();
        return text;
    }
    return "error " + std::to_string(code);
}

RepoStatus failure(int gitCode, const std::string &message, RepoErrorCode code)
{
    return {code, message + " (libgit2: " + lastError(gitCode) + ")"};
}

RepoStatus failure(RepoErrorCode code, const std::string &message)
{
    return {code, message};
}

std::string oidString(const git_oid *oid)
{
    char buffer[GIT_OID_HEXSZ + 1];
    git_oid_tostr(buffer, sizeof buffer, oid);
    return buffer;
}

bool isZeroId(const std::string &id)
{
    return id.size() == GIT_OID_HEXSZ && std::all_of(id.begin(), id.end(), [](char c) { return c == '0'; });
}

HandlePool::~HandlePool()
{
    for (git_repository *repo : m_idle)
        git_repository_free(repo);
}

HandlePool::Lease::~Lease()
{
    if (m_repo)
        m_pool->giveBack(m_repo);
}

void HandlePool::giveBack(git_repository *repo)
{
    std::lock_guard lock(m_mutex);
    if (m_idle.size() < kMaxIdle) {
        m_idle.push_back(repo);
        return;
    }
    git_repository_free(repo);
}

HandlePool::Lease HandlePool::lease(const std::string &name, RepoStatus *status)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_idle.empty()) {
            git_repository *repo = m_idle.back();
            m_idle.pop_back();
            return Lease(this, repo);
        }
    }
    RepoPtr repo = openHandle(m_path, name, status);
    return Lease(this, repo.release());
}

RepoPtr HandlePool::openHandle(const std::string &path, const std::string &name, RepoStatus *status)
{
    ensureInitialised();
    git_repository *raw = nullptr;
    const int rc = git_repository_open_ext(&raw, path.c_str(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr);
    if (rc != 0) {
        // A folder we may not read looks to libgit2 like no repository; say what it is.
        if (::access(path.c_str(), R_OK | X_OK) != 0) {
            const int error = errno;
            if (status)
                *status = failure(RepoErrorCode::Io, "repository '" + name + "': cannot read " + path + ": " +
                                                         std::strerror(error));
            return nullptr;
        }
        if (status) {
            const RepoErrorCode code = rc == GIT_ENOTFOUND ? RepoErrorCode::NotARepository : RepoErrorCode::Corrupt;
            *status = failure(rc, "repository '" + name + "': cannot open " + path, code);
        }
        return nullptr;
    }
    return RepoPtr(raw);
}

RemotePtr originRemote(git_repository *repo, const std::string &repoName, std::string *url, RepoStatus *status)
{
    git_config *rawConfig = nullptr;
    int rc = git_repository_config_snapshot(&rawConfig, repo);
    if (rc != 0) {
        *status = failure(rc, "repository '" + repoName + "': cannot read its configuration", RepoErrorCode::Corrupt);
        return nullptr;
    }
    Ptr<git_config, git_config_free> config(rawConfig);
    const char *value = nullptr;
    rc = git_config_get_string(&value, config.get(), "remote.origin.url");
    if (rc != 0) {
        *status = failure(rc, "repository '" + repoName + "': no remote 'origin' to fetch from", RepoErrorCode::Corrupt);
        return nullptr;
    }
    *url = value;
    git_remote_create_options options = GIT_REMOTE_CREATE_OPTIONS_INIT;
    options.repository = repo;
    options.flags = GIT_REMOTE_CREATE_SKIP_INSTEADOF | GIT_REMOTE_CREATE_SKIP_DEFAULT_FETCHSPEC;
    git_remote *raw = nullptr;
    rc = git_remote_create_with_opts(&raw, url->c_str(), &options);
    if (rc != 0) {
        *status = failure(rc, "repository '" + repoName + "': cannot use its remote " + *url);
        return nullptr;
    }
    return RemotePtr(raw);
}

RepoStatus resolveCommit(git_repository *repo, const std::string &repoName, const std::string &ref,
                         CommitPtr *out)
{
    if (ref.empty())
        return failure(RepoErrorCode::InvalidArgument, "repository '" + repoName + "': empty ref");
    if (ref.find('\0') != std::string::npos || ref.front() == '-')
        return failure(RepoErrorCode::InvalidArgument, "repository '" + repoName + "': invalid ref '" + ref + "'");
    // A branch or tag name is resolved here rather than by git_revparse_single:
    // libgit2 1.5's revparse leaks the reference (and with it the refdb)
    // when the ref names an object that is missing.
    git_reference *rawRef = nullptr;
    if (git_reference_dwim(&rawRef, repo, ref.c_str()) == 0) {
        RefPtr reference(rawRef);
        git_object *peeled = nullptr;
        const int rc = git_reference_peel(&peeled, reference.get(), GIT_OBJECT_COMMIT);
        if (rc == 0) {
            out->reset(reinterpret_cast<git_commit *>(peeled));
            return {};
        }
        const git_oid *target = git_reference_target(reference.get());
        const std::string id = target ? oidString(target) : std::string("?");
        if (rc == GIT_ENOTFOUND)
            return failure(rc, "repository '" + repoName + "': ref '" + ref + "' points to object " + id +
                                   ", which cannot be read", RepoErrorCode::Corrupt);
        return failure(rc, "repository '" + repoName + "': ref '" + ref + "' does not point to a commit",
                       RepoErrorCode::RefNotFound);
    }
    git_error_clear();
    git_object *raw = nullptr;
    int rc = git_revparse_single(&raw, repo, ref.c_str());
    ObjectPtr object(raw);
    if (rc != 0) {
        const RepoErrorCode code = (rc == GIT_ENOTFOUND || rc == GIT_EAMBIGUOUS || rc == GIT_EINVALIDSPEC)
                                       ? RepoErrorCode::RefNotFound
                                       : RepoErrorCode::Corrupt;
        const char *what = rc == GIT_EAMBIGUOUS ? "' is ambiguous" : "' not found";
        return failure(rc, "repository '" + repoName + "': ref '" + ref + what, code);
    }
    git_object *peeled = nullptr;
    rc = git_object_peel(&peeled, object.get(), GIT_OBJECT_COMMIT);
    if (rc != 0) {
        return failure(rc, "repository '" + repoName + "': ref '" + ref + "' is a " +
                               git_object_type2string(git_object_type(object.get())) + ", not a commit",
                       RepoErrorCode::RefNotFound);
    }
    out->reset(reinterpret_cast<git_commit *>(peeled));
    return {};
}

namespace {

std::string text(const char *s)
{
    return s ? std::string(s) : std::string();
}

// git's %s: the first paragraph with its line breaks folded into spaces.
std::string summaryOf(const std::string &message)
{
    std::size_t start = 0;
    while (start < message.size() && std::isspace(static_cast<unsigned char>(message[start])))
        ++start;
    std::string out;
    std::size_t i = start;
    while (i < message.size()) {
        std::size_t end = message.find('\n', i);
        if (end == std::string::npos)
            end = message.size();
        std::string line = message.substr(i, end - i);
        while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back())))
            line.pop_back();
        if (line.empty())
            break; // a blank line ends the first paragraph
        if (!out.empty())
            out += ' ';
        out += line;
        i = end + 1;
    }
    return out;
}

} // namespace

void fillCommitInfo(git_commit *commit, CommitInfo *out)
{
    out->id = oidString(git_commit_id(commit));
    git_buf buf = GIT_BUF_INIT;
    if (git_object_short_id(&buf, reinterpret_cast<const git_object *>(commit)) == 0)
        out->shortId.assign(buf.ptr, buf.size);
    else
        out->shortId = out->id.substr(0, 7);
    git_buf_dispose(&buf);
    const git_signature *author = git_commit_author(commit);
    const git_signature *committer = git_commit_committer(commit);
    out->authorName = text(author->name);
    out->authorEmail = text(author->email);
    out->authorTime = author->when.time;
    out->authorOffsetMinutes = author->when.offset;
    out->committerName = text(committer->name);
    out->committerEmail = text(committer->email);
    out->commitTime = git_commit_time(commit);
    out->message = text(git_commit_message_raw(commit));
    out->summary = summaryOf(out->message);
    out->parents.clear();
    const unsigned count = git_commit_parentcount(commit);
    for (unsigned i = 0; i < count; ++i)
        out->parents.push_back(oidString(git_commit_parent_id(commit, i)));
}

} // namespace OpsDeck::Pipelines::Git
