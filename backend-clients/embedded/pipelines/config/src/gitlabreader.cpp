// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The .gitlab-ci.yml subset: include:local, spec:inputs, extends, !reference,
// default:, variables, parallel/matrix, rules, only/except, workflow:rules.
// The order of the steps follows GitLab (and gitlab-ci-local, which the tests
// compare against): merge includes, extends, !reference, default, then jobs.
#include "readers.h"

#include <algorithm>
#include <functional>
#include <set>
#include <stdexcept>

namespace OpsDeck::Pipelines::Internal {

namespace {

constexpr int kMaxIncludes = 150;
constexpr int kMaxExtendsDepth = 11;

const std::set<std::string, std::less<>> kGlobalKeys = {
    "stages", "variables", "default", "include", "workflow", "image", "services", "cache",
    "before_script", "after_script", "spec", "types", "pages:deploy"};

const std::initializer_list<std::string_view> kJobKeys = {
    "after_script", "allow_failure", "artifacts", "before_script", "cache", "coverage",
    "dast_configuration", "dependencies", "environment", "except", "extends", "hooks",
    "id_tokens", "identity", "image", "inherit", "interruptible", "manual_confirmation", "needs",
    "only", "pages", "parallel", "release", "resource_group", "retry", "rules", "script",
    "secrets", "services", "stage", "start_in", "tags", "timeout", "trigger", "variables", "when",
    "run", "description"};

struct Reader
{
    const IRepositoryFiles &files;
    const PipelineContext &ctx;
    Plan &plan;
    int includeCount = 0;
    std::map<std::string, std::string> predefined;

    void error(const SourcePosition &at, const std::string &message)
    {
        plan.errors.push_back({at, message});
    }

    // A name that is not defined is an error, unless an include could not be
    // read: then it most likely lives there, and the plan says so instead.
    void missing(const SourcePosition &at, const std::string &what)
    {
        for (const Unresolved &u : plan.unresolved) {
            if (u.what.starts_with("include:")) {
                plan.unresolved.push_back({at, what, "not defined in the files read; it probably comes from "
                                                       "an include that is not available offline", {}});
                return;
            }
        }
        error(at, what + " is not defined");
    }

    // ------------------------------------------------------------ inputs

    // Replaces $[[ inputs.name ]] (with optional "| function" parts) in every scalar.
    void applyInputs(Value &v, const std::map<std::string, std::string> &inputs)
    {
        auto substitute = [&](std::string &s, const SourcePosition &at) {
            std::size_t pos = 0;
            while ((pos = s.find("$[[", pos)) != std::string::npos) {
                std::size_t close = s.find("]]", pos);
                if (close == std::string::npos)
                    break;
                std::string inner = s.substr(pos + 3, close - pos - 3);
                std::string name = inner.substr(0, inner.find('|'));
                name.erase(0, name.find_first_not_of(" \t"));
                name.erase(name.find_last_not_of(" \t") + 1);
                if (!name.starts_with("inputs.")) {
                    pos = close + 2;
                    continue;
                }
                name = name.substr(7);
                auto it = inputs.find(name);
                if (it == inputs.end()) {
                    error(at, "unknown input '" + name + "' in $[[ " + inner + " ]]");
                    pos = close + 2;
                    continue;
                }
                s.replace(pos, close + 2 - pos, it->second);
                pos += it->second.size();
            }
        };
        if (v.isScalar())
            substitute(v.scalar, v.at);
        for (Value &item : v.items)
            applyInputs(item, inputs);
        for (Value::Entry &e : v.entries) {
            substitute(e.key, e.keyAt);
            applyInputs(e.value, inputs);
        }
    }

    // Loads one file: the pipeline document, with its spec:inputs header applied.
    std::optional<Value> loadFile(const std::string &path, const Value *givenInputs, const SourcePosition &from)
    {
        std::optional<YamlDocuments> loaded
            = readYamlFile(files, path, from, "included file '" + path + "' does not exist at this commit", plan);
        if (!loaded)
            return std::nullopt;
        YamlDocuments &docs = *loaded;
        if (docs.documents.empty())
            return Value{Value::Kind::Map, {}, {}, {}, {}, {path, 1, 1}};
        const Value *spec = nullptr;
        Value body = docs.documents.back();
        if (docs.documents.size() >= 2 && docs.documents[0].isMap() && docs.documents[0].get("spec"))
            spec = docs.documents[0].get("spec");
        std::map<std::string, std::string> inputs;
        if (spec && spec->get("inputs") && spec->get("inputs")->isMap()) {
            for (const Value::Entry &e : spec->get("inputs")->entries) {
                const Value *given = givenInputs ? givenInputs->get(e.key) : nullptr;
                const Value *def = e.value.isMap() ? e.value.get("default") : nullptr;
                if (given && given->isScalar())
                    inputs[e.key] = given->scalar;
                else if (given && given->isNull())
                    inputs[e.key] = "";
                else if (def && def->isScalar())
                    inputs[e.key] = def->scalar;
                else if (def && def->isNull())
                    inputs[e.key] = "";
                else if (given || def)
                    inputs[e.key] = ""; // lists and maps are not interpolated into text
                else
                    error(e.keyAt, "input '" + e.key + "' has no default and the include gives no value");
            }
        }
        if (givenInputs && givenInputs->isMap())
            for (const Value::Entry &e : givenInputs->entries)
                if (!inputs.count(e.key))
                    error(e.keyAt, "input '" + e.key + "' is not declared in " + path + " spec:inputs");
        if (!body.isMap()) {
            if (body.isNull())
                return Value{Value::Kind::Map, {}, {}, {}, {}, {path, 1, 1}};
            error(body.at, "the pipeline must be a mapping of keys to values");
            return std::nullopt;
        }
        applyInputs(body, inputs);
        return body;
    }

