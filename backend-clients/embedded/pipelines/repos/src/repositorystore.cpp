// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/pipelines/repositorystore.h"

#include "repository_p.h"

#include <opsdeck/embedded/fileutil.h>
#include <opsdeck/embedded/textposition.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace OpsDeck::Pipelines {

using namespace Git;
namespace fs = std::filesystem;

namespace {

constexpr const char *kRegistry = "repositories.json";
constexpr int kFormat = 1;

std::int64_t nowSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

/** An exclusive flock on the store's LOCK file for as long as it lives. */
class FileLock
{
public:
    FileLock(const std::string &path, RepoStatus *status)
    {
        m_fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (m_fd < 0) {
            *status = failure(RepoErrorCode::Io, "cannot open " + path + ": " + std::strerror(errno));
            return;
        }
        while (::flock(m_fd, LOCK_EX) != 0) {
            if (errno != EINTR) {
                *status = failure(RepoErrorCode::Io, "cannot lock " + path + ": " + std::strerror(errno));
                return;
            }
        }
    }
    ~FileLock()
    {
        if (m_fd >= 0)
            ::close(m_fd); // releases the flock
    }
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

private:
    int m_fd = -1;
};

/** "file:///srv/x.git" -> "/srv/x.git"; any other text unchanged. */
std::string localPathOf(const std::string &source)
{
    if (source.starts_with("file://"))
        return source.substr(7);
    return source;
}

bool isUrl(const std::string &source)
{
    if (source.find("://") != std::string::npos)
        return true;
    // scp-like "git@host:group/repo.git": a colon before the first slash.
    const auto colon = source.find(':');
    const auto slash = source.find('/');
    return colon != std::string::npos && colon > 1 && (slash == std::string::npos || colon < slash);
}

int mirrorRemote(git_remote **out, git_repository *repo, const char *name, const char *url, void *)
{
    // Every ref of the source under its own name (git clone --mirror).
    // Created with options rather than git_remote_create_with_fetchspec:
    // skipping url.*.insteadOf avoids a libgit2 1.5 leak (see originRemote).
    git_remote_create_options options = GIT_REMOTE_CREATE_OPTIONS_INIT;
    options.repository = repo;
    options.name = name;
    options.fetchspec = kMirrorRefspec;
    options.flags = GIT_REMOTE_CREATE_SKIP_INSTEADOF;
    return git_remote_create_with_opts(out, url, &options);
}

/**
 * HEAD of the mirror as the source has it. libgit2 1.5 leaves a mirror
 * clone's HEAD at its init default ("master") when the source's default
 * branch is another, and the default branch is what a pipeline for "the
 * project" builds. Best effort: a source without HEAD keeps the default.
 */
void followSourceHead(git_repository *repo)
{
    std::string url;
    RepoStatus ignored;
    RemotePtr remote = originRemote(repo, "", &url, &ignored);
    if (!remote) {
        git_error_clear();
        return;
    }
    if (git_remote_connect(remote.get(), GIT_DIRECTION_FETCH, nullptr, nullptr, nullptr) != 0) {
        git_error_clear();
        return;
    }
    git_buf branch = GIT_BUF_INIT;
    if (git_remote_default_branch(&branch, remote.get()) == 0) {
        git_reference *ref = nullptr;
        // Only a branch the mirror has: HEAD never points at nothing.
        if (git_reference_lookup(&ref, repo, branch.ptr) == 0) {
            git_reference_free(ref);
            git_repository_set_head(repo, branch.ptr);
        }
    }
    git_error_clear();
    git_buf_dispose(&branch);
    git_remote_disconnect(remote.get());
}

std::string kindName(RepositoryEntry::Kind kind)
{
    return kind == RepositoryEntry::Kind::Mirror ? "mirror" : "local";
}

} // namespace

bool isValidRepositoryName(const std::string &name, std::string *error)
{
    auto fail = [&](const std::string &why) {
        if (error)
            *error = "repository name '" + name + "' " + why;
        return false;
    };
    if (name.empty())
        return fail("is empty");
    if (name.size() > 100)
        return fail("is longer than 100 characters");
    if (name.front() == '.')
        return fail("starts with '.'");
    for (char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                        c == '_' || c == '-';
        if (!ok)
            return fail("may hold only letters, digits, '.', '_' and '-'");
    }
    return true;
}

struct RepositoryStore::Private
{
    std::string dir;
    std::mutex mutex; // add/remove within one process; LOCK across processes

