// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// opsctl: the console's headless twin. Same workspace, same backends, same
// plugins; output for people or, with --json, for scripts.
#include "capacitycommands.h"
#include "clitr.h"
#include "commands.h"
#include "logscommands.h"
#include "pipelinescommands.h"
#include "secretscommands.h"
#include "output.h"

#include <appcontext.h>
#include <buildconfig.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <memory>

using namespace OpsDeck;
using namespace OpsDeck::Cli;
using namespace Qt::StringLiterals;

namespace {

QString usageText()
{
    return Tr::tr(
        "Usage: opsctl [--workspace DIR] [--json] COMMAND [ARGS]\n"
        "\n"
        "Commands:\n"
        "  plugins list [--check] [--no-load]  every plugin file found, loaded or not, with the reason\n"
        "                                      for each refused one\n"
        "  workspace info                      the workspace, its profile and its backends\n"
        "  workspace init [--demo]             create the workspace (--demo: as a demo workspace)\n"
        "  logs ingest PATH... [--service S] [--host H] [--multiline indent] [--follow]\n"
        "                                      read log files or folders (plain or gzip) into the store;\n"
        "                                      prints the number of records committed\n"
        "  logs search QUERY [--since T] [--until T] [--limit N] [--count]\n"
        "                                      newest matches first (T: 24h, 7d, or an RFC 3339 time;\n"
        "                                      default: the last 7 days)\n"
        "  logs tail QUERY                     print matching records as they arrive, until Ctrl+C\n"
        "  logs listen [--syslog-udp PORT] [--syslog-tcp PORT] [--bind ADDR]\n"
        "                                      receive syslog (RFC 5424/3164) until SIGTERM\n"
        "  logs stats                          records and sizes per storage tier\n"
        "  secrets init                        create the workspace's vault (you become its admin)\n"
        "  secrets put PATH [--value V]        store a new version (the value from standard input\n"
        "                                      without --value); prints the version\n"
        "  secrets get PATH [--ver N]          print exactly the value (version N, else the current one)\n"
        "  secrets list [PREFIX]               the secrets you may list, with their versions\n"
        "  secrets versions PATH               every version of one secret\n"
        "  secrets delete PATH [--ver N]       hide a version (undelete brings it back)\n"
        "  secrets undelete PATH [--ver N]\n"
        "  secrets destroy PATH --ver N        remove a version's ciphertext for good\n"
        "  secrets rollback PATH --ver N       a new version with the value of version N\n"
        "  secrets meta PATH [FIELD=VALUE ...] show or set owner, description, tags, expires,\n"
        "                                      rotation_days, generator\n"
        "  secrets rotate PATH                 a new version from the secret's generator\n"
        "  secrets due                         secrets due or overdue for rotation\n"
        "  secrets rotate-root                 a new root key (re-seals the keyring only)\n"
        "  secrets rewrap                      a new key term; re-wraps every data key\n"
        "  secrets check IDENTITY CAPABILITY PATH\n"
        "                                      may IDENTITY do CAPABILITY on PATH? (exit 0 if so)\n"
        "  secrets policy show | set FILE      the identities and policies (docs/vault-policy.md)\n"
        "  secrets identity list | add NAME user|application POLICY[,POLICY] | remove NAME\n"
        "                    | disable NAME | enable NAME\n"
        "  secrets audit list [identity=I] [path=P] [action=A] [denied] [limit=N]\n"
        "  secrets audit verify                check the audit log's chain and signed head\n"
        "  secrets import FILE [PREFIX]        .env (keys become PREFIX/KEY) or JSON {\"path\": \"value\"}\n"
        "  secrets export [PREFIX] --format env|json --yes\n"
        "                                      print every value you may read (audited)\n"
        "  secrets keyring status | enable | disable\n"
        "                                      quick unlock: a key in the system keyring opens the vault\n"
        "  pipelines validate FILE [--ref REF] print the plan of a pipeline file (.opsdeck/pipeline.yml,\n"
        "                                      .gitlab-ci.yml, .github/workflows/*.yml); runs nothing\n"
        "  pipelines artifacts stats           stored vs logical bytes of the artifact store\n"
        "  pipelines repos add NAME SOURCE | repos list\n"
        "                                      repositories the engine builds (a path or a git URL)\n"
        "  pipelines run --repo R --ref REF [--env E] [--wait] [--no-tests] [--no-rollback]\n"
        "                                      start a run; prints its id; --wait streams the log and\n"
        "                                      exits 0 only if the run succeeded\n"
        "  pipelines deploy --repo R --ref REF --env E [--wait]   a run for environment E\n"
        "  pipelines list [--repo R] [--env E] [--limit N]        runs, newest first\n"
        "  pipelines show RUN                  a run's jobs and steps\n"
        "  pipelines logs RUN [JOB] [--follow] the whole log (of one job)\n"
        "  pipelines cancel RUN|JOB, retry RUN|JOB [--wait], approve JOB\n"
        "  pipelines rollback ENV              back to the previous successful deployment\n"
        "  pipelines freeze ENV [REASON], unfreeze ENV, environments, events [RUN]\n"
        "  capacity plan SCENARIO [--markdown|--csv] [--set INPUT=VALUE ...]\n"
        "                                      every output of a scenario file with its unit and formula,\n"
        "                                      and the contradictions between its inputs\n"
        "  capacity plan --example             a complete scenario with the seed's CI/CD and log numbers\n"
        "  capacity simulate POLICY LOAD [--duration D] [--step S] [--seed N] [--csv]\n"
        "                                      replay LOAD (a spec such as diurnal:low=0.12,high=1.2, or a\n"
        "                                      CSV file time_s,arrivals_per_s) through the autoscaling\n"
        "                                      policy of scenario file POLICY\n"
        "  metrics query EXPR [--range D [--step S]] [--source embedded|prometheus --url URL]\n"
        "                                      PromQL against the workspace's metrics or a Prometheus\n"
        "\n"
        "Options:\n"
        "  --workspace DIR  the workspace folder (else $OPSDECK_WORKSPACE, else the default)\n"
        "  --json           machine-readable output\n"
        "  --check          with 'plugins list': exit 4 if any plugin was refused\n"
        "  --no-load        with 'plugins list': read metadata only, run no plugin code\n"
        "  --demo           with 'workspace init': mark it as a demo workspace\n"
        "  --as IDENTITY    with 'secrets': act as IDENTITY (default: the local user)\n"
        "  --yes            with 'secrets export': confirm that values are to be printed\n"
        "  --keyring        with 'secrets': unlock with the system keyring instead of the passphrase\n"
        "  --ref REF        with 'pipelines validate': the branch (or refs/tags/T) rules see (default main);\n"
        "                   with 'pipelines run/deploy': the branch, tag or commit to build\n"
        "  The vault's passphrase comes from $OPSDECK_VAULT_PASSPHRASE, else from a prompt.\n"
        "  -h, --help       this help\n"
        "  -v, --version    the version\n"
        "\n"
        "Exit codes: 0 ok, 1 failed, 2 usage, 3 workspace cannot be opened, 4 plugin problems.\n"
        "See docs/cli.md for the full reference.");
}

void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        printErr(message);
}