    // ---------------------------------------------------------- includes

    bool includeRulesMatch(const Value &rules)
    {
        if (!rules.isSequence())
            return true;
        for (const Value &rule : rules.items) {
            if (!rule.isMap())
                continue;
            if (const Value *cond = rule.get("if")) {
                try {
                    if (!evaluateGitLabCondition(cond->scalar, predefined))
                        continue;
                } catch (const std::exception &e) {
                    error(cond->at, std::string("include rules:if: ") + e.what());
                    continue;
                }
            }
            if (const Value *exists = rule.get("exists"); exists && !existsMatches(*exists))
                continue;
            const Value *when = rule.get("when");
            return !(when && when->scalar == "never");
        }
        return false;
    }

    // Merges every file \a doc includes (depth first), then \a doc itself on top.
    Value resolveIncludes(Value doc, int depth)
    {
        Value merged{Value::Kind::Map, {}, {}, {}, {}, doc.at};
        const Value *include = doc.get("include");
        if (include && depth > 100) {
            error(include->at, "includes nest deeper than 100 files");
            include = nullptr;
        }
        std::vector<Value> entries;
        if (include) {
            if (include->isSequence())
                entries = include->items;
            else
                entries.push_back(*include);
        }
        for (const Value &entry : entries) {
            if (++includeCount > kMaxIncludes) {
                error(entry.at, "more than 150 includes");
                break;
            }
            std::string local;
            const Value *inputs = nullptr;
            if (entry.isScalar()) {
                local = entry.scalar;
                if (local.starts_with("http://") || local.starts_with("https://")) {
                    plan.unresolved.push_back({entry.at, "include:remote " + local,
                                               "remote files are not fetched offline", {}});
                    continue;
                }
            } else if (entry.isMap()) {
                if (const Value *rules = entry.get("rules"); rules && !includeRulesMatch(*rules))
                    continue;
                inputs = entry.get("inputs");
                if (const Value *l = entry.get("local")) {
                    local = l->scalar;
                } else if (const Value *p = entry.get("project")) {
                    std::string files_;
                    if (const Value *f = entry.get("file"))
                        for (const std::string &s : stringList(*f))
                            files_ += (files_.empty() ? "" : ", ") + s;
                    plan.unresolved.push_back({entry.at, "include:project " + p->scalar + (files_.empty() ? "" : " (" + files_ + ")"),
                                               "files of another project are not available offline", {}});
                    continue;
                } else if (const Value *c = entry.get("component")) {
                    plan.unresolved.push_back({entry.at, "include:component " + c->scalar,
                                               "CI/CD catalog components are not available offline", {}});
                    continue;
                } else if (const Value *t = entry.get("template")) {
                    plan.unresolved.push_back({entry.at, "include:template " + t->scalar,
                                               "GitLab's templates are not bundled; the template's jobs are missing", {}});
                    continue;
                } else if (const Value *r = entry.get("remote")) {
                    plan.unresolved.push_back({entry.at, "include:remote " + r->scalar,
                                               "remote files are not fetched offline", {}});
                    continue;
                } else {
                    error(entry.at, "include entry needs one of local, project, component, template or remote");
                    continue;
                }
            } else {
                error(entry.at, "include entry must be a path or a mapping");
                continue;
            }
            local = expandVariables(local, predefined);
            if (local.starts_with("./") || local.find("..") != std::string::npos) {
                error(entry.at, "include:local '" + local + "' must be a path from the repository root, without './' or '..'");
                continue;
            }
            while (local.starts_with("/"))
                local.erase(0, 1);
            std::vector<std::string> paths;
            if (local.find_first_of("*?[{") != std::string::npos) {
                paths = files.list(local);
                if (paths.empty()) {
                    error(entry.at, "include:local '" + local + "' matches no file");
                    continue;
                }
            } else {
                paths.push_back(local);
            }
            for (const std::string &p : paths) {
                auto body = loadFile(p, inputs, entry.at);
                if (!body)
                    continue;
                Value resolved = resolveIncludes(std::move(*body), depth + 1);
                deepMerge(merged, resolved);
            }
        }
        doc.remove("include");
        deepMerge(merged, doc);
        return merged;
    }

    // ------------------------------------------------ extends, !reference

