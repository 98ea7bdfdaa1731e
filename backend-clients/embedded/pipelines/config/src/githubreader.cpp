// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The GitHub Actions subset: on: push/pull_request filters, jobs, needs,
// env, run steps, if:, strategy.matrix, timeouts. `uses:` steps and
// containers are listed as unresolved: they need the network or Docker.
#include "readers.h"

#include <algorithm>
#include <set>

namespace OpsDeck::Pipelines::Internal {

namespace {

const std::initializer_list<std::string_view> kJobKeys = {
    "name", "needs", "if", "runs-on", "env", "steps", "strategy", "timeout-minutes",
    "continue-on-error", "environment", "concurrency", "outputs", "permissions", "defaults",
    "container", "services", "uses", "with", "secrets"};
const std::initializer_list<std::string_view> kStepKeys = {
    "id", "name", "run", "uses", "with", "env", "if", "shell", "working-directory",
    "continue-on-error", "timeout-minutes"};
const std::initializer_list<std::string_view> kTopKeys = {
    "name", "on", "true", "env", "jobs", "defaults", "concurrency", "permissions", "run-name"};

// GitHub's filter patterns: '*' stays in a folder, '**' crosses, a leading '!' negates.
bool filterMatches(const std::vector<std::string> &patterns, const std::string &name)
{
    bool matched = false;
    for (const std::string &p : patterns) {
        if (!p.empty() && p[0] == '!') {
            if (globMatch(p.substr(1), name))
                matched = false;
        } else if (globMatch(p, name)) {
            matched = true;
        }
    }
    return matched;
}

struct Reader
{
    const IRepositoryFiles &files;
    const PipelineContext &ctx;
    Plan &plan;
    std::string path;
    GitHubExpressionContext exprCtx;

    void error(const SourcePosition &at, const std::string &message) { plan.errors.push_back({at, message}); }

    std::string eventName() const
    {
        if (auto it = ctx.variables.find("GITHUB_EVENT_NAME"); it != ctx.variables.end())
            return it->second;
        if (ctx.source == "merge_request_event")
            return "pull_request";
        if (ctx.source == "web")
            return "workflow_dispatch";
        if (ctx.source == "api" || ctx.source == "trigger")
            return "repository_dispatch";
        return ctx.source; // push, schedule
    }

    // Whether `on:` starts this workflow for the context's event and ref.
    bool triggered(const Value &on, std::string &reason)
    {
        const std::string event = eventName();
        const Value *config = nullptr;
        bool listed = false;
        if (on.isScalar()) {
            listed = on.scalar == event;
        } else if (on.isSequence()) {
            for (const std::string &e : stringList(on))
                listed = listed || e == event;
        } else if (on.isMap()) {
            if (const Value::Entry *e = on.entry(event)) {
                listed = true;
                config = &e->value;
            }
        }
        if (!listed) {
            reason = "on: does not include the " + event + " event";
            return false;
        }
        if (!config || !config->isMap() || (event != "push" && event != "pull_request" && event != "pull_request_target"))
            return true;
        auto list = [&](const char *key) -> std::optional<std::vector<std::string>> {
            if (const Value *v = config->get(key))
                return stringList(*v);
            return std::nullopt;
        };
        auto branches = list("branches"), branchesIgnore = list("branches-ignore");
        auto tags = list("tags"), tagsIgnore = list("tags-ignore");
        bool isTag = !ctx.tag.empty() && event == "push";
        // A pull request filters on its base branch.
        std::string ref = isTag ? ctx.tag : (event == "push" ? ctx.branch : ctx.defaultBranch);
        if (isTag) {
            if (!tags && !tagsIgnore && (branches || branchesIgnore)) {
                reason = "on.push has only branch filters, so tag pushes do not start it";
                return false;
            }
            if ((tags && !filterMatches(*tags, ref)) || (tagsIgnore && filterMatches(*tagsIgnore, ref))) {
                reason = "on." + event + " tag filters exclude " + ref;
                return false;
            }
            return true;
        }
        if (!branches && !branchesIgnore && (tags || tagsIgnore)) {
            reason = "on." + event + " has only tag filters, so branch pushes do not start it";
            return false;
        }
        if ((branches && !filterMatches(*branches, ref)) || (branchesIgnore && filterMatches(*branchesIgnore, ref))) {
            reason = "on." + event + " branch filters exclude " + ref;
            return false;
        }
        return true;
    }

