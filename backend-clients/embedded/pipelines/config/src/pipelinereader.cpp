// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "readers.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace OpsDeck::Pipelines {

std::string SourcePosition::toString() const
{
    if (line <= 0)
        return file;
    return file + ":" + std::to_string(line) + ":" + std::to_string(column);
}

std::string Diagnostic::toString() const
{
    return where.toString() + ": " + message;
}

const char *toString(When when)
{
    switch (when) {
    case When::OnSuccess: return "on_success";
    case When::Manual: return "manual";
    case When::Always: return "always";
    case When::Never: return "never";
    case When::OnFailure: return "on_failure";
    case When::Delayed: return "delayed";
    }
    return "on_success";
}

const char *toString(PipelineFormat format)
{
    switch (format) {
    case PipelineFormat::Native: return "native";
    case PipelineFormat::GitLab: return "gitlab";
    case PipelineFormat::GitHub: return "github";
    }
    return "gitlab";
}

const JobPlan *Plan::job(const std::string &name) const
{
    for (const JobPlan &j : jobs)
        if (j.name == name)
            return &j;
    return nullptr;
}

// ------------------------------------------------------------------ globs

namespace {

bool matchClass(std::string_view pattern, std::size_t &p, char c)
{
    // pattern[p] == '['; leaves p after the closing ']'.
    std::size_t i = p + 1;
    bool negate = i < pattern.size() && (pattern[i] == '!' || pattern[i] == '^');
    if (negate)
        ++i;
    bool matched = false;
    bool first = true;
    while (i < pattern.size() && (pattern[i] != ']' || first)) {
        first = false;
        if (i + 2 < pattern.size() && pattern[i + 1] == '-' && pattern[i + 2] != ']') {
            if (c >= pattern[i] && c <= pattern[i + 2])
                matched = true;
            i += 3;
        } else {
            if (pattern[i] == c)
                matched = true;
            ++i;
        }
    }
    p = i < pattern.size() ? i + 1 : i;
    return matched != negate;
}

bool globRec(std::string_view pat, std::string_view path, int depth)
{
    if (depth > 64)
        return false;
    std::size_t p = 0, s = 0;
    while (p < pat.size()) {
        char c = pat[p];
        if (c == '{') {
            // Expand the first alternation and match each variant.
            std::size_t close = p, level = 0;
            for (; close < pat.size(); ++close) {
                if (pat[close] == '{')
                    ++level;
                else if (pat[close] == '}' && --level == 0)
                    break;
            }
            if (close >= pat.size())
                return false;
            std::string_view body = pat.substr(p + 1, close - p - 1);
            std::size_t start = 0, lvl = 0;
            for (std::size_t i = 0; i <= body.size(); ++i) {
                if (i < body.size() && body[i] == '{')
                    ++lvl;
                else if (i < body.size() && body[i] == '}')
                    --lvl;
                if (i == body.size() || (body[i] == ',' && lvl == 0)) {
                    std::string variant(pat.substr(0, p));
                    variant += body.substr(start, i - start);
                    variant += pat.substr(close + 1);
                    if (globRec(variant, path, depth + 1))
                        return true;
                    start = i + 1;
                }
            }
            return false;
        }
        if (c == '*') {
            bool doubleStar = p + 1 < pat.size() && pat[p + 1] == '*';
            if (doubleStar) {
                std::size_t next = p + 2;
                // "**/" also matches no folder at all.
                if (next < pat.size() && pat[next] == '/' && globRec(pat.substr(next + 1), path.substr(s), depth + 1))
                    return true;
                for (std::size_t k = s; k <= path.size(); ++k)
                    if (globRec(pat.substr(next), path.substr(k), depth + 1))
                        return true;
                return false;
            }
            for (std::size_t k = s; k <= path.size(); ++k) {
                if (globRec(pat.substr(p + 1), path.substr(k), depth + 1))
                    return true;
                if (k < path.size() && path[k] == '/')
                    break;
            }
            return false;
        }
        if (s >= path.size())
            return false;
        if (c == '?') {
            if (path[s] == '/')
                return false;
        } else if (c == '[') {
            if (!matchClass(pat, p, path[s]))
                return false;
            ++s;
            continue;
        } else if (c != path[s]) {
            return false;
        }
        ++p;
        ++s;
    }
    return s == path.size();
}

} // namespace

bool globMatch(std::string_view pattern, std::string_view path)
{
    while (pattern.starts_with("./"))
        pattern.remove_prefix(2);
    while (pattern.starts_with("/"))
        pattern.remove_prefix(1);
    return globRec(pattern, path, 0);
}

// ------------------------------------------------------------ FolderFiles