    std::string registryPath() const { return dir + "/" + kRegistry; }
    std::string mirrorPath(const std::string &name) const { return dir + "/mirrors/" + name + ".git"; }

    RepoStatus read(std::vector<RepositoryEntry> *out) const
    {
        out->clear();
        const std::string path = registryPath();
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            std::error_code ec;
            if (!fs::exists(path, ec))
                return {};
            return failure(RepoErrorCode::Io, "cannot read " + path + ": " + std::strerror(errno));
        }
        std::stringstream buffer;
        buffer << in.rdbuf();
        const std::string text = buffer.str();
        nlohmann::json json;
        try {
            json = nlohmann::json::parse(text);
        } catch (const nlohmann::json::parse_error &e) {
            const std::size_t byte = e.byte > 0 ? e.byte - 1 : 0;
            return failure(RepoErrorCode::Corrupt,
                           path + ": " + Embedded::textPosition(text, byte) + ": not valid JSON");
        }
        auto bad = [&](const std::string &what) { return failure(RepoErrorCode::Corrupt, path + ": " + what); };
        if (!json.is_object())
            return bad("not a JSON object");
        if (!json.contains("format") || !json["format"].is_number_integer())
            return bad("field 'format' missing or not a number");
        if (json["format"].get<int>() != kFormat)
            return bad("format " + std::to_string(json["format"].get<int>()) +
                       " is not the format this OpsDeck reads (" + std::to_string(kFormat) + ")");
        if (!json.contains("repositories") || !json["repositories"].is_array())
            return bad("field 'repositories' missing or not an array");
        std::size_t index = 0;
        for (const auto &item : json["repositories"]) {
            ++index;
            const std::string where = "repository " + std::to_string(index);
            if (!item.is_object())
                return bad(where + ": not an object");
            for (const char *field : {"name", "source", "kind", "path"}) {
                if (!item.contains(field) || !item[field].is_string())
                    return bad(where + ": field '" + field + "' missing or not a string");
            }
            RepositoryEntry entry;
            entry.name = item["name"].get<std::string>();
            std::string error;
            if (!isValidRepositoryName(entry.name, &error))
                return bad(where + ": field 'name': " + error);
            entry.source = item["source"].get<std::string>();
            const std::string kind = item["kind"].get<std::string>();
            if (kind == "local")
                entry.kind = RepositoryEntry::Kind::Local;
            else if (kind == "mirror")
                entry.kind = RepositoryEntry::Kind::Mirror;
            else
                return bad(where + " ('" + entry.name + "'): field 'kind' is '" + kind +
                           "', expected 'local' or 'mirror'");
            entry.path = item["path"].get<std::string>();
            // Mirrors are stored relative to the store, so a moved workspace still works.
            if (entry.kind == RepositoryEntry::Kind::Mirror) {
                if (entry.path.empty() || entry.path.front() == '/' || entry.path.find("..") != std::string::npos)
                    return bad(where + " ('" + entry.name + "'): field 'path' of a mirror must lie inside the store");
                entry.path = dir + "/" + entry.path;
            }
            if (item.contains("added")) {
                if (!item["added"].is_number_integer())
                    return bad(where + " ('" + entry.name + "'): field 'added' is not a number");
                entry.addedAt = item["added"].get<std::int64_t>();
            }
            if (std::any_of(out->begin(), out->end(), [&](const RepositoryEntry &e) { return e.name == entry.name; }))
                return bad(where + ": the name '" + entry.name + "' is used twice");
            out->push_back(std::move(entry));
        }
        std::sort(out->begin(), out->end(), [](const auto &a, const auto &b) { return a.name < b.name; });
        return {};
    }

    RepoStatus write(const std::vector<RepositoryEntry> &entries) const
    {
        nlohmann::json list = nlohmann::json::array();
        for (const RepositoryEntry &e : entries) {
            std::string path = e.path;
            if (e.kind == RepositoryEntry::Kind::Mirror && path.starts_with(dir + "/"))
                path = path.substr(dir.size() + 1);
            list.push_back({{"name", e.name}, {"source", e.source}, {"kind", kindName(e.kind)},
                            {"path", path}, {"added", e.addedAt}});
        }
        const nlohmann::json json = {{"format", kFormat}, {"repositories", list}};
        std::string error;
        if (!Embedded::writeFileAtomically(registryPath(), json.dump(2) + "\n", &error))
            return failure(RepoErrorCode::Io, "cannot write " + registryPath() + ": " + error);
        return {};
    }

    RepoStatus cloneMirror(const std::string &name, const std::string &source, std::string *mirror) const
    {
        std::string error;
        if (!Embedded::makeDirectories(dir + "/tmp", &error) || !Embedded::makeDirectories(dir + "/mirrors", &error))
            return failure(RepoErrorCode::Io, "repository '" + name + "': " + error);
        static std::atomic<unsigned> counter{0};
        const std::string tmp =
            dir + "/tmp/" + name + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
        std::error_code ec;
        fs::remove_all(tmp, ec);

        git_clone_options options = GIT_CLONE_OPTIONS_INIT;
        options.bare = 1;
        options.local = GIT_CLONE_LOCAL_NO_LINKS; // no object file shared with the source
        options.remote_cb = &mirrorRemote;
        git_repository *raw = nullptr;
        const int rc = git_clone(&raw, source.c_str(), tmp.c_str(), &options);
        RepoPtr repo(raw);
        if (rc != 0) {
            RepoStatus status = failure(rc, "repository '" + name + "': cannot clone " + source);
            repo.reset();
            fs::remove_all(tmp, ec);
            return status;
        }
        git_config *rawConfig = nullptr;
        if (git_repository_config(&rawConfig, repo.get()) == 0) {
            git_config_set_bool(rawConfig, "remote.origin.mirror", 1);
            git_config_free(rawConfig);
        }
        followSourceHead(repo.get());
        repo.reset();
        const std::string target = mirrorPath(name);
        fs::remove_all(target, ec); // a crash's leftover: no registry entry names it
        fs::rename(tmp, target, ec);
        if (ec) {
            fs::remove_all(tmp, ec);
            return failure(RepoErrorCode::Io, "repository '" + name + "': cannot move the clone to " + target);
        }
        if (!Embedded::syncDirectory(dir + "/mirrors", &error))
            return failure(RepoErrorCode::Io, "repository '" + name + "': " + error);
        *mirror = target;
        return {};
    }
};