    static void addEnv(const Value *env, VarList &out)
    {
        if (!env || !env->isMap())
            return;
        for (const Value::Entry &e : env->entries) {
            auto it = std::find_if(out.begin(), out.end(), [&](const auto &p) { return p.first == e.key; });
            std::string v = e.value.isScalar() ? e.value.scalar : std::string();
            if (it != out.end())
                it->second = v;
            else
                out.emplace_back(e.key, v);
        }
    }

    // strategy.matrix -> the combinations, in GitHub's order.
    std::vector<VarList> expandMatrix(const Value &matrix, const std::string &jobId)
    {
        if (matrix.isScalar()) {
            plan.unresolved.push_back({matrix.at, "strategy.matrix " + matrix.scalar,
                                       "a matrix computed at run time cannot be expanded ahead; one job is planned", jobId});
            return {{}};
        }
        std::vector<VarList> combos{{}};
        bool any = false;
        for (const Value::Entry &e : matrix.entries) {
            if (e.key == "include" || e.key == "exclude")
                continue;
            if (e.value.isScalar()) {
                plan.unresolved.push_back({e.value.at, "strategy.matrix." + e.key + " " + e.value.scalar,
                                           "a matrix computed at run time cannot be expanded ahead", jobId});
                continue;
            }
            any = true;
            std::vector<VarList> next;
            for (const VarList &c : combos)
                for (const Value &v : e.value.items) {
                    VarList n = c;
                    n.emplace_back(e.key, v.isScalar() ? v.scalar : std::string("{...}"));
                    next.push_back(std::move(n));
                }
            combos = std::move(next);
            if (combos.size() > 256) {
                error(e.value.at, "job '" + jobId + "': the matrix makes more than 256 jobs");
                combos.resize(256);
            }
        }
        if (!any)
            combos.clear();
        auto get = [](const VarList &c, const std::string &k) -> const std::string * {
            for (const auto &[key, v] : c)
                if (key == k)
                    return &v;
            return nullptr;
        };
        if (const Value *ex = matrix.get("exclude"); ex && ex->isSequence()) {
            for (const Value &rule : ex->items) {
                std::erase_if(combos, [&](const VarList &c) {
                    for (const Value::Entry &e : rule.entries) {
                        const std::string *v = get(c, e.key);
                        if (!v || *v != e.value.scalar)
                            return false;
                    }
                    return !rule.entries.empty();
                });
            }
        }
        const std::size_t original = combos.size();
        std::vector<std::string> originalKeys;
        for (const Value::Entry &e : matrix.entries)
            if (e.key != "include" && e.key != "exclude")
                originalKeys.push_back(e.key);
        if (const Value *inc = matrix.get("include"); inc && inc->isSequence()) {
            for (const Value &rule : inc->items) {
                if (!rule.isMap())
                    continue;
                bool added = false;
                for (std::size_t i = 0; i < original; ++i) {
                    VarList &c = combos[i];
                    bool fits = true;
                    for (const Value::Entry &e : rule.entries) {
                        bool isOriginal = std::count(originalKeys.begin(), originalKeys.end(), e.key) > 0;
                        const std::string *v = get(c, e.key);
                        if (isOriginal && v && *v != e.value.scalar)
                            fits = false;
                    }
                    if (!fits)
                        continue;
                    added = true;
                    for (const Value::Entry &e : rule.entries) {
                        std::string val = e.value.isScalar() ? e.value.scalar : std::string("{...}");
                        auto it = std::find_if(c.begin(), c.end(), [&](const auto &p) { return p.first == e.key; });
                        if (it != c.end())
                            it->second = val;
                        else
                            c.emplace_back(e.key, val);
                    }
                }
                if (!added) {
                    VarList n;
                    for (const Value::Entry &e : rule.entries)
                        n.emplace_back(e.key, e.value.isScalar() ? e.value.scalar : std::string("{...}"));
                    combos.push_back(std::move(n));
                }
            }
        }
        if (combos.empty())
            combos.emplace_back();
        return combos;
    }

