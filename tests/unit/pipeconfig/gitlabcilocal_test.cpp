// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// Our GitLab job list against gitlab-ci-local 4.60.1 (`--list-json`, a real
// node process) on its own test cases and on the real GitLab pipelines of
// the shared corpus. Each case folder is copied into a fresh git repository,
// because gitlab-ci-local reads the branch and commit from git.
#include "pipeconfigtestutil.h"

#include <opsdeck/pipelines/pipelinereader.h>

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <regex>
#include <set>

using namespace OpsDeck::Pipelines;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// What both sides are told, so rules that test the project see the same values.
const std::map<std::string, std::string> kVariables = {
    {"CI_PROJECT_PATH", "opsdeck/sample"},
    {"CI_PROJECT_NAMESPACE", "opsdeck"},
    {"CI_PROJECT_NAME", "sample"},
    {"CI_SERVER_HOST", "gitlab.example.com"},
    // gitlab-ci-local says it is not GitLab; examples use this to pick local-only jobs.
    {"GITLAB_CI", "false"},
};

// Differences we checked and keep on purpose, each with its reason. Where
// GitLab's documentation and gitlab-ci-local differ, we follow GitLab.
const std::map<std::string, std::string> kExplainedDifferences = {
    {"test-cases/rules-needs",
     "rules:needs replaces the job's needs in GitLab; gitlab-ci-local 4.60.1 ignores it"},
    {"test-cases/interactive",
     "a when: manual job without rules defaults to allow_failure: true in GitLab; gitlab-ci-local says false"},
    {"test-cases/schema-validation",
     "when: manual2 is not a GitLab value; GitLab rejects it and so do we, gitlab-ci-local only checks it "
     "in its JSON schema pass, which the comparison turns off"},
    {"test-cases/comment-directive-anchor",
     "gitlab-ci-local fails in its own '# @Description' comment directive handling; the YAML is valid"},
    {"test-cases/interactive-image",
     "gitlab-ci-local's @Interactive comment directive is its own feature, not GitLab's"},
    {"test-cases/cache-paths-not-array",
     "cache: is not read (the offline engine has no cache); gitlab-ci-local validates it"},
    {"gitlab/Kitware__CMake",
     "workflow:rules stop this pipeline outside cmake/cmake (every job is 'never' with that reason); "
     "gitlab-ci-local 4.60.1 does not evaluate workflow:rules"},
    {"gitlab/videolan__dav1d",
     "needs: naming one matrix instance ('build-win: [x86_64-w64-mingw32]') is valid GitLab; "
     "gitlab-ci-local cannot resolve it"},
};

// A file whose includes (even ones that rules leave out) reach another project,
// a component, a template or a URL: gitlab-ci-local would try the network.
bool mentionsNonLocalInclude(const fs::path &dir)
{
    static const std::regex kNonLocal(R"((^|\n)\s*(-\s*)?(remote|template|project|component)\s*:)");
    for (const auto &entry : fs::recursive_directory_iterator(dir)) {
        const auto ext = entry.path().extension();
        if (!entry.is_regular_file() || (ext != ".yml" && ext != ".yaml"))
            continue;
        std::ifstream in(entry.path());
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (text.find("include") != std::string::npos && std::regex_search(text, kNonLocal))
            return true;
    }
    return false;
}

struct CaseResult
{
    bool agree = false;
    std::string detail;
};

std::string normaliseName(const JobPlan &job)
{
    // gitlab-ci-local prints "job: [a,b]" and "job: [1/3]"; GitLab (and we) print
    // "job: [a, b]" and "job 1/3". Compare in gitlab-ci-local's spelling.
    if (job.parallelTotal > 0)
        return job.baseName + ": [" + std::to_string(job.parallelIndex) + "/" + std::to_string(job.parallelTotal) + "]";
    if (!job.matrix.empty()) {
        std::string values;
        for (const auto &[k, v] : job.matrix)
            values += (values.empty() ? "" : ",") + v;
        return job.baseName + ": [" + values + "]";
    }
    return job.name;
}