    void resolveExtends(Value &root)
    {
        std::map<std::string, Value> resolved;
        std::function<std::optional<Value>(const std::string &, int, const SourcePosition &)> resolve =
            [&](const std::string &name, int depth, const SourcePosition &from) -> std::optional<Value> {
            if (auto it = resolved.find(name); it != resolved.end())
                return it->second;
            const Value *job = root.get(name);
            if (!job) {
                missing(from, "extends: '" + name + "'");
                return std::nullopt;
            }
            if (depth >= kMaxExtendsDepth) {
                error(from, "extends: '" + name + "' is part of a cycle or nests deeper than 11 levels");
                return std::nullopt;
            }
            if (!job->isMap())
                return *job;
            Value result{Value::Kind::Map, {}, {}, {}, {}, job->at};
            if (const Value *ext = job->get("extends")) {
                for (const std::string &parent : stringList(*ext)) {
                    auto p = resolve(parent, depth + 1, ext->at);
                    if (p)
                        deepMerge(result, *p);
                }
            }
            Value own = *job;
            own.remove("extends");
            deepMerge(result, own);
            result.remove("extends");
            result.at = job->at;
            resolved[name] = result;
            return result;
        };
        for (Value::Entry &e : root.entries) {
            if (kGlobalKeys.count(e.key) || !e.value.isMap() || !e.value.get("extends"))
                continue;
            if (auto r = resolve(e.key, 0, e.keyAt))
                e.value = *r;
        }
    }

    std::optional<Value> lookupReference(const Value &root, const Value &ref, int depth)
    {
        std::vector<std::string> path = stringList(ref);
        const Value *cur = &root;
        for (const std::string &key : path) {
            if (cur->isSequence()) {
                // [.job, services, 0]: an index into a list.
                auto index = asInt(Value{Value::Kind::Scalar, key, {}, {}, {}, {}});
                cur = index && *index >= 0 && static_cast<std::size_t>(*index) < cur->items.size()
                          ? &cur->items[static_cast<std::size_t>(*index)] : nullptr;
            } else {
                cur = cur->isMap() ? cur->get(key) : nullptr;
            }
            if (!cur) {
                std::string joined;
                for (const std::string &k : path)
                    joined += (joined.empty() ? "" : ", ") + k;
                missing(ref.at, "!reference [" + joined + "]");
                return std::nullopt;
            }
        }
        Value copy = *cur;
        resolveReferences(root, copy, depth + 1);
        return copy;
    }

    void resolveReferences(const Value &root, Value &v, int depth)
    {
        if (depth > 10) {
            error(v.at, "!reference nests deeper than 10 levels (circular?)");
            v = Value{};
            return;
        }
        if (v.tag == "!reference") {
            auto r = lookupReference(root, v, depth);
            SourcePosition at = v.at;
            v = r ? *r : Value{};
            if (v.at.file.empty())
                v.at = at;
            return;
        }
        if (v.isSequence()) {
            std::vector<Value> out;
            for (Value &item : v.items) {
                if (item.tag == "!reference") {
                    auto r = lookupReference(root, item, depth);
                    if (r && r->isSequence())
                        for (Value &x : r->items)
                            out.push_back(std::move(x)); // spliced, as GitLab flattens
                    else if (r)
                        out.push_back(std::move(*r));
                } else {
                    resolveReferences(root, item, depth);
                    out.push_back(std::move(item));
                }
            }
            v.items = std::move(out);
        }
        for (Value::Entry &e : v.entries)
            resolveReferences(root, e.value, depth);
    }

    // ------------------------------------------------------------ rules

    bool existsMatches(const Value &exists)
    {
        const Value *paths = exists.isMap() ? exists.get("paths") : &exists;
        if (!paths)
            return true;
        for (const std::string &pattern : stringList(*paths)) {
            std::string p = expandVariables(pattern, predefined);
            if (p.empty())
                continue;
            if (!files.list(p).empty())
                return true;
        }
        return false;
    }

    bool changesMatch(const Value &changes)
    {
        if (!ctx.changedFiles)
            return true; // without a diff, run rather than skip (documented)
        const Value *paths = changes.isMap() ? changes.get("paths") : &changes;
        if (!paths)
            return true;
        for (const std::string &pattern : stringList(*paths))
            for (const std::string &f : *ctx.changedFiles)
                if (globMatch(pattern, f))
                    return true;
        return false;
    }

    bool conditionTrue(const Value &cond, const std::map<std::string, std::string> &vars)
    {
        try {
            return evaluateGitLabCondition(cond.scalar, vars);
        } catch (const std::exception &e) {
            error(cond.at, std::string("rules:if '") + cond.scalar + "': " + e.what());
            return false;
        }
    }

    // GitLab's only/except "refs" keywords and patterns.
    bool refMatches(const std::string &entry, const std::map<std::string, std::string> &vars)
    {
        std::string ref = entry;
        std::string project;
        if (auto at = ref.find('@'); at != std::string::npos && !ref.starts_with("/")) {
            project = ref.substr(at + 1);
            ref = ref.substr(0, at);
            auto it = vars.find("CI_PROJECT_PATH");
            if (it == vars.end() || it->second != project)
                return false;
        }
        const std::string &source = ctx.source;
        bool isTag = !ctx.tag.empty();
        bool isMr = source == "merge_request_event";
        if (ref == "branches")
            return !isTag && !isMr;
        if (ref == "tags")
            return isTag;
        if (ref == "merge_requests")
            return isMr;
        if (ref == "pushes")
            return source == "push";
        if (ref == "schedules")
            return source == "schedule";
        if (ref == "web")
            return source == "web";
        if (ref == "api")
            return source == "api";
        if (ref == "triggers")
            return source == "trigger";
        if (ref == "pipelines")
            return source == "pipeline";
        if (ref == "external" || ref == "chat" || ref == "external_pull_requests")
            return source == ref;
        std::string name = isTag ? ctx.tag : ctx.branch;
        if (ref.size() >= 2 && ref.front() == '/') {
            std::map<std::string, std::string> one{{"R", name}};
            try {
                return evaluateGitLabCondition("$R =~ " + ref, one);
            } catch (const std::exception &) {
                return false;
            }
        }
        return ref == name;
    }