FolderFiles::FolderFiles(std::filesystem::path root) : m_root(std::move(root)) {}

std::optional<std::string> FolderFiles::read(const std::string &path) const
{
    std::string rel = path;
    while (rel.starts_with("/"))
        rel.erase(0, 1);
    if (rel.empty() || rel.find("..") != std::string::npos)
        return std::nullopt;
    std::error_code ec;
    auto full = m_root / rel;
    if (!std::filesystem::is_regular_file(full, ec))
        return std::nullopt;
    std::ifstream in(full, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::vector<std::string> FolderFiles::list(const std::string &glob) const
{
    if (!m_all) {
        m_all.emplace();
        std::error_code ec;
        std::filesystem::recursive_directory_iterator it(m_root, ec), end;
        for (; !ec && it != end; it.increment(ec)) {
            if (it->is_directory(ec) && it->path().filename() == ".git") {
                it.disable_recursion_pending();
                continue;
            }
            if (it->is_regular_file(ec))
                m_all->push_back(it->path().lexically_relative(m_root).generic_string());
        }
        std::sort(m_all->begin(), m_all->end());
    }
    std::vector<std::string> out;
    for (const std::string &p : *m_all)
        if (globMatch(glob, p))
            out.push_back(p);
    return out;
}

// --------------------------------------------------------------- dispatch

Plan readPipeline(const IRepositoryFiles &files, const std::string &path,
                  const PipelineContext &context, PipelineFormat format)
{
    Plan plan;
    plan.format = format;
    plan.file = path;
    try {
        switch (format) {
        case PipelineFormat::Native: Internal::readNative(files, path, context, plan); break;
        case PipelineFormat::GitLab: Internal::readGitLab(files, path, context, plan); break;
        case PipelineFormat::GitHub: Internal::readGitHub(files, path, context, plan); break;
        }
    } catch (const std::exception &e) {
        // The readers report problems as diagnostics; this is the last line
        // that keeps one odd file from taking the engine down.
        // Built field by field: GCC 12 at -O3 misreads the nested aggregate
        // initialiser as using an uninitialised string (-Wmaybe-uninitialized).
        Diagnostic diagnostic;
        diagnostic.where.file = path;
        diagnostic.message = std::string("cannot read the pipeline: ") + e.what();
        plan.errors.push_back(std::move(diagnostic));
    }
    return plan;
}

Plan readPipeline(const IRepositoryFiles &files, const std::string &path, const PipelineContext &context)
{
    PipelineFormat format = PipelineFormat::GitLab;
    if (path.starts_with(".opsdeck/") || path.find("/.opsdeck/") != std::string::npos)
        format = PipelineFormat::Native;
    else if (path.find(".github/workflows/") != std::string::npos)
        format = PipelineFormat::GitHub;
    else if (auto text = files.read(path)) {
        // A workflow outside .github/workflows (a test fixture, a copy) still looks like one.
        auto docs = Internal::loadYaml(*text, path);
        if (!docs.error && docs.documents.size() == 1 && docs.documents[0].isMap()
            && docs.documents[0].get("jobs") && (docs.documents[0].get("on") || docs.documents[0].get("true"))
            && !docs.documents[0].get("stages"))
            format = PipelineFormat::GitHub;
    }
    return readPipeline(files, path, context, format);
}

// ------------------------------------------------------------------ output

std::string planToJson(const Plan &plan)
{
    using nlohmann::ordered_json;
    ordered_json out;
    out["file"] = plan.file;
    out["format"] = toString(plan.format);
    out["valid"] = plan.ok();
    out["pipeline_runs"] = plan.pipelineRuns;
    if (!plan.pipelineRuns)
        out["not_run_reason"] = plan.notRunReason;
    out["stages"] = plan.stages;
    ordered_json jobs = ordered_json::array();
    for (const JobPlan &job : plan.jobs) {
        ordered_json j;
        j["name"] = job.name;
        j["stage"] = job.stage;
        j["when"] = toString(job.when);
        j["allow_failure"] = job.allowFailure;
        if (!job.allowFailureExitCodes.empty())
            j["allow_failure_exit_codes"] = job.allowFailureExitCodes;
        if (job.needs) {
            ordered_json needs = ordered_json::array();
            for (const Need &n : *job.needs)
                needs.push_back({{"job", n.job}, {"optional", n.optional}, {"artifacts", n.artifacts}});
            j["needs"] = needs;
        } else {
            j["needs"] = nullptr;
        }
        if (!job.whenReason.empty())
            j["when_reason"] = job.whenReason;
        j["line"] = job.where.line;
        jobs.push_back(std::move(j));
    }
    out["jobs"] = std::move(jobs);
    auto diagnostics = [](const std::vector<Diagnostic> &list) {
        ordered_json a = ordered_json::array();
        for (const Diagnostic &d : list)
            a.push_back({{"file", d.where.file}, {"line", d.where.line}, {"column", d.where.column},
                         {"message", d.message}, {"text", d.toString()}});
        return a;
    };
    out["warnings"] = diagnostics(plan.warnings);
    ordered_json unresolved = ordered_json::array();
    for (const Unresolved &u : plan.unresolved)
        unresolved.push_back({{"file", u.where.file}, {"line", u.where.line}, {"column", u.where.column},
                              {"what", u.what}, {"reason", u.reason}, {"job", u.job}});
    out["unresolved"] = std::move(unresolved);
    out["errors"] = diagnostics(plan.errors);
    // Replace, not throw, on bytes that are not UTF-8: a file may hold anything.
    return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string planToText(const Plan &plan)
{
    std::string out;
    for (const Diagnostic &d : plan.errors)
        out += d.toString() + "\n";
    for (const Diagnostic &d : plan.warnings)
        out += d.where.toString() + ": warning: " + d.message + "\n";
    return out;
}

} // namespace OpsDeck::Pipelines

namespace OpsDeck::Pipelines::Internal {

std::string expandVariables(const std::string &text, const std::map<std::string, std::string> &vars)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '$' || i + 1 >= text.size()) {
            out += text[i];
            continue;
        }
        if (text[i + 1] == '$') {
            out += '$';
            ++i;
            continue;
        }
        bool braced = text[i + 1] == '{';
        std::size_t start = i + (braced ? 2 : 1), end = start;
        while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_'))
            ++end;
        if (end == start || std::isdigit(static_cast<unsigned char>(text[start])) || (braced && (end >= text.size() || text[end] != '}'))) {
            out += text[i];
            continue;
        }
        auto it = vars.find(text.substr(start, end - start));
        if (it != vars.end())
            out += it->second;
        i = braced ? end : end - 1;
    }
    return out;
}