json ourRow(const JobPlan &job)
{
    json needs = nullptr;
    if (job.needs) {
        needs = json::array();
        for (const Need &n : *job.needs)
            needs.push_back(json{{"job", n.job}, {"optional", n.optional}});
    }
    return json{{"stage", job.stage}, {"when", toString(job.when)}, {"allow_failure", job.allowFailure}, {"needs", needs}};
}

json theirRow(const json &job)
{
    json needs = nullptr;
    if (job.contains("needs") && job["needs"].is_array()) {
        needs = json::array();
        for (const json &n : job["needs"])
            needs.push_back(json{{"job", n.value("job", std::string())}, {"optional", n.value("optional", false)}});
    }
    const json &af = job["allow_failure"];
    bool allowFailure = af.is_boolean() ? af.get<bool>() : af.is_object();
    return json{{"stage", job["stage"]}, {"when", job["when"]}, {"allow_failure", allowFailure}, {"needs", needs}};
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *s : items)
        out << QString::fromUtf8(s);
    return out;
}

bool run(const QString &program, const QStringList &args, const QString &cwd, QByteArray &out, QByteArray &err,
         int &exitCode)
{
    QProcess p;
    p.setWorkingDirectory(cwd);
    // Node drops the tail of a large stdout written to a pipe when it exits;
    // a file receives all of it.
    QTemporaryDir outDir;
    const QString outFile = outDir.filePath(QStringLiteral("stdout"));
    p.setStandardOutputFile(outFile);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return false;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return false;
    }
    out = OpsDeck::Test::readAll(outFile);
    err = p.readAllStandardError();
    exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return true;
}

CaseResult compareCase(const QString &gcl, const fs::path &caseDir, const QString &home)
{
    CaseResult result;
    PipelineContext ctx{.branch = "main"};
    ctx.variables = kVariables;
    FolderFiles files(caseDir);
    Plan ours = readPipeline(files, ".gitlab-ci.yml", ctx, PipelineFormat::GitLab);

    QTemporaryDir repo;
    const QString root = repo.path();
    fs::copy(caseDir, root.toStdString(), fs::copy_options::recursive);
    // gitlab-ci-local's own side files are not part of GitLab CI.
    fs::remove(fs::path(root.toStdString()) / ".gitlab-ci-local.yml");
    fs::remove(fs::path(root.toStdString()) / ".gitlab-ci-local-variables.yml");
    QByteArray out, err;
    int code = 0;
    const QStringList git = strings({"-c", "user.name=OpsDeck Test", "-c", "user.email=test@opsdeck.dev", "-c", "init.defaultBranch=main"});
    const QString gitProgram = QStringLiteral("git");
    if (!run(gitProgram, git + strings({"init", "-q"}), root, out, err, code) || code != 0
        || !run(gitProgram, git + strings({"add", "-A"}), root, out, err, code) || code != 0
        || !run(gitProgram, git + strings({"commit", "-q", "-m", "case", "--allow-empty"}), root, out, err, code) || code != 0) {
        result.detail = "could not make the git repository: " + err.toStdString();
        return result;
    }
    QStringList args = strings({"--list-json", "--no-color", "--json-schema-validation=false",
                                "--evaluate-rule-changes=false", "--cwd", "."});
    args << QStringLiteral("--home") << home << QStringLiteral("--file") << QStringLiteral(".gitlab-ci.yml");
    for (const auto &[k, v] : kVariables)
        args << QStringLiteral("--variable") << QString::fromStdString(k + "=" + v);
    if (!run(gcl, args, root, out, err, code)) {
        result.detail = "gitlab-ci-local did not finish";
        return result;
    }
    json theirs;
    if (code == 0) {
        // Warnings (such as "avoid overriding predefined variables") precede the JSON on stdout.
        std::string text = out.toStdString();
        std::size_t start = text.starts_with("[") ? 0 : text.find("\n[");
        theirs = json::parse(start == std::string::npos ? text : text.substr(start), nullptr, false);
        if (theirs.is_discarded() || !theirs.is_array())
            code = 1;
    }
    if (code != 0) {
        result.agree = !ours.ok();
        // The last line of gitlab-ci-local's stderr is its reason.
        std::string e = err.toStdString();
        while (!e.empty() && (e.back() == '\n' || e.back() == ' '))
            e.pop_back();
        std::string firstLine = e.substr(e.rfind('\n') == std::string::npos ? 0 : e.rfind('\n') + 1).substr(0, 300);
        result.detail = result.agree ? "both reject the file"
                                     : "gitlab-ci-local rejects it, we accept it: " + firstLine;
        return result;
    }
    if (!ours.ok()) {
        result.detail = "we reject it, gitlab-ci-local accepts it: " + ours.errors.front().toString();
        return result;
    }
    std::map<std::string, json> a, b;
    for (const JobPlan &j : ours.jobs)
        a[normaliseName(j)] = ourRow(j);
    for (const json &j : theirs)
        b[j.value("name", std::string())] = theirRow(j);
    result.agree = a == b;
    if (!result.agree) {
        for (const auto &[name, row] : b)
            if (!a.count(name))
                result.detail += "only gitlab-ci-local has '" + name + "'; ";
            else if (a[name] != row)
                result.detail += "'" + name + "': ours " + a[name].dump() + " theirs " + row.dump() + "; ";
        for (const auto &[name, row] : a)
            if (!b.count(name))
                result.detail += "only we have '" + name + "'; ";
    }
    return result;
}

} // namespace

