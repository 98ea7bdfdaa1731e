// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "secretscommands.h"

#include "clitr.h"
#include "output.h"

#include <workspace.h>

#include <opsdeck/vault/vaultengine.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include <fcntl.h>
#include <pwd.h>
#include <termios.h>
#include <unistd.h>

namespace OpsDeck::Cli {

using namespace Qt::StringLiterals;
using namespace OpsDeck::Vault;

namespace {

int failLine(const QString &message)
{
    printErr(Tr::tr("opsctl: %1").arg(message));
    return Failed;
}

int failStatus(const VaultStatus &status)
{
    return failLine(QString::fromStdString(status.message));
}

QString localUser()
{
    if (const QByteArray user = qgetenv("USER"); !user.isEmpty())
        return QString::fromLocal8Bit(user);
    if (const passwd *pw = ::getpwuid(::getuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return u"user-%1"_s.arg(::getuid());
}

/** Reads one line from the terminal with echo off; false when there is no terminal. */
bool promptHidden(const QString &prompt, SecureBuffer &out)
{
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0)
        return false;
    const QByteArray text = prompt.toLocal8Bit();
    if (::write(tty, text.constData(), static_cast<std::size_t>(text.size())) < 0) {
        ::close(tty);
        return false;
    }
    termios saved{};
    const bool isTerminal = ::tcgetattr(tty, &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(tty, TCSAFLUSH, &quiet);
    }
    SecureBuffer line(1024);
    std::size_t length = 0;
    char c = 0;
    while (length < line.size() && ::read(tty, &c, 1) == 1 && c != '\n')
        line.data()[length++] = static_cast<unsigned char>(c);
    if (isTerminal)
        ::tcsetattr(tty, TCSAFLUSH, &saved);
    const ssize_t ignored = ::write(tty, "\n", 1);
    (void)ignored;
    ::close(tty);
    line.truncate(length);
    out = std::move(line);
    return true;
}

/** The passphrase: OPSDECK_VAULT_PASSPHRASE, else the terminal (twice when \a confirm). */
bool readPassphrase(bool confirm, SecureBuffer &out, QString *why)
{
    if (const char *env = std::getenv("OPSDECK_VAULT_PASSPHRASE"); env && *env) {
        out = SecureBuffer(env, std::strlen(env));
        return true;
    }
    if (!promptHidden(Tr::tr("Vault passphrase: "), out)) {
        *why = Tr::tr("no passphrase: set OPSDECK_VAULT_PASSPHRASE or run in a terminal");
        return false;
    }
    if (confirm) {
        SecureBuffer again;
        if (!promptHidden(Tr::tr("The same passphrase again: "), again) || !again.equals(out)) {
            *why = Tr::tr("the two passphrases differ; nothing was created");
            return false;
        }
    }
    if (out.empty()) {
        *why = Tr::tr("the passphrase is empty");
        return false;
    }
    return true;
}

/** The whole of standard input, for `put` without --value. */
SecureBuffer readStdin()
{
    std::string buffer;
    char chunk[4096];
    for (std::size_t n; (n = std::fread(chunk, 1, sizeof chunk, stdin)) > 0;)
        buffer.append(chunk, n);
    SecureBuffer out(buffer.data(), buffer.size());
    std::fill(buffer.begin(), buffer.end(), '\0'); // the only other copy
    return out;
}

QString capabilityList()
{
    return u"read, list, create, update, delete, rotate, admin"_s;
}

QString timeText(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

int secretsCommand(const GlobalOptions &global, const QString &verb, const SecretsOptions &options)
{
    const auto location = Core::Workspace::locate(global.workspace);
    const bool creating = verb == u"init";
    auto workspace = Core::Workspace::open(location.path, creating);
    if (!workspace) {
        printErr(Tr::tr("opsctl: %1").arg(workspace.error().toString()));
        return WorkspaceError;
    }
    const std::string dir = QDir(workspace->path).filePath(u"vault"_s).toStdString();
    RequestContext who;
    who.identity = (options.as.isEmpty() ? localUser() : options.as).toStdString();
    who.pid = ::getpid();
    who.process = "opsctl";
    char host[256] = {};
    if (::gethostname(host, sizeof host - 1) == 0)
        who.host = host;
    const QStringList &args = options.args;
    auto needArgs = [&](qsizetype min, qsizetype max, const QString &usage) {
        if (args.size() < min || args.size() > max) {
            printErr(Tr::tr("opsctl: usage: opsctl secrets %1").arg(usage));
            return false;
        }
        return true;
    };

    if (creating) {
        if (!needArgs(0, 0, u"init"_s))
            return Usage;
        if (QFileInfo::exists(QString::fromStdString(dir + "/keys.json")))
            return failLine(Tr::tr("%1 already holds a vault").arg(QString::fromStdString(dir)));
        SecureBuffer passphrase;
        QString why;
        if (!readPassphrase(true, passphrase, &why))
            return failLine(why);
        const Argon2Params kdf = calibrateArgon2id(0.25);
        VaultStatus status;
        auto vault = VaultEngine::create(dir, passphrase.span(), kdf, who.identity, &status);
        if (!vault)
            return failStatus(status);
        printOut(Tr::tr("Created a vault in %1; %2 is its admin.")
                     .arg(QDir::toNativeSeparators(QString::fromStdString(dir)), QString::fromStdString(who.identity)));
        return Ok;
    }

    // Every other verb works on an unlocked vault.
    VaultStatus status;
    auto vault = VaultEngine::open(dir, &status);
    if (!vault) {
        if (status.code == VaultErrorCode::NotFound)
            return failLine(Tr::tr("no vault in this workspace (create one with 'opsctl secrets init')"));
        return failStatus(status);
    }
    SecureBuffer passphrase;
    QString why;
    if (!readPassphrase(false, passphrase, &why))
        return failLine(why);
    if (status = vault->unlock(passphrase.span(), who); !status.ok())
        return failStatus(status);
    passphrase.clear();

    if (verb == u"put") {
        if (!needArgs(1, 1, u"put PATH [--value V]   (the value from standard input without --value)"_s))
            return Usage;
        SecureBuffer value = options.hasValue
                                 ? SecureBuffer(options.value.toUtf8().constData(),
                                                static_cast<std::size_t>(options.value.toUtf8().size()))
                                 : readStdin();
        const bool multiLine = value.view().find('\n') != std::string_view::npos
                               && value.view().find('\n') + 1 != value.size();
        VersionInfo written;
        if (status = vault->put(who, args.at(0).toStdString(), value.span(),
                                multiLine ? ValueKind::MultiLine : ValueKind::String, &written);
            !status.ok())
            return failStatus(status);
        if (global.json)
            printJson(QJsonObject{{u"path"_s, args.at(0)}, {u"version"_s, static_cast<qint64>(written.version)}});
        else
            printOut(Tr::tr("%1 version %2").arg(args.at(0)).arg(written.version));
        return Ok;
    }
    if (verb == u"get") {
        if (!needArgs(1, 1, u"get PATH [--ver N]"_s))
            return Usage;
        SecureBuffer value;
        if (status = vault->get(who, args.at(0).toStdString(), static_cast<std::uint32_t>(options.version), value);
            !status.ok())
            return failStatus(status);
        // Exactly the value: scripts use $(opsctl secrets get ...).
        std::fwrite(value.data(), 1, value.size(), stdout);
        std::fflush(stdout);
        return Ok;
    }
    if (verb == u"list" || verb == u"versions") {
        const bool versions = verb == u"versions";
        if (!needArgs(versions ? 1 : 0, 1, versions ? u"versions PATH"_s : u"list [PREFIX]"_s))
            return Usage;
        std::vector<SecretSummary> found;
        if (status = vault->list(who, args.value(0).toStdString(), found); !status.ok())
            return failStatus(status);
        if (versions) {
            const auto it = std::find_if(found.begin(), found.end(),
                                         [&](const SecretSummary &s) { return QString::fromStdString(s.path) == args.at(0); });
            if (it == found.end())
                return failLine(Tr::tr("no secret %1").arg(args.at(0)));
            QJsonArray rows;
            Table table({Tr::tr("VERSION"), Tr::tr("CREATED"), Tr::tr("BY"), Tr::tr("STATE")});
            for (const auto &v : it->versions) {
                rows.append(QJsonObject{{u"version"_s, static_cast<qint64>(v.version)},
                                        {u"created"_s, timeText(v.createdAtMs)},
                                        {u"by"_s, QString::fromStdString(v.createdBy)},
                                        {u"deleted"_s, v.deleted}});
                table.addRow({QString::number(v.version), timeText(v.createdAtMs), QString::fromStdString(v.createdBy),
                              v.deleted ? Tr::tr("deleted") : (v.version == it->current ? Tr::tr("current") : QString())});
            }
            if (global.json)
                printJson(rows);
            else
                printOut(table.toString());
            return Ok;
        }
        QJsonArray rows;
        Table table({Tr::tr("PATH"), Tr::tr("VERSION"), Tr::tr("VERSIONS")});
        for (const auto &s : found) {
            rows.append(QJsonObject{{u"path"_s, QString::fromStdString(s.path)},
                                    {u"version"_s, static_cast<qint64>(s.current)},
                                    {u"versions"_s, static_cast<qint64>(s.versions.size())}});
            table.addRow({QString::fromStdString(s.path), QString::number(s.current), QString::number(s.versions.size())});
        }
        if (global.json)
            printJson(rows);
        else
            printOut(table.toString());
        return Ok;
    }
    if (verb == u"delete" || verb == u"undelete") {
        if (!needArgs(1, 1, verb == u"delete" ? u"delete PATH [--ver N]"_s : u"undelete PATH --ver N"_s))
            return Usage;
        const auto version = static_cast<std::uint32_t>(options.version);
        status = verb == u"delete" ? vault->remove(who, args.at(0).toStdString(), version)
                                   : vault->restore(who, args.at(0).toStdString(), version);
        return status.ok() ? Ok : failStatus(status);
    }
    if (verb == u"check") {
        if (!needArgs(3, 3, u"check IDENTITY CAPABILITY PATH"_s))
            return Usage;
        const auto capability = capabilityFromName(args.at(1).toStdString());
        if (!capability)
            return failLine(Tr::tr("unknown capability '%1' (one of: %2)").arg(args.at(1), capabilityList()));
        const Decision d = vault->check(who, args.at(0).toStdString(), *capability, args.at(2).toStdString());
        if (global.json)
            printJson(QJsonObject{{u"allowed"_s, d.allowed}, {u"reason"_s, QString::fromStdString(d.reason)}});
        else
            printOut((d.allowed ? Tr::tr("allowed: %1") : Tr::tr("denied: %1")).arg(QString::fromStdString(d.reason)));
        return d.allowed ? Ok : Failed;
    }
    if (verb == u"audit") {
        if (args.value(0) != u"verify" || args.size() != 1) {
            printErr(Tr::tr("opsctl: usage: opsctl secrets audit verify"));
            return Usage;
        }
        AuditVerification v;
        if (status = vault->verifyAuditLog(who, v); !status.ok())
            return failStatus(status);
        if (!v.ok)
            return failLine(Tr::tr("the audit log does not verify: %1").arg(QString::fromStdString(v.problem)));
        if (global.json)
            printJson(QJsonObject{{u"ok"_s, true}, {u"entries"_s, static_cast<qint64>(v.entries)}});
        else
            printOut(Tr::tr("The audit log verifies: %n entries, chain and signed head intact.", nullptr,
                            static_cast<int>(v.entries)));
        return Ok;
    }
    printErr(verb.isEmpty() ? Tr::tr("opsctl: 'secrets' needs a command")
                            : Tr::tr("opsctl: unknown command 'secrets %1'").arg(verb));
    printErr(Tr::tr("Run 'opsctl --help' for usage."));
    return Usage;
}

} // namespace OpsDeck::Cli