    // Returns true when only/except let the job run; \a reason says why not.
    bool onlyExceptAllow(const Value &job, const std::map<std::string, std::string> &vars, std::string &reason)
    {
        auto evaluate = [&](const Value &spec, bool isOnly) -> bool {
            // true = this spec "matches"
            std::vector<std::string> refs;
            const Value *variables = nullptr, *changes = nullptr;
            if (spec.isMap()) {
                if (const Value *r = spec.get("refs"))
                    refs = stringList(*r);
                variables = spec.get("variables");
                changes = spec.get("changes");
                warnUnknownKeys(spec, {"refs", "variables", "changes", "kubernetes"},
                                isOnly ? "only" : "except", plan);
            } else {
                refs = stringList(spec);
            }
            bool refsOk = true, varsOk = true, changesOk = true;
            if (!refs.empty()) {
                refsOk = false;
                for (const std::string &r : refs)
                    if (refMatches(r, vars))
                        refsOk = true;
            }
            if (variables) {
                varsOk = false;
                for (const Value &cond : variables->items)
                    if (cond.isScalar() && conditionTrue(cond, vars))
                        varsOk = true;
            }
            if (changes)
                changesOk = changesMatch(*changes);
            if (isOnly)
                return refsOk && varsOk && changesOk;
            // except: any given condition that holds excludes the job.
            bool any = false;
            if (!refs.empty() && refsOk)
                any = true;
            if (variables && varsOk)
                any = true;
            if (changes && changesOk && refs.empty() && !variables)
                any = true;
            return any;
        };
        const Value *only = job.get("only");
        const Value *except = job.get("except");
        if (only && !only->isNull() && !evaluate(*only, true)) {
            reason = "only: does not match this pipeline";
            return false;
        }
        if (!only && !job.get("rules") && (!ctx.tag.empty() || ctx.source != "merge_request_event")) {
            // Default only: [branches, tags] excludes merge request pipelines.
        } else if (!only && !job.get("rules") && ctx.source == "merge_request_event") {
            reason = "only: (default branches, tags) excludes merge request pipelines";
            return false;
        }
        if (except && !except->isNull() && evaluate(*except, false)) {
            reason = "except: matches this pipeline";
            return false;
        }
        return true;
    }

    // ------------------------------------------------------------- jobs

    static When parseWhen(const std::string &s, bool &ok)
    {
        ok = true;
        if (s == "on_success") return When::OnSuccess;
        if (s == "manual") return When::Manual;
        if (s == "always") return When::Always;
        if (s == "never") return When::Never;
        if (s == "on_failure") return When::OnFailure;
        if (s == "delayed") return When::Delayed;
        ok = false;
        return When::OnSuccess;
    }

    std::optional<std::vector<Need>> parseNeeds(const Value &needsValue, const std::string &jobName)
    {
        std::vector<Need> needs;
        if (needsValue.isNull())
            return needs;
        if (!needsValue.isSequence()) {
            error(needsValue.at, "job '" + jobName + "': needs must be a list");
            return std::nullopt;
        }
        for (const Value &n : needsValue.items) {
            if (n.isScalar()) {
                needs.push_back({n.scalar, false, true});
            } else if (n.isMap()) {
                if (n.get("project") || n.get("pipeline")) {
                    std::string what = n.get("project") ? "project " + n.get("project")->scalar
                                                        : "pipeline " + n.get("pipeline")->scalar;
                    plan.unresolved.push_back({n.at, "needs: " + what,
                                               "artifacts of other pipelines are not available offline", jobName});
                    continue;
                }
                const Value *job = n.get("job");
                if (!job || !job->isScalar()) {
                    error(n.at, "job '" + jobName + "': a needs entry needs 'job'");
                    continue;
                }
                Need need{job->scalar, false, true};
                if (const Value *o = n.get("optional"))
                    need.optional = asBool(*o).value_or(false);
                if (const Value *a = n.get("artifacts"))
                    need.artifacts = asBool(*a).value_or(true);
                needs.push_back(need);
            } else {
                error(n.at, "job '" + jobName + "': a needs entry must be a job name or a mapping");
            }
        }
        return needs;
    }

    static std::map<std::string, std::string> toMap(const VarList &list)
    {
        std::map<std::string, std::string> m;
        for (const auto &[k, v] : list)
            m[k] = v;
        return m;
    }

    static void addVariables(const Value *vars, VarList &out)
    {
        if (!vars || !vars->isMap())
            return;
        for (const Value::Entry &e : vars->entries) {
            std::string value;
            if (e.value.isScalar())
                value = e.value.scalar;
            else if (e.value.isMap() && e.value.get("value") && e.value.get("value")->isScalar())
                value = e.value.get("value")->scalar;
            auto it = std::find_if(out.begin(), out.end(), [&](const auto &p) { return p.first == e.key; });
            if (it != out.end())
                it->second = value;
            else
                out.emplace_back(e.key, value);
        }
    }