TEST(GitLabCiLocal, JobListsAgree)
{
    const QString gcl = qEnvironmentVariable("OPSDECK_GITLAB_CI_LOCAL");
    ASSERT_TRUE(!gcl.isEmpty() && QFileInfo(gcl).isExecutable())
        << "gitlab-ci-local 4.60.1 is missing (looked for '" << gcl.toStdString()
        << "'): run packaging/install-deps.sh, which installs it for the tests";

    std::vector<fs::path> cases;
    const fs::path suite = PipeTest::ciDataDir() / "gitlab/_testsuites/firecow__gitlab-ci-local";
    for (const char *group : {"tests/test-cases", "examples"})
        for (const auto &entry : fs::directory_iterator(suite / group))
            if (fs::exists(entry.path() / ".gitlab-ci.yml"))
                cases.push_back(entry.path());
    for (const auto &entry : fs::directory_iterator(PipeTest::ciDataDir() / "gitlab"))
        if (fs::exists(entry.path() / ".gitlab-ci.yml"))
            cases.push_back(entry.path());
    std::sort(cases.begin(), cases.end());
    ASSERT_GE(cases.size(), 150u);

    QTemporaryDir home;
    int compared = 0, agreed = 0, network = 0;
    std::string report;
    for (const fs::path &dir : cases) {
        const std::string id = dir.parent_path().filename().string() + "/" + dir.filename().string();
        // Files that include other projects, components, templates or URLs need
        // the network, which tests do not use: they are counted, not compared.
        PipelineContext ctx{.branch = "main"};
        ctx.variables = kVariables;
        FolderFiles files(dir);
        Plan ours = readPipeline(files, ".gitlab-ci.yml", ctx, PipelineFormat::GitLab);
        bool needsNetwork = std::any_of(ours.unresolved.begin(), ours.unresolved.end(), [](const Unresolved &u) {
            return u.what.starts_with("include:");
        });
        if (needsNetwork || mentionsNonLocalInclude(dir)) {
            ++network;
            continue;
        }
        ++compared;
        CaseResult r = compareCase(gcl, dir, home.path());
        if (r.agree) {
            ++agreed;
            continue;
        }
        auto why = kExplainedDifferences.find(id);
        if (why != kExplainedDifferences.end()) {
            report += "  explained " + id + ": " + why->second + "\n";
            continue;
        }
        ADD_FAILURE() << id << ": " << r.detail;
    }
    std::cout << "gitlab-ci-local agreement: " << agreed << " of " << compared << " files agree exactly ("
              << network << " more need network includes and were not run)\n"
              << report;
}