RepositoryStore::RepositoryStore(std::unique_ptr<Private> p) : d(std::move(p)) {}
RepositoryStore::~RepositoryStore() = default;

std::unique_ptr<RepositoryStore> RepositoryStore::open(const std::string &dir, RepoStatus *status)
{
    RepoStatus local;
    RepoStatus &st = status ? *status : local;
    st = {};
    ensureInitialised();
    if (dir.empty()) {
        st = failure(RepoErrorCode::InvalidArgument, "no folder given for the repository store");
        return nullptr;
    }
    std::string error;
    if (!Embedded::makeDirectories(dir, &error)) {
        st = failure(RepoErrorCode::Io, "cannot create the repository store " + dir + ": " + error);
        return nullptr;
    }
    auto p = std::make_unique<Private>();
    p->dir = fs::absolute(dir).lexically_normal().string();
    while (p->dir.size() > 1 && p->dir.back() == '/')
        p->dir.pop_back();
    // Read once, so a broken registry is reported when the store opens, not at first use.
    std::vector<RepositoryEntry> entries;
    if (st = p->read(&entries); !st.ok())
        return nullptr;
    return std::unique_ptr<RepositoryStore>(new RepositoryStore(std::move(p)));
}

const std::string &RepositoryStore::directory() const
{
    return d->dir;
}