    // Variables may refer to each other; expand until nothing changes (bounded).
    static std::map<std::string, std::string> expandAll(std::map<std::string, std::string> vars)
    {
        std::vector<std::string> keys;
        for (const auto &[k, v] : vars)
            if (v.find('$') != std::string::npos)
                keys.push_back(k);
        for (int round = 0; round < 10 && !keys.empty(); ++round) {
            bool changed = false;
            for (const std::string &key : keys) {
                // A variable never expands itself: take it out while it is expanded.
                auto node = vars.extract(key);
                if (node.empty())
                    continue; // keys come from vars, so only a bug lands here
                std::string &v = node.mapped();
                const auto &others = vars;
                // Keep "$$" escaped until the end, as GitLab does.
                std::string protectedText;
                for (std::size_t i = 0; i < v.size(); ++i) {
                    if (v[i] == '$' && i + 1 < v.size() && v[i + 1] == '$') {
                        protectedText += "\x01";
                        ++i;
                    } else {
                        protectedText += v[i];
                    }
                }
                std::string expanded = expandVariables(protectedText, others);
                std::string restored;
                for (char c : expanded)
                    restored += c == '\x01' ? std::string("$$") : std::string(1, c);
                if (restored != v) {
                    v = restored;
                    changed = true;
                }
                vars.insert(std::move(node));
            }
            if (!changed)
                break;
        }
        // Only now does "$$" become a literal "$".
        for (const std::string &key : keys) {
            std::string &v = vars[key];
            std::string out;
            for (std::size_t i = 0; i < v.size(); ++i) {
                out += v[i];
                if (v[i] == '$' && i + 1 < v.size() && v[i + 1] == '$')
                    ++i;
            }
            v = out;
        }
        return vars;
    }