std::optional<YamlDocuments> readYamlFile(const IRepositoryFiles &files, const std::string &path,
                                          const SourcePosition &where, const std::string &missing, Plan &plan)
{
    const std::optional<std::string> text = files.read(path);
    if (!text) {
        plan.errors.push_back({where, missing});
        return std::nullopt;
    }
    YamlDocuments docs = loadYaml(*text, path);
    if (docs.error) {
        plan.errors.push_back(*docs.error);
        return std::nullopt;
    }
    return docs;
}

void warnUnknownKeys(const Value &map, std::initializer_list<std::string_view> known,
                     const std::string &where, Plan &plan)
{
    if (!map.isMap())
        return;
    for (const Value::Entry &e : map.entries)
        if (std::find(known.begin(), known.end(), e.key) == known.end())
            plan.warnings.push_back({e.keyAt, "unknown key '" + e.key + "' in " + where + " (ignored)"});
}

std::map<std::string, std::string> predefinedGitLabVariables(const PipelineContext &ctx)
{
    std::map<std::string, std::string> v;
    v["CI"] = "true";
    v["GITLAB_CI"] = "true";
    v["CI_PIPELINE_SOURCE"] = ctx.source;
    v["CI_DEFAULT_BRANCH"] = ctx.defaultBranch;
    v["CI_COMMIT_REF_PROTECTED"] = "false";
    std::string ref = ctx.tag.empty() ? ctx.branch : ctx.tag;
    v["CI_COMMIT_REF_NAME"] = ref;
    std::string slug;
    for (char c : ref)
        slug += std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(static_cast<unsigned char>(c))) : '-';
    while (!slug.empty() && slug.front() == '-')
        slug.erase(0, 1);
    if (slug.size() > 63)
        slug.resize(63);
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    v["CI_COMMIT_REF_SLUG"] = slug;
    if (!ctx.tag.empty()) {
        v["CI_COMMIT_TAG"] = ctx.tag;
    } else if (ctx.source == "merge_request_event") {
        v["CI_MERGE_REQUEST_SOURCE_BRANCH_NAME"] = ctx.branch;
        v["CI_MERGE_REQUEST_TARGET_BRANCH_NAME"] = ctx.defaultBranch;
        v["CI_MERGE_REQUEST_IID"] = "1";
        v["CI_MERGE_REQUEST_EVENT_TYPE"] = "detached";
    } else {
        v["CI_COMMIT_BRANCH"] = ctx.branch;
    }
    for (const auto &[k, val] : ctx.variables)
        v[k] = val;
    return v;
}

} // namespace OpsDeck::Pipelines::Internal
