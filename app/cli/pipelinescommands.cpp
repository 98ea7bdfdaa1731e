// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "pipelinescommands.h"

#include "clitr.h"
#include "output.h"

#include <workspace.h>

#include <opsdeck/pipelines/artifactstore.h>
#include <opsdeck/pipelines/pipelinereader.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <filesystem>

namespace OpsDeck::Cli {

using namespace Qt::StringLiterals;
namespace Pipe = OpsDeck::Pipelines;

namespace {

int failLine(const QString &message)
{
    printErr(Tr::tr("opsctl: %1").arg(message));
    return Failed;
}

/**
 * Where \a file sits in its repository: the folder holding ".git" above it
 * (so includes and the format follow the repository's own paths), else the
 * file's folder.
 */
std::pair<std::filesystem::path, std::string> repositoryOf(const QString &file)
{
    const std::filesystem::path absolute = std::filesystem::absolute(file.toStdString()).lexically_normal();
    for (std::filesystem::path dir = absolute.parent_path(); !dir.empty(); dir = dir.parent_path()) {
        std::error_code ec;
        if (std::filesystem::exists(dir / ".git", ec))
            return {dir, absolute.lexically_relative(dir).generic_string()};
        if (dir == dir.root_path())
            break;
    }
    return {absolute.parent_path(), absolute.filename().generic_string()};
}

Pipe::PipelineFormat formatOf(const std::string &absolute)
{
    if (absolute.find("/.github/workflows/") != std::string::npos)
        return Pipe::PipelineFormat::GitHub;
    if (absolute.find("/.opsdeck/") != std::string::npos)
        return Pipe::PipelineFormat::Native;
    return Pipe::PipelineFormat::GitLab;
}

QString needsText(const Pipe::JobPlan &job)
{
    if (!job.needs)
        return Tr::tr("(stage order)");
    QStringList names;
    for (const Pipe::Need &need : *job.needs)
        names << QString::fromStdString(need.job) + (need.optional ? u"?"_s : QString());
    return names.isEmpty() ? Tr::tr("(none: starts at once)") : names.join(u", "_s);
}

QString bytes(std::uint64_t n)
{
    return QLocale::c().formattedDataSize(static_cast<qint64>(n), 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

int pipelinesValidate(const GlobalOptions &global, const PipelinesOptions &options)
{
    if (options.args.size() != 1) {
        printErr(Tr::tr("opsctl: usage: opsctl pipelines validate FILE [--json] [--ref REF]"));
        return Usage;
    }
    const QString file = options.args.at(0);
    const QFileInfo info(file);
    if (!info.isFile())
        return failLine(Tr::tr("%1: no such file").arg(file));
    const auto [root, relative] = repositoryOf(file);
    const Pipe::FolderFiles files(root);
    Pipe::PipelineContext context;
    const std::string ref = options.ref.isEmpty() ? context.defaultBranch : options.ref.toStdString();
    if (ref.rfind("refs/tags/", 0) == 0)
        context.tag = ref.substr(10);
    else
        context.branch = ref.rfind("refs/heads/", 0) == 0 ? ref.substr(11) : ref;
    const Pipe::Plan plan = Pipe::readPipeline(files, relative, context,
                                               formatOf(info.absoluteFilePath().toStdString()));
    if (global.json) {
        // The reader's own JSON (docs/pipeline-files.md), printed as it is.
        std::fputs(Pipe::planToJson(plan).c_str(), stdout);
        std::fputc('\n', stdout);
        if (!plan.ok())
            std::fputs(Pipe::planToText(plan).c_str(), stderr);
        return plan.ok() ? Ok : Failed;
    }
    if (!plan.ok()) {
        for (const Pipe::Diagnostic &e : plan.errors)
            printErr(QString::fromStdString(e.toString()));
        return Failed;
    }
    // Stages with jobs (GitLab always declares .pre and .post).
    QSet<QString> used;
    for (const Pipe::JobPlan &job : plan.jobs)
        used.insert(QString::fromStdString(job.stage));
    printOut(Tr::tr("%1: %2 job(s) in %3 stage(s)%4")
                 .arg(file)
                 .arg(plan.jobs.size())
                 .arg(used.size())
                 .arg(plan.pipelineRuns ? QString()
                                        : Tr::tr("; no pipeline for %1: %2")
                                              .arg(QString::fromStdString(ref), QString::fromStdString(plan.notRunReason))));
    Table table({Tr::tr("STAGE"), Tr::tr("JOB"), Tr::tr("WHEN"), Tr::tr("ALLOW FAILURE"), Tr::tr("NEEDS")});
    for (const Pipe::JobPlan &job : plan.jobs) {
        QString when = QString::fromLatin1(Pipe::toString(job.when));
        if (!job.whenReason.empty())
            when += u" ("_s + QString::fromStdString(job.whenReason) + u")"_s;
        table.addRow({QString::fromStdString(job.stage), QString::fromStdString(job.name), when,
                      job.allowFailure ? Tr::tr("yes") : Tr::tr("no"), needsText(job)});
    }
    printOut(table.toString());
    for (const Pipe::Unresolved &u : plan.unresolved)
        printOut(Tr::tr("%1: not run offline: %2 (%3)")
                     .arg(QString::fromStdString(u.where.toString()), QString::fromStdString(u.what),
                          QString::fromStdString(u.reason)));
    for (const Pipe::Diagnostic &w : plan.warnings)
        printErr(Tr::tr("%1 (warning)").arg(QString::fromStdString(w.toString())));
    return Ok;
}

int pipelinesArtifactsStats(const GlobalOptions &global)
{
    const auto location = Core::Workspace::locate(global.workspace);
    auto workspace = Core::Workspace::open(location.path, false);
    if (!workspace) {
        printErr(Tr::tr("opsctl: %1").arg(workspace.error().toString()));
        return WorkspaceError;
    }
    const std::string dir = QDir(workspace->path).filePath(u"pipelines/artifacts"_s).toStdString();
    Pipe::ArtifactStats stats;
    if (std::filesystem::exists(dir)) {
        Pipe::ArtifactStoreOptions storeOptions;
        storeOptions.createIfMissing = false; // reading never makes an empty store
        Pipe::ArtifactStatus status;
        const auto store = Pipe::ArtifactStore::open(dir, storeOptions, &status);
        if (!store)
            return failLine(QString::fromStdString(status.message));
        if (status = store->stats(&stats); !status.ok())
            return failLine(QString::fromStdString(status.message));
    }
    if (global.json) {
        printJson(QJsonObject{{u"manifests"_s, static_cast<qint64>(stats.manifests)},
                              {u"files"_s, static_cast<qint64>(stats.files)},
                              {u"logical_bytes"_s, static_cast<qint64>(stats.logicalBytes)},
                              {u"unique_bytes"_s, static_cast<qint64>(stats.uniqueBytes)},
                              {u"stored_bytes"_s, static_cast<qint64>(stats.storedBytes)},
                              {u"blobs"_s, static_cast<qint64>(stats.blobs)},
                              {u"raw_blobs"_s, static_cast<qint64>(stats.rawBlobs)},
                              {u"manifest_bytes"_s, static_cast<qint64>(stats.manifestBytes)},
                              {u"garbage_blobs"_s, static_cast<qint64>(stats.garbageBlobs)},
                              {u"garbage_bytes"_s, static_cast<qint64>(stats.garbageBytes)},
                              {u"dedupe_ratio"_s, stats.dedupeRatio()},
                              {u"compression_ratio"_s, stats.compressionRatio()},
                              {u"total_ratio"_s, stats.totalRatio()}});
        return Ok;
    }
    Table table({Tr::tr("MEASURE"), Tr::tr("VALUE")});
    table.addRow({Tr::tr("artifact sets (run, job)"), QString::number(stats.manifests)});
    table.addRow({Tr::tr("files"), QString::number(stats.files)});
    table.addRow({Tr::tr("logical bytes (all files of all sets)"), bytes(stats.logicalBytes)});
    table.addRow({Tr::tr("after deduplication"), bytes(stats.uniqueBytes)});
    table.addRow({Tr::tr("stored bytes (compressed, on disk)"), bytes(stats.storedBytes)});
    table.addRow({Tr::tr("deduplication"), QStringLiteral("%1×").arg(stats.dedupeRatio(), 0, 'f', 2)});
    table.addRow({Tr::tr("compression"), QStringLiteral("%1×").arg(stats.compressionRatio(), 0, 'f', 2)});
    table.addRow({Tr::tr("logical / stored"), QStringLiteral("%1×").arg(stats.totalRatio(), 0, 'f', 2)});
    table.addRow({Tr::tr("garbage (gc removes it)"),
                  Tr::tr("%1 blob(s), %2").arg(stats.garbageBlobs).arg(bytes(stats.garbageBytes))});
    printOut(table.toString());
    return Ok;
}

} // namespace OpsDeck::Cli