    void buildJob(const std::string &name, const SourcePosition &keyAt, const Value &job,
                  const VarList &globalVars)
    {
        warnUnknownKeys(job, kJobKeys, "job '" + name + "'", plan);
        std::string stage = "test";
        if (const Value *s = job.get("stage"); s && s->isScalar())
            stage = s->scalar;
        if (std::find(plan.stages.begin(), plan.stages.end(), stage) == plan.stages.end())
            error(job.get("stage") ? job.get("stage")->at : keyAt,
                  "job '" + name + "': stage '" + stage + "' is not in stages");
        if (!job.get("script") && !job.get("trigger") && !job.get("run"))
            error(keyAt, "job '" + name + "' needs a script: or a trigger: keyword");
        else if (const Value *sc = job.get("script"); sc && stringList(*sc).empty() && !job.get("trigger"))
            error(sc->at, "job '" + name + "': script is empty");
        if (const Value *t = job.get("trigger"))
            plan.unresolved.push_back({t->at, "trigger", "downstream pipelines are not started offline", name});

        When baseWhen = When::OnSuccess;
        bool whenOk = true;
        if (const Value *w = job.get("when")) {
            baseWhen = parseWhen(w->scalar, whenOk);
            if (!whenOk)
                error(w->at, "job '" + name + "': unknown when: '" + w->scalar + "'");
            if (baseWhen == When::Never && whenOk)
                error(w->at, "job '" + name + "': when: never can only be used in rules or workflow:rules");
        }
        bool allowFailureSet = false, allowFailure = false;
        std::vector<int> exitCodes;
        if (const Value *af = job.get("allow_failure")) {
            allowFailureSet = true;
            if (af->isMap()) {
                allowFailure = true;
                if (const Value *codes = af->get("exit_codes"))
                    for (const std::string &c : stringList(*codes))
                        exitCodes.push_back(std::atoi(c.c_str()));
            } else {
                allowFailure = asBool(*af).value_or(false);
            }
        }
        std::optional<std::vector<Need>> needs;
        if (const Value *n = job.get("needs"))
            needs = parseNeeds(*n, name);

        // inherit:variables
        VarList inherited;
        const Value *inherit = job.get("inherit");
        const Value *inheritVars = inherit ? inherit->get("variables") : nullptr;
        if (!inheritVars || asBool(*inheritVars).value_or(false) || inheritVars->isSequence()) {
            std::vector<std::string> only = inheritVars && inheritVars->isSequence() ? stringList(*inheritVars)
                                                                                      : std::vector<std::string>{};
            for (const auto &kv : globalVars)
                if (only.empty() || std::find(only.begin(), only.end(), kv.first) != only.end())
                    inherited.push_back(kv);
        }
        VarList jobVars = inherited;
        addVariables(job.get("variables"), jobVars);

        // parallel
        std::vector<VarList> instances;
        int parallelN = 0;
        if (const Value *par = job.get("parallel")) {
            if (auto n = asInt(*par)) {
                parallelN = static_cast<int>(std::clamp<long long>(*n, 1, 200));
                for (int i = 0; i < parallelN; ++i)
                    instances.emplace_back();
            } else if (const Value *matrix = par->isMap() ? par->get("matrix") : nullptr; matrix && matrix->isSequence()) {
                for (const Value &m : matrix->items) {
                    std::vector<VarList> combos{{}};
                    for (const Value::Entry &e : m.entries) {
                        std::vector<std::string> values = e.value.isSequence() ? stringList(e.value)
                                                                               : std::vector<std::string>{e.value.scalar};
                        std::vector<VarList> next;
                        for (const VarList &c : combos)
                            for (const std::string &v : values) {
                                VarList n2 = c;
                                n2.emplace_back(e.key, v);
                                next.push_back(std::move(n2));
                            }
                        combos = std::move(next);
                        if (combos.size() > 200) {
                            error(matrix->at, "job '" + name + "': parallel:matrix makes more than 200 jobs");
                            combos.resize(200);
                        }
                    }
                    for (VarList &c : combos)
                        instances.push_back(std::move(c));
                }
            } else {
                error(par->at, "job '" + name + "': parallel must be a number or have a matrix list");
            }
        }
        if (instances.empty())
            instances.emplace_back();

        for (std::size_t idx = 0; idx < instances.size(); ++idx) {
            JobPlan plan_;
            plan_.baseName = name;
            plan_.where = keyAt;
            plan_.stage = stage;
            const VarList &matrix = instances[idx];
            if (parallelN > 0) {
                plan_.parallelIndex = static_cast<int>(idx) + 1;
                plan_.parallelTotal = parallelN;
                plan_.name = name + " " + std::to_string(idx + 1) + "/" + std::to_string(parallelN);
            } else if (!matrix.empty()) {
                std::string values;
                for (const auto &[k, v] : matrix)
                    values += (values.empty() ? "" : ", ") + v;
                plan_.name = name + ": [" + values + "]";
            } else {
                plan_.name = name;
            }
            plan_.matrix = matrix;
            VarList vars = jobVars;
            for (const auto &kv : matrix) {
                auto it = std::find_if(vars.begin(), vars.end(), [&](const auto &p) { return p.first == kv.first; });
                if (it != vars.end())
                    it->second = kv.second;
                else
                    vars.push_back(kv);
            }
            std::map<std::string, std::string> all = predefined;
            all["CI_JOB_NAME"] = plan_.name;
            all["CI_JOB_STAGE"] = stage;
            if (parallelN > 0 || !matrix.empty()) {
                all["CI_NODE_INDEX"] = std::to_string(idx + 1);
                all["CI_NODE_TOTAL"] = std::to_string(instances.size());
            }
            for (const auto &[k, v] : vars)
                if (!ctx.variables.count(k)) // the run's own variables win over the file's
                    all[k] = v;
            all = expandAll(all);

            When when = baseWhen == When::Never ? When::OnSuccess : baseWhen;
            bool af = allowFailureSet ? allowFailure : when == When::Manual;
            std::string reason;
            const Value *rules = job.get("rules");
            if (rules && (job.get("only") || job.get("except")))
                error(rules->at, "job '" + name + "': rules cannot be used together with only/except");
            if (rules && rules->isSequence()) {
                // gitlab-ci-local and GitLab: a job-level when: manual keeps allow_failure true
                // unless the rule sets it; a manual rule alone defaults to false.
                af = allowFailureSet ? allowFailure : baseWhen == When::Manual;
                bool matched = false;
                for (const Value &rule : rules->items) {
                    if (!rule.isMap()) {
                        error(rule.at, "job '" + name + "': a rule must be a mapping");
                        continue;
                    }
                    warnUnknownKeys(rule, {"if", "changes", "exists", "when", "allow_failure", "variables",
                                           "needs", "start_in", "interruptible"},
                                    "rules of job '" + name + "'", plan);
                    if (const Value *c = rule.get("if"); c && !conditionTrue(*c, all))
                        continue;
                    if (const Value *ex = rule.get("exists"); ex && !existsMatches(*ex))
                        continue;
                    if (const Value *ch = rule.get("changes"); ch && !changesMatch(*ch))
                        continue;
                    matched = true;
                    if (const Value *w = rule.get("when")) {
                        bool ok = true;
                        when = parseWhen(w->scalar, ok);
                        if (!ok)
                            error(w->at, "job '" + name + "': unknown when: '" + w->scalar + "'");
                        if (when == When::Never)
                            reason = "rules: the matching rule says when: never (line " + std::to_string(w->at.line) + ")";
                    }
                    if (const Value *a = rule.get("allow_failure"))
                        af = asBool(*a).value_or(a->isMap());
                    if (const Value *rv = rule.get("variables")) {
                        addVariables(rv, vars);
                    }
                    if (const Value *rn = rule.get("needs"))
                        needs = parseNeeds(*rn, name);
                    if (const Value *si = rule.get("start_in"))
                        plan_.startInSeconds = static_cast<int>(parseDuration(si->scalar).value_or(0));
                    break;
                }
                if (!matched) {
                    when = When::Never;
                    reason = "rules: no rule matched";
                }
            } else if (!onlyExceptAllow(job, all, reason)) {
                when = When::Never;
            }
            if (!plan.pipelineRuns) {
                when = When::Never;
                reason = plan.notRunReason;
            }
            plan_.when = when;
            plan_.whenReason = reason;
            plan_.allowFailure = af;
            plan_.allowFailureExitCodes = exitCodes;
            plan_.needs = needs;
            plan_.variables = vars;
            if (const Value *deps = job.get("dependencies"))
                m_dependencies[plan_.name] = {deps->at, stringList(*deps)};
            fillDetails(plan_, job, all, name);
            plan.jobs.push_back(std::move(plan_));
        }
    }

