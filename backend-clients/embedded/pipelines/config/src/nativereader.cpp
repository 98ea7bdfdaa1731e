// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// OpsDeck's own .opsdeck/pipeline.yml (docs/pipeline-files.md). Stricter than
// the imported formats: a wrong value is an error, not a guess.
#include "readers.h"

#include <algorithm>
#include <set>

namespace OpsDeck::Pipelines::Internal {

namespace {

struct Reader
{
    const IRepositoryFiles &files;
    const PipelineContext &ctx;
    Plan &plan;
    std::string path;

    void error(const SourcePosition &at, const std::string &message) { plan.errors.push_back({at, message}); }

    static void addVariables(const Value *vars, VarList &out)
    {
        if (!vars || !vars->isMap())
            return;
        for (const Value::Entry &e : vars->entries) {
            auto it = std::find_if(out.begin(), out.end(), [&](const auto &p) { return p.first == e.key; });
            std::string v = e.value.isScalar() ? e.value.scalar : std::string();
            if (it != out.end())
                it->second = v;
            else
                out.emplace_back(e.key, v);
        }
    }

    std::vector<std::string> strings(const Value &v, const std::string &what)
    {
        if (!v.isScalar() && !v.isSequence()) {
            error(v.at, what + " must be a text or a list of texts");
            return {};
        }
        if (const Value *mapping = firstMapping(v))
            error(mapping->at, mappingInListMessage(what));
        return stringList(v);
    }

    bool refAllowed(const Value &job, std::string &reason)
    {
        const Value *branches = job.get("branches");
        const Value *tags = job.get("tags");
        if (!branches && !tags)
            return true;
        if (!ctx.tag.empty()) {
            if (tags)
                for (const std::string &p : stringList(*tags))
                    if (globMatch(p, ctx.tag))
                        return true;
            reason = "tags: does not include " + ctx.tag;
            return false;
        }
        if (branches)
            for (const std::string &p : stringList(*branches))
                if (globMatch(p, ctx.branch))
                    return true;
        reason = "branches: does not include " + ctx.branch;
        return false;
    }