int usageError(const QString &message)
{
    printErr(Tr::tr("opsctl: %1").arg(message));
    printErr(Tr::tr("Run 'opsctl --help' for usage."));
    return Usage;
}

// Plugins may create icons or fonts while they initialise; that needs a GUI
// application object, which runs happily on the offscreen platform.
bool needsGuiApplication(int argc, char **argv)
{
    QStringList words;
    for (int i = 1; i < argc; ++i)
        words.append(QString::fromLocal8Bit(argv[i]));
    const qsizetype at = words.indexOf(QStringLiteral("plugins"));
    return at >= 0 && at + 1 < words.size() && words.at(at + 1) == u"list"
        && !words.contains(QStringLiteral("--no-load"));
}

} // namespace

int main(int argc, char **argv)
{
    // opsctl reports failures itself, one line each; log lines (ours, and
    // Qt's, such as the runtime-dir notice of the offscreen platform) would
    // say things twice or add noise scripts must filter. OPSDECK_DEBUG=1 or
    // QT_LOGGING_RULES bring them back.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES") && qEnvironmentVariableIsEmpty("OPSDECK_DEBUG"))
        qInstallMessageHandler(quietMessages);
    std::unique_ptr<QCoreApplication> app;
    if (needsGuiApplication(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("OpsDeck"));
    QCoreApplication::setApplicationName(QStringLiteral("opsctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPSDECK_VERSION));
    Core::AppContext::installTranslations({}); // opsctl follows the locale (LANG)

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption workspaceOpt(QStringLiteral("workspace"), {}, QStringLiteral("DIR"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"));
    const QCommandLineOption checkOpt(QStringLiteral("check"));
    const QCommandLineOption noLoadOpt(QStringLiteral("no-load"));
    const QCommandLineOption demoOpt(QStringLiteral("demo"));
    const QCommandLineOption serviceOpt(QStringLiteral("service"), {}, QStringLiteral("S"));
    const QCommandLineOption hostOpt(QStringLiteral("host"), {}, QStringLiteral("H"));
    const QCommandLineOption multilineOpt(QStringLiteral("multiline"), {}, QStringLiteral("RULE"));
    const QCommandLineOption followOpt(QStringLiteral("follow"));
    const QCommandLineOption sinceOpt(QStringLiteral("since"), {}, QStringLiteral("T"));
    const QCommandLineOption untilOpt(QStringLiteral("until"), {}, QStringLiteral("T"));
    const QCommandLineOption limitOpt(QStringLiteral("limit"), {}, QStringLiteral("N"));
    const QCommandLineOption countOpt(QStringLiteral("count"));
    const QCommandLineOption udpOpt(QStringLiteral("syslog-udp"), {}, QStringLiteral("PORT"));
    const QCommandLineOption tcpOpt(QStringLiteral("syslog-tcp"), {}, QStringLiteral("PORT"));
    const QCommandLineOption bindOpt(QStringLiteral("bind"), {}, QStringLiteral("ADDR"));
    const QCommandLineOption asOpt(QStringLiteral("as"), {}, QStringLiteral("IDENTITY"));
    const QCommandLineOption valueOpt(QStringLiteral("value"), {}, QStringLiteral("V"));
    const QCommandLineOption versionNumberOpt(QStringLiteral("ver"), {}, QStringLiteral("N"));
    const QCommandLineOption yesOpt(QStringLiteral("yes"));
    const QCommandLineOption keyringOpt(QStringLiteral("keyring"));
    const QCommandLineOption refOpt(QStringLiteral("ref"), {}, QStringLiteral("REF"));
    const QCommandLineOption formatOpt(QStringLiteral("format"), {}, QStringLiteral("F"));
    const QCommandLineOption repoOpt(QStringLiteral("repo"), {}, QStringLiteral("REPO"));
    const QCommandLineOption envOpt(QStringLiteral("env"), {}, QStringLiteral("ENV"));
    const QCommandLineOption waitOpt(QStringLiteral("wait"));
    const QCommandLineOption noTestsOpt(QStringLiteral("no-tests"));
    const QCommandLineOption noRollbackOpt(QStringLiteral("no-rollback"));
    const QCommandLineOption setOpt(QStringLiteral("set"), {}, QStringLiteral("INPUT=VALUE"));
    const QCommandLineOption markdownOpt(QStringLiteral("markdown"));
    const QCommandLineOption csvOpt(QStringLiteral("csv"));
    const QCommandLineOption exampleOpt(QStringLiteral("example"));
    const QCommandLineOption durationOpt(QStringLiteral("duration"), {}, QStringLiteral("D"));
    const QCommandLineOption stepOpt(QStringLiteral("step"), {}, QStringLiteral("S"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), {}, QStringLiteral("N"));
    const QCommandLineOption sourceOpt(QStringLiteral("source"), {}, QStringLiteral("SOURCE"));
    const QCommandLineOption urlOpt(QStringLiteral("url"), {}, QStringLiteral("URL"));
    const QCommandLineOption rangeOpt(QStringLiteral("range"), {}, QStringLiteral("D"));
    const QCommandLineOption helpOpt(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption versionOpt(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    parser.addOptions({workspaceOpt, jsonOpt, checkOpt, noLoadOpt, demoOpt, helpOpt, versionOpt, serviceOpt, hostOpt,
                       multilineOpt, followOpt, sinceOpt, untilOpt, limitOpt, countOpt, udpOpt, tcpOpt, bindOpt,
                       asOpt, valueOpt, versionNumberOpt, yesOpt, formatOpt, keyringOpt, refOpt, repoOpt, envOpt,
                       waitOpt, noTestsOpt, noRollbackOpt, setOpt, markdownOpt, csvOpt, exampleOpt, durationOpt,
                       stepOpt, seedOpt, sourceOpt, urlOpt, rangeOpt});
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());

    if (parser.isSet(helpOpt)) {
        printOut(usageText());
        return Ok;
    }
    if (parser.isSet(versionOpt)) {
        printOut(QStringLiteral("opsctl %1").arg(QStringLiteral(OPSDECK_VERSION)));
        return Ok;
    }

    GlobalOptions global;
    global.workspace = parser.value(workspaceOpt);
    global.json = parser.isSet(jsonOpt);
    if (parser.isSet(workspaceOpt) && global.workspace.isEmpty())
        return usageError(Tr::tr("--workspace needs a folder"));

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(Tr::tr("no command given"));
    const QString noun = args.value(0);
    const QString verb = args.value(1);
    const QString command = QStringLiteral("%1 %2").arg(noun, verb);
    auto onlyFor = [&](const QCommandLineOption &option, const QStringList &where) -> bool {
        if (parser.isSet(option) && !where.contains(command)) {
            usageError(Tr::tr("--%1 only applies to '%2'").arg(option.names().constFirst(), where.join(u"', '"_s)));
            return false;
        }
        return true;
    };
    const QStringList pipelineRuns{u"pipelines run"_s, u"pipelines deploy"_s};
    for (const auto &[option, where] :
         {std::pair{&checkOpt, QStringList{u"plugins list"_s}}, std::pair{&noLoadOpt, QStringList{u"plugins list"_s}},
          std::pair{&demoOpt, QStringList{u"workspace init"_s}},
          std::pair{&serviceOpt, QStringList{u"logs ingest"_s}}, std::pair{&hostOpt, QStringList{u"logs ingest"_s}},
          std::pair{&multilineOpt, QStringList{u"logs ingest"_s}},
          std::pair{&followOpt, QStringList{u"logs ingest"_s, u"pipelines logs"_s}},
          std::pair{&sinceOpt, QStringList{u"logs search"_s}}, std::pair{&untilOpt, QStringList{u"logs search"_s}},
          std::pair{&limitOpt, QStringList{u"logs search"_s, u"pipelines list"_s, u"pipelines events"_s}},
          std::pair{&countOpt, QStringList{u"logs search"_s}},
          std::pair{&udpOpt, QStringList{u"logs listen"_s}}, std::pair{&tcpOpt, QStringList{u"logs listen"_s}},
          std::pair{&bindOpt, QStringList{u"logs listen"_s}}, std::pair{&yesOpt, QStringList{u"secrets export"_s}},
          std::pair{&formatOpt, QStringList{u"secrets export"_s}},
          std::pair{&refOpt, QStringList{u"pipelines validate"_s} + pipelineRuns},
          std::pair{&repoOpt, pipelineRuns + QStringList{u"pipelines list"_s}},
          std::pair{&envOpt, pipelineRuns + QStringList{u"pipelines list"_s}},
          std::pair{&waitOpt, pipelineRuns + QStringList{u"pipelines retry"_s}}, std::pair{&noTestsOpt, pipelineRuns},
          std::pair{&noRollbackOpt, pipelineRuns},
          std::pair{&setOpt, QStringList{u"capacity plan"_s, u"capacity simulate"_s}},
          std::pair{&markdownOpt, QStringList{u"capacity plan"_s}},
          std::pair{&csvOpt, QStringList{u"capacity plan"_s, u"capacity simulate"_s}},
          std::pair{&exampleOpt, QStringList{u"capacity plan"_s}},
          std::pair{&durationOpt, QStringList{u"capacity simulate"_s}},
          std::pair{&stepOpt, QStringList{u"capacity simulate"_s, u"metrics query"_s}},
          std::pair{&seedOpt, QStringList{u"capacity simulate"_s}},
          std::pair{&sourceOpt, QStringList{u"metrics query"_s}}, std::pair{&urlOpt, QStringList{u"metrics query"_s}},
          std::pair{&rangeOpt, QStringList{u"metrics query"_s}}}) {
        if (!onlyFor(*option, where))
            return Usage;
    }
    if (noun != u"secrets") {
        for (const QCommandLineOption *option : {&asOpt, &valueOpt, &versionNumberOpt, &keyringOpt}) {
            if (parser.isSet(*option))
                return usageError(Tr::tr("--%1 only applies to 'secrets' commands").arg(option->names().constFirst()));
        }
    }
    if (noun == u"secrets") {
        SecretsOptions secrets;
        secrets.args = args.mid(2);
        secrets.as = parser.value(asOpt);
        secrets.hasValue = parser.isSet(valueOpt);
        secrets.value = parser.value(valueOpt);
        secrets.yes = parser.isSet(yesOpt);
        secrets.keyring = parser.isSet(keyringOpt);
        secrets.format = parser.value(formatOpt);
        if (parser.isSet(versionNumberOpt)) {
            bool ok = false;
            secrets.version = parser.value(versionNumberOpt).toInt(&ok);
            if (!ok || secrets.version < 1)
                return usageError(Tr::tr("--ver needs a version number from 1"));
        }
        return secretsCommand(global, verb, secrets);
    }
    if (noun == u"pipelines") {
        PipelinesOptions pipelines;
        pipelines.args = args.mid(2);
        pipelines.ref = parser.value(refOpt);
        if (verb == u"validate")
            return pipelinesValidate(global, pipelines);
        if (verb == u"artifacts" && pipelines.args == QStringList{u"stats"_s})
            return pipelinesArtifactsStats(global);
        if (verb.isEmpty() || verb == u"artifacts")
            return usageError(verb.isEmpty() ? Tr::tr("'%1' needs a command").arg(noun)
                                             : Tr::tr("unknown command '%1 %2'").arg(noun, args.mid(1).join(u' ')));
        pipelines.repo = parser.value(repoOpt);
        pipelines.env = parser.value(envOpt);
        pipelines.wait = parser.isSet(waitOpt);
        pipelines.follow = parser.isSet(followOpt);
        pipelines.noTests = parser.isSet(noTestsOpt);
        pipelines.noRollback = parser.isSet(noRollbackOpt);
        if (parser.isSet(limitOpt)) {
            bool ok = false;
            pipelines.limit = parser.value(limitOpt).toInt(&ok);
            if (!ok || pipelines.limit < 1 || pipelines.limit > 100000)
                return usageError(Tr::tr("--limit needs a number from 1 to 100000"));
        }
        return pipelinesCommand(global, verb, pipelines);
    }
    if (noun == u"capacity") {
        CapacityOptions capacity;
        capacity.args = args.mid(2);
        capacity.set = parser.values(setOpt);
        capacity.example = parser.isSet(exampleOpt);
        capacity.duration = parser.value(durationOpt);
        capacity.step = parser.value(stepOpt);
        capacity.seed = parser.value(seedOpt);
        const int formats = int(global.json) + int(parser.isSet(markdownOpt)) + int(parser.isSet(csvOpt));
        if (formats > 1)
            return usageError(Tr::tr("--json, --markdown and --csv exclude each other"));
        capacity.format = global.json                  ? ReportFormat::Json
                          : parser.isSet(markdownOpt) ? ReportFormat::Markdown
                          : parser.isSet(csvOpt)      ? ReportFormat::Csv
                                                      : ReportFormat::Text;
        return capacityCommand(global, verb, capacity);
    }
    if (noun == u"metrics") {
        MetricsOptions metrics;
        metrics.args = args.mid(2);
        metrics.source = parser.value(sourceOpt);
        metrics.url = parser.value(urlOpt);
        metrics.range = parser.value(rangeOpt);
        metrics.step = parser.value(stepOpt);
        return metricsCommand(global, verb, metrics);
    }
    if (noun == u"logs") {
        LogsOptions logs;
        logs.args = args.mid(2);
        logs.service = parser.value(serviceOpt);
        logs.host = parser.value(hostOpt);
        logs.multiline = parser.value(multilineOpt);
        logs.follow = parser.isSet(followOpt);
        logs.since = parser.value(sinceOpt);
        logs.until = parser.value(untilOpt);
        logs.count = parser.isSet(countOpt);
        logs.bind = parser.value(bindOpt);
        auto number = [&](const QCommandLineOption &option, int min, int max, int &out) {
            if (!parser.isSet(option))
                return true;
            bool ok = false;
            out = parser.value(option).toInt(&ok);
            if (!ok || out < min || out > max) {
                usageError(Tr::tr("--%1 needs a number from %2 to %3").arg(option.names().constFirst()).arg(min).arg(max));
                return false;
            }
            return true;
        };
        if (!number(limitOpt, 1, 10000, logs.limit) || !number(udpOpt, 0, 65535, logs.syslogUdp)
            || !number(tcpOpt, 0, 65535, logs.syslogTcp))
            return Usage;
        if (!logs.multiline.isEmpty() && logs.multiline != u"indent")
            return usageError(Tr::tr("--multiline knows one rule: indent"));
        if (verb == u"ingest")
            return logsIngest(global, logs);
        if (verb == u"search")
            return logsSearch(global, logs);
        if (verb == u"tail")
            return logsTail(global, logs);
        if (verb == u"listen")
            return logs.args.isEmpty() ? logsListen(global, logs)
                                       : usageError(Tr::tr("unexpected argument '%1'").arg(logs.args.at(0)));
        if (verb == u"stats")
            return logs.args.isEmpty() ? logsStats(global)
                                       : usageError(Tr::tr("unexpected argument '%1'").arg(logs.args.at(0)));
        return usageError(verb.isEmpty() ? Tr::tr("'%1' needs a command").arg(noun)
                                         : Tr::tr("unknown command '%1 %2'").arg(noun, verb));
    }
    if (args.size() > 2)
        return usageError(Tr::tr("unexpected argument '%1'").arg(args.at(2)));

    if (noun == u"plugins" && verb == u"list")
        return pluginsList(global, !parser.isSet(noLoadOpt), parser.isSet(checkOpt));
    if (noun == u"workspace" && verb == u"info")
        return workspaceInfo(global);
    if (noun == u"workspace" && verb == u"init")
        return workspaceInit(global, parser.isSet(demoOpt));
    if (noun == u"plugins" || noun == u"workspace") {
        return usageError(verb.isEmpty() ? Tr::tr("'%1' needs a command").arg(noun)
                                         : Tr::tr("unknown command '%1 %2'").arg(noun, verb));
    }
    return usageError(Tr::tr("unknown command '%1'").arg(noun));
}