    void fillDetails(JobPlan &out, const Value &job, const std::map<std::string, std::string> &vars,
                     const std::string &name)
    {
        for (const char *key : {"before_script", "script", "after_script"}) {
            const Value *v = job.get(key);
            if (!v)
                continue;
            if (const Value *mapping = firstMapping(*v))
                error(mapping->at, mappingInListMessage("job '" + name + "': " + key));
            std::vector<std::string> lines = stringList(*v);
            if (std::string_view(key) == "before_script")
                out.beforeScript = std::move(lines);
            else if (std::string_view(key) == "script")
                out.script = std::move(lines);
            else
                out.afterScript = std::move(lines);
        }
        if (const Value *t = job.get("timeout"); t && t->isScalar()) {
            if (auto secs = parseDuration(t->scalar))
                out.timeoutSeconds = static_cast<int>(std::min<long long>(*secs, 30LL * 86400));
            else
                error(t->at, "job '" + name + "': timeout '" + t->scalar + "' is not a duration (like \"1h 30m\")");
        }
        if (const Value *si = job.get("start_in"); si && si->isScalar() && out.startInSeconds == 0)
            out.startInSeconds = static_cast<int>(parseDuration(si->scalar).value_or(0));
        if (const Value *r = job.get("retry")) {
            if (auto n = asInt(*r)) {
                out.retry.max = static_cast<int>(*n);
            } else if (r->isMap()) {
                if (const Value *m = r->get("max"))
                    out.retry.max = static_cast<int>(asInt(*m).value_or(0));
                if (const Value *w = r->get("when"))
                    out.retry.when = stringList(*w);
            }
            if (out.retry.max < 0 || out.retry.max > 2)
                error(r->at, "job '" + name + "': retry max must be 0, 1 or 2");
        }
        if (const Value *a = job.get("artifacts"); a && a->isMap()) {
            if (const Value *p = a->get("paths"))
                out.artifactPaths = stringList(*p);
            if (const Value *e = a->get("expire_in"))
                out.artifactsExpireIn = e->scalar;
        }
        if (const Value *env = job.get("environment")) {
            Environment e;
            if (env->isScalar()) {
                e.name = expandVariables(env->scalar, vars);
            } else if (env->isMap()) {
                if (const Value *n = env->get("name"))
                    e.name = expandVariables(n->scalar, vars);
                if (const Value *u = env->get("url"))
                    e.url = expandVariables(u->scalar, vars);
                if (const Value *ac = env->get("action"))
                    e.action = ac->scalar;
            }
            out.environment = e;
        }
        if (const Value *rg = job.get("resource_group"); rg && rg->isScalar())
            out.resourceGroup = expandVariables(rg->scalar, vars);
        if (const Value *img = job.get("image")) {
            out.image = img->isMap() && img->get("name") ? img->get("name")->scalar : img->scalar;
            out.image = expandVariables(out.image, vars);
            if (!out.image.empty())
                plan.unresolved.push_back({img->at, "image: " + out.image,
                                           "containers are not run offline; the job runs in the local shell", out.name});
        }
        if (const Value *svc = job.get("services"); svc && svc->isSequence()) {
            for (const Value &s : svc->items) {
                std::string n = s.isMap() && s.get("name") ? s.get("name")->scalar : s.scalar;
                out.services.push_back(n);
                plan.unresolved.push_back({s.at, "services: " + n, "service containers are not run offline", out.name});
            }
        }
    }

    // ------------------------------------------------------------- main