    void readStep(const Value &s, JobPlan &job, const VarList &defaults)
    {
        Step step;
        step.where = s.at;
        if (!s.isMap()) {
            error(s.at, "job '" + job.baseName + "': a step must be a mapping");
            return;
        }
        warnUnknownKeys(s, kStepKeys, "a step of job '" + job.baseName + "'", plan);
        auto text = [&](const char *key) {
            const Value *v = s.get(key);
            return v && v->isScalar() ? v->scalar : std::string();
        };
        step.run = text("run");
        step.uses = text("uses");
        step.shell = text("shell");
        step.workingDirectory = text("working-directory");
        for (const auto &[k, v] : defaults) {
            if (k == "shell" && step.shell.empty())
                step.shell = v;
            if (k == "working-directory" && step.workingDirectory.empty())
                step.workingDirectory = v;
        }
        step.condition = text("if");
        step.name = expandGitHubExpressions(text("name"), exprCtx);
        if (const Value *c = s.get("continue-on-error"))
            step.continueOnError = asBool(*c).value_or(false);
        if (const Value *t = s.get("timeout-minutes"))
            step.timeoutSeconds = static_cast<int>(asInt(*t).value_or(0) * 60);
        addEnv(s.get("env"), step.env);
        if (step.run.empty() && step.uses.empty())
            error(s.at, "job '" + job.baseName + "': a step needs run: or uses:");
        if (!step.uses.empty()) {
            step.unresolvedReason = step.uses.starts_with("./")
                ? "local actions are not run offline yet; the step is skipped"
                : step.uses.starts_with("docker://")
                      ? "container actions need Docker; the step is skipped"
                      : "actions are downloaded from GitHub, which offline mode does not do; the step is skipped";
            plan.unresolved.push_back({s.at, "uses: " + step.uses, step.unresolvedReason, job.name});
            if (step.name.empty())
                step.name = "Run " + step.uses;
        }
        if (step.name.empty()) {
            std::string first = step.run.substr(0, step.run.find('\n'));
            step.name = "Run " + first;
        }
        job.steps.push_back(std::move(step));
    }