    void readJob(const Value::Entry &je, const VarList &globalVars)
    {
        const Value &job = je.value;
        const std::string &name = je.key;
        if (!job.isMap()) {
            error(je.keyAt, "job '" + name + "' must be a mapping");
            return;
        }
        warnUnknownKeys(job, {"stage", "script", "needs", "when", "allow_failure", "timeout", "retry",
                              "resource_class", "variables", "matrix", "artifacts", "environment", "deploy",
                              "branches", "tags", "resource_group", "before_script", "after_script"},
                        "job '" + name + "'", plan);
        JobPlan base;
        base.baseName = name;
        base.where = je.keyAt;
        base.stage = plan.stages.empty() ? "" : plan.stages.front();
        if (const Value *s = job.get("stage")) {
            base.stage = s->scalar;
            if (std::find(plan.stages.begin(), plan.stages.end(), base.stage) == plan.stages.end())
                error(s->at, "job '" + name + "': stage '" + base.stage + "' is not in stages");
        }
        if (const Value *s = job.get("script"))
            base.script = strings(*s, "job '" + name + "': script");
        if (base.script.empty() && !job.get("deploy"))
            error(je.keyAt, "job '" + name + "' needs a script");
        if (const Value *s = job.get("before_script"))
            base.beforeScript = strings(*s, "job '" + name + "': before_script");
        if (const Value *s = job.get("after_script"))
            base.afterScript = strings(*s, "job '" + name + "': after_script");
        if (const Value *n = job.get("needs")) {
            std::vector<Need> needs;
            for (const Value &item : n->items) {
                if (item.isScalar())
                    needs.push_back({item.scalar, false, true});
                else if (item.isMap() && item.get("job"))
                    needs.push_back({item.get("job")->scalar,
                                     item.get("optional") && asBool(*item.get("optional")).value_or(false),
                                     !item.get("artifacts") || asBool(*item.get("artifacts")).value_or(true)});
                else
                    error(item.at, "job '" + name + "': a needs entry is a job name or {job, optional, artifacts}");
            }
            if (!n->isSequence())
                error(n->at, "job '" + name + "': needs must be a list");
            base.needs = needs;
        }
        if (const Value *w = job.get("when")) {
            const std::string &s = w->scalar;
            if (s == "on_success") base.when = When::OnSuccess;
            else if (s == "manual") base.when = When::Manual;
            else if (s == "always") base.when = When::Always;
            else if (s == "on_failure") base.when = When::OnFailure;
            else
                error(w->at, "job '" + name + "': when must be on_success, manual, always or on_failure, not '" + s + "'");
        }
        if (const Value *a = job.get("allow_failure")) {
            if (auto b = asBool(*a))
                base.allowFailure = *b;
            else
                error(a->at, "job '" + name + "': allow_failure must be true or false");
        }
        if (const Value *t = job.get("timeout")) {
            if (auto secs = parseDuration(t->scalar))
                base.timeoutSeconds = static_cast<int>(std::min<long long>(*secs, 7LL * 86400));
            else
                error(t->at, "job '" + name + "': timeout '" + t->scalar + "' is not a duration like \"30m\" or \"1h 30m\"");
        }
        if (const Value *r = job.get("retry")) {
            const Value *max = r->isMap() ? r->get("max") : r;
            auto n = max ? asInt(*max) : std::nullopt;
            if (!n || *n < 0 || *n > 5)
                error(r->at, "job '" + name + "': retry must be a number from 0 to 5 (or {max, when})");
            else
                base.retry.max = static_cast<int>(*n);
            if (r->isMap() && r->get("when"))
                base.retry.when = stringList(*r->get("when"));
        }
        if (const Value *rc = job.get("resource_class")) {
            base.resourceClass = rc->scalar;
            if (base.resourceClass != "small" && base.resourceClass != "medium" && base.resourceClass != "large")
                error(rc->at, "job '" + name + "': resource_class must be small, medium or large, not '" + rc->scalar + "'");
        }
        if (const Value *rg = job.get("resource_group"))
            base.resourceGroup = rg->scalar;
        if (const Value *a = job.get("artifacts")) {
            if (!a->isMap())
                error(a->at, "job '" + name + "': artifacts must be {paths, expire_in}");
            else {
                warnUnknownKeys(*a, {"paths", "expire_in"}, "artifacts of job '" + name + "'", plan);
                if (const Value *p = a->get("paths"))
                    base.artifactPaths = strings(*p, "artifacts.paths");
                if (const Value *e = a->get("expire_in")) {
                    base.artifactsExpireIn = e->scalar;
                    if (!parseDuration(e->scalar) && e->scalar != "never")
                        error(e->at, "job '" + name + "': expire_in '" + e->scalar + "' is not a duration or never");
                }
            }
        }
        VarList vars = globalVars;
        addVariables(job.get("variables"), vars);
        std::map<std::string, std::string> varMap = predefinedGitLabVariables(ctx);
        for (const auto &[k, v] : vars)
            varMap[k] = v;
        if (const Value *env = job.get("environment")) {
            Environment e;
            if (env->isScalar())
                e.name = env->scalar;
            else if (env->isMap()) {
                warnUnknownKeys(*env, {"name", "url", "action"}, "environment of job '" + name + "'", plan);
                if (const Value *n = env->get("name"))
                    e.name = n->scalar;
                if (const Value *u = env->get("url"))
                    e.url = u->scalar;
                if (const Value *ac = env->get("action"))
                    e.action = ac->scalar;
            }
            e.name = expandVariables(e.name, varMap);
            e.url = expandVariables(e.url, varMap);
            if (e.name.empty())
                error(env->at, "job '" + name + "': environment needs a name");
            base.environment = e;
            if (base.resourceGroup.empty())
                base.resourceGroup = "environment:" + e.name; // one deployment per environment at a time
        }
        if (const Value *d = job.get("deploy")) {
            warnUnknownKeys(*d, {"strategy", "smoke_test", "target", "service", "keep_previous"},
                            "deploy of job '" + name + "'", plan);
            if (const Value *s = d->get("strategy"))
                base.deploy.strategy = s->scalar;
            if (const Value *t = d->get("target"))
                base.deploy.target = t->scalar;
            if (const Value *sv = d->get("service"))
                base.deploy.service = expandVariables(sv->scalar, varMap);
            if (const Value *k = d->get("keep_previous")) {
                if (const auto seconds = parseDuration(k->scalar))
                    base.deploy.keepPreviousSeconds = static_cast<int>(*seconds);
                else
                    error(k->at, "job '" + name + "': deploy.keep_previous must be a duration, not '" + k->scalar + "'");
            }
            if (base.deploy.strategy != "blue-green" && base.deploy.strategy != "direct")
                error(d->at, "job '" + name + "': deploy.strategy must be blue-green or direct");
            if (!base.environment)
                error(d->at, "job '" + name + "': deploy needs an environment");
            if (const Value *st = d->get("smoke_test")) {
                warnUnknownKeys(*st, {"url", "command", "timeout"}, "smoke_test of job '" + name + "'", plan);
                if (const Value *u = st->get("url"))
                    base.deploy.smokeTestUrl = expandVariables(u->scalar, varMap);
                if (const Value *c = st->get("command"))
                    base.deploy.smokeTestCommand = c->scalar;
                if (const Value *t = st->get("timeout"))
                    base.deploy.smokeTestTimeoutSeconds = static_cast<int>(parseDuration(t->scalar).value_or(60));
            }
            if (base.deploy.strategy == "blue-green" && base.deploy.smokeTestUrl.empty()
                && base.deploy.smokeTestCommand.empty())
                error(d->at, "job '" + name + "': a blue-green deploy needs smoke_test.url or smoke_test.command");
        }
        std::string reason;
        if (!refAllowed(job, reason)) {
            base.when = When::Never;
            base.whenReason = reason;
        }

        std::vector<VarList> combos{{}};
        if (const Value *m = job.get("matrix")) {
            if (!m->isMap())
                error(m->at, "job '" + name + "': matrix must map names to lists of values");
            else
                for (const Value::Entry &e : m->entries) {
                    std::vector<VarList> next;
                    for (const VarList &c : combos)
                        for (const std::string &v : stringList(e.value)) {
                            VarList n = c;
                            n.emplace_back(e.key, v);
                            next.push_back(std::move(n));
                        }
                    combos = std::move(next);
                    if (combos.size() > 100) {
                        error(e.keyAt, "job '" + name + "': the matrix makes more than 100 jobs");
                        combos.resize(100);
                    }
                }
        }
        for (const VarList &combo : combos) {
            JobPlan j = base;
            j.matrix = combo;
            j.variables = vars;
            for (const auto &kv : combo)
                j.variables.push_back(kv);
            j.name = name;
            if (!combo.empty()) {
                std::string s;
                for (const auto &[k, v] : combo)
                    s += (s.empty() ? "" : ", ") + v;
                j.name += ": [" + s + "]";
            }
            plan.jobs.push_back(std::move(j));
        }
    }