RepoStatus RepositoryStore::add(const std::string &name, const std::string &source, const AddOptions &options,
                                RepositoryEntry *entryOut)
{
    std::string error;
    if (!isValidRepositoryName(name, &error))
        return failure(RepoErrorCode::InvalidArgument, error);
    if (source.empty())
        return failure(RepoErrorCode::InvalidArgument, "repository '" + name + "': no source given");

    std::lock_guard guard(d->mutex);
    RepoStatus status;
    FileLock lock(d->dir + "/LOCK", &status);
    if (!status.ok())
        return status;
    std::vector<RepositoryEntry> entries;
    if (status = d->read(&entries); !status.ok())
        return status;
    if (std::any_of(entries.begin(), entries.end(), [&](const RepositoryEntry &e) { return e.name == name; }))
        return failure(RepoErrorCode::Exists, "repository '" + name + "' is already registered");
    // Clones run only under LOCK, which we hold: anything in tmp/ is a
    // crashed clone's leftover, never another process's work in progress.
    {
        std::error_code ec;
        for (const auto &leftover : fs::directory_iterator(d->dir + "/tmp", ec))
            fs::remove_all(leftover.path(), ec);
    }

    RepositoryEntry entry;
    entry.name = name;
    entry.source = source;
    entry.addedAt = nowSeconds();

    const bool url = isUrl(source);
    const bool fileUrl = source.starts_with("file://");
    bool bare = false;
    if (!url || fileUrl) {
        // A local source is checked here, so "not a repository" is said plainly
        // rather than as whatever the clone machinery makes of it.
        const std::string path = localPathOf(source);
        std::error_code ec;
        if (!fs::exists(path, ec))
            return failure(RepoErrorCode::NotFound, "repository '" + name + "': " + path + " does not exist");
        RepoPtr probe = HandlePool::openHandle(path, name, &status);
        if (!probe) {
            const auto detail = status.message.find(" (libgit2:");
            status.message = "repository '" + name + "': " + path + " is not a git repository" +
                             (detail == std::string::npos ? std::string() : status.message.substr(detail));
            status.code = RepoErrorCode::NotARepository;
            return status;
        }
        bare = git_repository_is_bare(probe.get()) != 0;
    }
    AddOptions::Mode mode = options.mode;
    if (mode == AddOptions::Mode::Auto)
        mode = (!url && !bare) ? AddOptions::Mode::InPlace : AddOptions::Mode::Mirror;
    if (mode == AddOptions::Mode::InPlace) {
        if (url && !fileUrl)
            return failure(RepoErrorCode::InvalidArgument,
                           "repository '" + name + "': " + source + " is a URL; only a local repository is used in place");
        entry.kind = RepositoryEntry::Kind::Local;
        entry.path = fs::absolute(localPathOf(source)).lexically_normal().string();
        while (entry.path.size() > 1 && entry.path.back() == '/')
            entry.path.pop_back();
    } else {
        entry.kind = RepositoryEntry::Kind::Mirror;
        if (status = d->cloneMirror(name, source, &entry.path); !status.ok())
            return status;
    }
    entries.push_back(entry);
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    if (status = d->write(entries); !status.ok()) {
        if (entry.kind == RepositoryEntry::Kind::Mirror) {
            std::error_code ec;
            fs::remove_all(entry.path, ec);
        }
        return status;
    }
    if (entryOut)
        *entryOut = entry;
    return {};
}

RepoStatus RepositoryStore::remove(const std::string &name)
{
    std::lock_guard guard(d->mutex);
    RepoStatus status;
    FileLock lock(d->dir + "/LOCK", &status);
    if (!status.ok())
        return status;
    std::vector<RepositoryEntry> entries;
    if (status = d->read(&entries); !status.ok())
        return status;
    const auto it = std::find_if(entries.begin(), entries.end(), [&](const auto &e) { return e.name == name; });
    if (it == entries.end())
        return failure(RepoErrorCode::NotFound, "repository '" + name + "' is not registered");
    const RepositoryEntry removed = *it;
    entries.erase(it);
    // The registry first: a crash between the two leaves an unnamed mirror
    // (garbage the next add of that name clears), never a name without one.
    if (status = d->write(entries); !status.ok())
        return status;
    if (removed.kind == RepositoryEntry::Kind::Mirror) {
        std::error_code ec;
        fs::remove_all(d->mirrorPath(name), ec);
        if (ec)
            return failure(RepoErrorCode::Io, "repository '" + name + "' was removed, but its mirror " +
                                                  d->mirrorPath(name) + " could not be deleted: " + ec.message());
    }
    return {};
}

RepoStatus RepositoryStore::list(std::vector<RepositoryEntry> *out) const
{
    return d->read(out);
}

RepoStatus RepositoryStore::find(const std::string &name, RepositoryEntry *out) const
{
    std::vector<RepositoryEntry> entries;
    if (RepoStatus status = d->read(&entries); !status.ok())
        return status;
    for (RepositoryEntry &entry : entries) {
        if (entry.name == name) {
            *out = std::move(entry);
            return {};
        }
    }
    return failure(RepoErrorCode::NotFound, "repository '" + name + "' is not registered");
}

std::unique_ptr<Repository> RepositoryStore::repository(const std::string &name, RepoStatus *status) const
{
    RepoStatus local;
    RepoStatus &st = status ? *status : local;
    RepositoryEntry entry;
    if (st = find(name, &entry); !st.ok())
        return nullptr;
    auto repo = Repository::open(entry.path, name, &st);
    if (repo)
        repo->d->mirror = entry.kind == RepositoryEntry::Kind::Mirror;
    return repo;
}

} // namespace OpsDeck::Pipelines