    void run()
    {
        std::optional<YamlDocuments> loaded = readYamlFile(files, path, {path, 0, 0}, "the workflow file does not exist at this commit", plan);
        if (!loaded)
            return;
        YamlDocuments &docs = *loaded;
        if (docs.documents.empty() || !docs.documents[0].isMap()) {
            error({path, 1, 1}, "a workflow must be a mapping with on: and jobs:");
            return;
        }
        const Value &root = docs.documents[0];
        warnUnknownKeys(root, kTopKeys, "the workflow", plan);
        const Value *on = root.get("on");
        if (!on)
            on = root.get("true"); // YAML 1.1 loaders read a bare `on` as true
        const Value *jobs = root.get("jobs");
        if (!on)
            error(root.at, "the workflow has no on: section");
        if (!jobs || !jobs->isMap()) {
            error(root.at, "the workflow has no jobs: mapping");
            return;
        }
        std::string reason;
        if (on && !triggered(*on, reason)) {
            plan.pipelineRuns = false;
            plan.notRunReason = reason;
        }

        const std::string event = eventName();
        std::string ref = ctx.tag.empty() ? "refs/heads/" + ctx.branch : "refs/tags/" + ctx.tag;
        if (event == "pull_request")
            ref = "refs/pull/1/merge";
        auto &values = exprCtx.values;
        values["github.ref"] = ref;
        values["github.ref_name"] = ctx.tag.empty() ? ctx.branch : ctx.tag;
        values["github.ref_type"] = ctx.tag.empty() ? "branch" : "tag";
        values["github.event_name"] = event;
        values["github.head_ref"] = event == "pull_request" ? ctx.branch : "";
        values["github.base_ref"] = event == "pull_request" ? ctx.defaultBranch : "";
        values["github.event.repository.default_branch"] = ctx.defaultBranch;
        if (event == "push")
            values["github.event.ref"] = ref;
        if (event == "pull_request") {
            values["github.event.pull_request.base.ref"] = ctx.defaultBranch;
            values["github.event.pull_request.head.ref"] = ctx.branch;
        }
        values["runner.os"] = "Linux";
        for (const auto &[k, v] : ctx.variables) {
            if (k.find('.') != std::string::npos)
                values[k] = v;
            else
                values["vars." + k] = v;
        }

        VarList workflowEnv;
        addEnv(root.get("env"), workflowEnv);
        plan.variables = workflowEnv;
        VarList workflowDefaults;
        if (const Value *d = root.get("defaults"); d && d->get("run"))
            addEnv(d->get("run"), workflowDefaults);

        for (const Value::Entry &je : jobs->entries) {
            const Value &job = je.value;
            if (!job.isMap()) {
                error(je.keyAt, "job '" + je.key + "' must be a mapping");
                continue;
            }
            warnUnknownKeys(job, kJobKeys, "job '" + je.key + "'", plan);
            std::vector<VarList> combos{{}};
            if (const Value *st = job.get("strategy"); st && st->isMap())
                if (const Value *m = st->get("matrix"))
                    combos = expandMatrix(*m, je.key);
            if (const Value *u = job.get("uses"))
                plan.unresolved.push_back({u->at, "uses: " + u->scalar,
                                           "reusable workflows are not run offline", je.key});
            if (const Value *c = job.get("container"))
                plan.unresolved.push_back({c->at, "container: " + (c->isMap() && c->get("image") ? c->get("image")->scalar : c->scalar),
                                           "containers are not run offline; the job runs in the local shell", je.key});
            if (const Value *svc = job.get("services"); svc && svc->isMap())
                for (const Value::Entry &s : svc->entries)
                    plan.unresolved.push_back({s.keyAt, "services: " + s.key, "service containers are not run offline", je.key});
            if (!job.get("steps") && !job.get("uses"))
                error(je.keyAt, "job '" + je.key + "' has neither steps: nor uses:");

            const bool multi = combos.size() > 1 || !combos.front().empty();
            for (const VarList &combo : combos) {
                JobPlan out;
                out.baseName = je.key;
                out.where = je.keyAt;
                out.matrix = combo;
                out.stage = "";
                for (const auto &[k, v] : combo)
                    exprCtx.values["matrix." + k] = v;
                VarList env = workflowEnv;
                addEnv(job.get("env"), env);
                for (const auto &[k, v] : env)
                    exprCtx.values["env." + k] = expandGitHubExpressions(v, exprCtx);
                std::string display = je.key;
                bool nameHasExpr = false;
                if (const Value *n = job.get("name"); n && n->isScalar()) {
                    nameHasExpr = n->scalar.find("${{") != std::string::npos;
                    display = expandGitHubExpressions(n->scalar, exprCtx);
                }
                if (multi && !nameHasExpr) {
                    std::string suffix;
                    for (const auto &[k, v] : combo)
                        suffix += (suffix.empty() ? "" : ", ") + v;
                    display += " (" + suffix + ")";
                }
                out.name = display;
                out.variables = env;
                if (const Value *n = job.get("needs")) {
                    std::vector<Need> needs;
                    for (const std::string &s : stringList(*n))
                        needs.push_back({s, false, true});
                    out.needs = needs;
                } else {
                    out.needs = std::vector<Need>{}; // GitHub jobs start together unless they need others
                }
                if (const Value *ro = job.get("runs-on"))
                    out.runsOn = expandGitHubExpressions(ro->isScalar() ? ro->scalar : [&] {
                        std::string s;
                        for (const std::string &x : stringList(*ro))
                            s += (s.empty() ? "" : ", ") + x;
                        return s;
                    }(), exprCtx);
                if (const Value *t = job.get("timeout-minutes"))
                    out.timeoutSeconds = static_cast<int>(asInt(*t).value_or(360) * 60);
                if (const Value *c = job.get("continue-on-error"))
                    out.allowFailure = asBool(*c).value_or(false);
                if (const Value *envv = job.get("environment")) {
                    Environment e;
                    if (envv->isScalar())
                        e.name = expandGitHubExpressions(envv->scalar, exprCtx);
                    else if (envv->isMap()) {
                        if (const Value *n = envv->get("name"))
                            e.name = expandGitHubExpressions(n->scalar, exprCtx);
                        if (const Value *u = envv->get("url"))
                            e.url = u->scalar;
                    }
                    out.environment = e;
                }
                if (const Value *cc = job.get("concurrency"))
                    out.resourceGroup = expandGitHubExpressions(
                        cc->isMap() && cc->get("group") ? cc->get("group")->scalar : cc->scalar, exprCtx);
                // when: from the job's if:, tried as if earlier jobs succeeded, then failed.
                out.when = When::OnSuccess;
                if (const Value *cond = job.get("if"); cond && cond->isScalar()) {
                    try {
                        GitHubExpressionContext ok = exprCtx;
                        GitHubExpressionContext failed = exprCtx;
                        failed.jobStatus = "failure";
                        bool onSuccess = evaluateGitHubCondition(cond->scalar, ok);
                        bool onFailure = evaluateGitHubCondition(cond->scalar, failed);
                        if (onSuccess && onFailure)
                            out.when = When::Always;
                        else if (onSuccess)
                            out.when = When::OnSuccess;
                        else if (onFailure)
                            out.when = When::OnFailure;
                        else {
                            out.when = When::Never;
                            std::string shown = cond->scalar;
                            std::replace(shown.begin(), shown.end(), '\n', ' ');
                            while (!shown.empty() && shown.back() == ' ')
                                shown.pop_back();
                            out.whenReason = "if: " + shown + " is false for this event";
                        }
                    } catch (const std::exception &e) {
                        error(cond->at, "job '" + je.key + "': if: " + e.what());
                    }
                }
                if (!plan.pipelineRuns) {
                    out.when = When::Never;
                    out.whenReason = plan.notRunReason;
                }
                VarList defaults = workflowDefaults;
                if (const Value *d = job.get("defaults"); d && d->get("run"))
                    addEnv(d->get("run"), defaults);
                if (const Value *steps = job.get("steps"); steps && steps->isSequence())
                    for (const Value &s : steps->items)
                        readStep(s, out, defaults);
                for (const Step &s : out.steps)
                    if (!s.run.empty())
                        out.script.push_back(s.run);
                for (const auto &[k, v] : combo)
                    exprCtx.values.erase("matrix." + k);
                for (const auto &[k, v] : env)
                    exprCtx.values.erase("env." + k);
                plan.jobs.push_back(std::move(out));
            }
        }
        std::set<std::string> ids;
        for (const JobPlan &j : plan.jobs)
            ids.insert(j.baseName);
        for (const JobPlan &j : plan.jobs)
            if (j.needs)
                for (const Need &n : *j.needs)
                    if (!ids.count(n.job))
                        error(j.where, "job '" + j.baseName + "' needs '" + n.job + "', which is not defined");
    }
};

} // namespace

void readGitHub(const IRepositoryFiles &files, const std::string &path, const PipelineContext &ctx, Plan &plan)
{
    Reader reader{files, ctx, plan, path, {}};
    reader.run();
}

} // namespace OpsDeck::Pipelines::Internal