    void run()
    {
        std::optional<YamlDocuments> loaded = readYamlFile(files, path, {path, 0, 0}, "the pipeline file does not exist at this commit", plan);
        if (!loaded)
            return;
        YamlDocuments &docs = *loaded;
        if (docs.documents.size() != 1 || !docs.documents[0].isMap()) {
            error({path, 1, 1}, "the pipeline must be one mapping with version, stages and jobs");
            return;
        }
        const Value &root = docs.documents[0];
        warnUnknownKeys(root, {"version", "stages", "variables", "jobs"}, "the pipeline", plan);
        const Value *version = root.get("version");
        if (!version || version->scalar != "1")
            error(version ? version->at : root.at, "version: 1 is required (the only version so far)");
        if (const Value *st = root.get("stages"))
            plan.stages = strings(*st, "stages");
        else
            plan.stages = {"build", "test", "deploy"};
        std::set<std::string> seen;
        for (const std::string &s : plan.stages)
            if (!seen.insert(s).second)
                error(root.get("stages") ? root.get("stages")->at : root.at, "stage '" + s + "' is listed twice");
        VarList globalVars;
        addVariables(root.get("variables"), globalVars);
        plan.variables = globalVars;
        const Value *jobs = root.get("jobs");
        if (!jobs || !jobs->isMap() || jobs->entries.empty()) {
            error(jobs ? jobs->at : root.at, "jobs: must map job names to jobs");
            return;
        }
        for (const Value::Entry &je : jobs->entries)
            readJob(je, globalVars);
        std::set<std::string> names;
        for (const JobPlan &j : plan.jobs)
            names.insert(j.baseName);
        for (const JobPlan &j : plan.jobs) {
            if (!j.needs)
                continue;
            for (const Need &n : *j.needs) {
                if (!n.optional && !names.count(n.job))
                    error(j.where, "job '" + j.baseName + "' needs '" + n.job + "', which is not defined");
                if (n.job == j.baseName)
                    error(j.where, "job '" + j.baseName + "' needs itself");
            }
        }
    }
};

} // namespace

void readNative(const IRepositoryFiles &files, const std::string &path, const PipelineContext &ctx, Plan &plan)
{
    plan.format = PipelineFormat::Native;
    Reader reader{files, ctx, plan, path};
    reader.run();
}

} // namespace OpsDeck::Pipelines::Internal