    void run(const std::string &path)
    {
        predefined = predefinedGitLabVariables(ctx);
        auto main = loadFile(path, nullptr, {path, 0, 0});
        if (!main)
            return;
        Value root = resolveIncludes(std::move(*main), 0);
        resolveExtends(root);
        // !reference looks at the merged, extended configuration.
        const Value snapshot = root;
        resolveReferences(snapshot, root, 0);

        // stages
        plan.stages = {"build", "test", "deploy"};
        const Value *stagesValue = root.get("stages");
        if (!stagesValue)
            stagesValue = root.get("types");
        if (stagesValue) {
            if (!stagesValue->isSequence() && !stagesValue->isNull())
                error(stagesValue->at, "stages must be a list");
            else
                plan.stages = stringList(*stagesValue);
        }
        if (std::find(plan.stages.begin(), plan.stages.end(), ".pre") == plan.stages.end())
            plan.stages.insert(plan.stages.begin(), ".pre");
        if (std::find(plan.stages.begin(), plan.stages.end(), ".post") == plan.stages.end())
            plan.stages.push_back(".post");

        // global variables (with their expansion for workflow rules)
        VarList globalVars;
        addVariables(root.get("variables"), globalVars);
        plan.variables = globalVars;

        // workflow:rules
        if (const Value *wf = root.get("workflow"); wf && wf->isMap()) {
            warnUnknownKeys(*wf, {"rules", "name", "auto_cancel"}, "workflow", plan);
            if (const Value *rules = wf->get("rules"); rules && rules->isSequence()) {
                auto vars = predefined;
                for (const auto &[k, v] : globalVars)
                    if (!ctx.variables.count(k))
                        vars[k] = v;
                vars = expandAll(vars);
                bool matched = false;
                for (const Value &rule : rules->items) {
                    if (!rule.isMap())
                        continue;
                    if (const Value *c = rule.get("if"); c && !conditionTrue(*c, vars))
                        continue;
                    if (const Value *ex = rule.get("exists"); ex && !existsMatches(*ex))
                        continue;
                    if (const Value *ch = rule.get("changes"); ch && !changesMatch(*ch))
                        continue;
                    matched = true;
                    if (const Value *w = rule.get("when"); w && w->scalar == "never") {
                        plan.pipelineRuns = false;
                        plan.notRunReason = "workflow:rules: the matching rule (line " + std::to_string(rule.at.line)
                                            + ") says when: never";
                    }
                    addVariables(rule.get("variables"), globalVars);
                    break;
                }
                if (!matched) {
                    plan.pipelineRuns = false;
                    plan.notRunReason = "workflow:rules: no rule matched";
                }
            }
        }

        // default: and the older top-level defaults
        Value defaults{Value::Kind::Map, {}, {}, {}, {}, {}};
        for (const char *key : {"image", "services", "cache", "before_script", "after_script"})
            if (const Value *v = root.get(key))
                defaults.set(key, *v);
        if (const Value *d = root.get("default"); d && d->isMap()) {
            warnUnknownKeys(*d, {"after_script", "artifacts", "before_script", "cache", "hooks", "id_tokens",
                                 "image", "interruptible", "retry", "services", "tags", "timeout"},
                            "default", plan);
            for (const Value::Entry &e : d->entries)
                defaults.set(e.key, e.value, e.keyAt);
        }

        for (const Value::Entry &e : root.entries) {
            if (kGlobalKeys.count(e.key))
                continue;
            if (e.key.starts_with("."))
                continue; // hidden jobs are templates, never run
            if (!e.value.isMap()) {
                error(e.keyAt, "job '" + e.key + "' must be a mapping of keywords");
                continue;
            }
            Value job = e.value;
            const Value *inherit = job.get("inherit");
            const Value *inheritDefault = inherit ? inherit->get("default") : nullptr;
            std::vector<std::string> allowed;
            bool inheritAll = true;
            if (inheritDefault) {
                if (inheritDefault->isSequence())
                    allowed = stringList(*inheritDefault);
                else
                    inheritAll = asBool(*inheritDefault).value_or(true);
            }
            if (inheritAll || !allowed.empty())
                for (const Value::Entry &d : defaults.entries)
                    if (!job.get(d.key) && (allowed.empty() || std::count(allowed.begin(), allowed.end(), d.key)))
                        job.set(d.key, d.value, d.keyAt);
            buildJob(e.key, e.keyAt, job, globalVars);
        }
        if (plan.jobs.empty() && plan.errors.empty() && plan.unresolved.empty())
            error({path, 1, 1}, "the pipeline defines no jobs");
        checkNeeds();
    }

    std::map<std::string, std::pair<SourcePosition, std::vector<std::string>>> m_dependencies;

    // GitLab refuses a pipeline whose needs or dependencies point at nothing,
    // at a later stage, or (dependencies) outside needs.
    void checkNeeds()
    {
        std::map<std::string, std::size_t> stageOf; // job name (and base name) -> stage index
        auto stageIndex = [&](const std::string &stage) {
            auto it = std::find(plan.stages.begin(), plan.stages.end(), stage);
            return static_cast<std::size_t>(it - plan.stages.begin());
        };
        for (const JobPlan &j : plan.jobs) {
            stageOf[j.baseName] = stageIndex(j.stage);
            stageOf[j.name] = stageIndex(j.stage);
        }
        for (const JobPlan &j : plan.jobs) {
            const std::size_t mine = stageIndex(j.stage);
            if (j.needs) {
                for (const Need &n : *j.needs) {
                    auto it = stageOf.find(n.job);
                    if (it == stageOf.end()) {
                        if (!n.optional)
                            error(j.where, "job '" + j.name + "' needs '" + n.job + "', which is not defined");
                    } else if (it->second > mine) {
                        error(j.where, "job '" + j.name + "' needs '" + n.job + "', which is in a later stage");
                    }
                }
            }
            auto deps = m_dependencies.find(j.name);
            if (deps == m_dependencies.end())
                continue;
            for (const std::string &d : deps->second.second) {
                auto it = stageOf.find(d);
                if (it == stageOf.end() || it->second > mine)
                    error(deps->second.first, "job '" + j.name + "': dependencies: '" + d
                                                  + "' is not a job of this or an earlier stage");
                else if (j.needs && !j.needs->empty() && std::none_of(j.needs->begin(), j.needs->end(),
                                                 [&](const Need &n) { return n.job == d; }))
                    error(deps->second.first, "job '" + j.name + "': dependencies: '" + d
                                                  + "' must also be listed in needs");
            }
        }
    }
};

} // namespace

void readGitLab(const IRepositoryFiles &files, const std::string &path, const PipelineContext &ctx, Plan &plan)
{
    Reader reader{files, ctx, plan};
    reader.run(path);
}

} // namespace OpsDeck::Pipelines::Internal
