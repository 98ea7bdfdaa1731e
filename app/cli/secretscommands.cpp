// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "secretscommands.h"

#include "clitr.h"
#include "output.h"

#include <localprovider.h>
#include <workspace.h>

#include <opsdeck/vault/oskeyring.h>
#include <opsdeck/vault/transfer.h>
#include <opsdeck/vault/vaultengine.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
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
using OpsDeck::Backend::SecretBytes;

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

QString rotationText(RotationStatus s)
{
    switch (s) {
    case RotationStatus::None:
        return Tr::tr("no policy");
    case RotationStatus::Ok:
        return Tr::tr("ok");
    case RotationStatus::Due:
        return Tr::tr("due");
    case RotationStatus::Overdue:
        return Tr::tr("overdue");
    }
    return {};
}

QJsonObject metadataJson(const SecretSummary &s)
{
    const SecretMetadata &m = s.metadata;
    QJsonArray tags;
    for (const auto &t : m.tags)
        tags.append(QString::fromStdString(t));
    return QJsonObject{{u"path"_s, QString::fromStdString(s.path)},
                       {u"owner"_s, QString::fromStdString(m.owner)},
                       {u"description"_s, QString::fromStdString(m.description)},
                       {u"tags"_s, tags},
                       {u"expires"_s, m.expiresAtMs > 0 ? timeText(m.expiresAtMs) : QString()},
                       {u"rotation_days"_s, static_cast<qint64>(m.rotationDays)},
                       {u"generator"_s, QString::fromStdString(m.generator)},
                       {u"rotation"_s, rotationText(s.rotation)},
                       {u"rotate_by"_s, s.rotateByMs > 0 ? timeText(s.rotateByMs) : QString()},
                       {u"updated_by"_s, QString::fromStdString(m.updatedBy)}};
}

/** Applies FIELD=VALUE arguments to \a m; false with the reason on a bad one. */
bool applyMetadata(const QStringList &assignments, SecretMetadata &m, QString *why)
{
    for (const QString &a : assignments) {
        const qsizetype eq = a.indexOf(u'=');
        if (eq <= 0) {
            *why = Tr::tr("'%1' is not FIELD=VALUE").arg(a);
            return false;
        }
        const QString field = a.left(eq);
        const QString value = a.mid(eq + 1);
        if (field == u"owner")
            m.owner = value.toStdString();
        else if (field == u"description")
            m.description = value.toStdString();
        else if (field == u"tags") {
            m.tags.clear();
            for (const QString &t : value.split(u',', Qt::SkipEmptyParts))
                m.tags.push_back(t.trimmed().toStdString());
        } else if (field == u"generator")
            m.generator = value.toStdString();
        else if (field == u"rotation_days") {
            bool ok = false;
            const int days = value.toInt(&ok);
            if (!ok || days < 0) {
                *why = Tr::tr("rotation_days: '%1' is not a number of days").arg(value);
                return false;
            }
            m.rotationDays = static_cast<std::uint32_t>(days);
        } else if (field == u"expires") {
            if (value.isEmpty() || value == u"never") {
                m.expiresAtMs = 0;
                continue;
            }
            QDateTime t = QDateTime::fromString(value, Qt::ISODate);
            if (!t.isValid())
                t = QDateTime(QDate::fromString(value, Qt::ISODate), QTime(0, 0), Qt::UTC);
            if (!t.isValid()) {
                *why = Tr::tr("expires: '%1' is not a date such as 2027-03-31").arg(value);
                return false;
            }
            m.expiresAtMs = t.toMSecsSinceEpoch();
        } else {
            *why = Tr::tr("unknown field '%1' (owner, description, tags, expires, rotation_days, generator)").arg(field);
            return false;
        }
    }
    return true;
}

/** Reads \a path whole into secure memory. */
bool readSecretFile(const QString &path, SecureBuffer &out, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = Tr::tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    const qint64 size = file.size();
    if (size > (16 << 20)) {
        *why = Tr::tr("%1: larger than 16 MiB; not a secrets file").arg(path);
        return false;
    }
    out = SecureBuffer(static_cast<std::size_t>(size));
    if (size > 0 && file.read(reinterpret_cast<char *>(out.data()), size) != size) {
        *why = Tr::tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
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
    who.identity = (options.as.isEmpty() ? Core::localIdentity() : options.as).toStdString();
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
    const std::string keyringId = OsKeyring::unlockerId(QString::fromStdString(who.identity));
    const QString keyringEntry = OsKeyring::entryName(vault->vaultIdHex(), keyringId);
    const auto unlockers = vault->unlockers();
    const bool hasKeyring = std::any_of(unlockers.begin(), unlockers.end(), [&](const UnlockerInfo &u) {
        return u.osKeyring && u.id == keyringId;
    });
    if (verb == u"keyring" && args.value(0) == u"status") {
        // Needs no key: the key file names its unlockers in the clear.
        if (!needArgs(1, 1, u"keyring status | enable | disable"_s))
            return Usage;
        for (const UnlockerInfo &u : unlockers) {
            const QString line = u.osKeyring ? Tr::tr("%1\tsystem keyring of %2%3")
                                                   .arg(QString::fromStdString(u.id), QString::fromStdString(u.label),
                                                        u.id == keyringId ? Tr::tr(" (this machine)") : QString())
                                             : Tr::tr("%1\tpassphrase").arg(QString::fromStdString(u.id));
            printOut(line);
        }
        return Ok;
    }
    if (options.keyring) {
        if (!hasKeyring)
            return failLine(Tr::tr("quick unlock is not turned on for %1 in this vault (opsctl secrets keyring enable)")
                                .arg(QString::fromStdString(OsKeyring::label(QString::fromStdString(who.identity)))));
        const Result<SecretBytes> key = OsKeyring::readNow(keyringEntry);
        if (!key.ok())
            return failLine(key.error().toString());
        if (status = vault->unlockWithKey(keyringId, {reinterpret_cast<const unsigned char *>(key->data()),
                                                       static_cast<std::size_t>(key->size())},
                                          who);
            !status.ok())
            return failStatus(status);
    } else {
        SecureBuffer passphrase;
        QString why;
        if (!readPassphrase(false, passphrase, &why))
            return failLine(why);
        if (status = vault->unlock(passphrase.span(), who); !status.ok())
            return failStatus(status);
        passphrase.clear();
    }

    if (verb == u"keyring") {
        if (!needArgs(1, 1, u"keyring status | enable | disable"_s))
            return Usage;
        if (args.at(0) == u"enable") {
            const SecureBuffer fresh = randomKey();
            const SecretBytes key(reinterpret_cast<const char *>(fresh.data()), static_cast<qsizetype>(fresh.size()));
            // The keyring first, so the key file never names a key nobody kept.
            if (const Result<> written = OsKeyring::writeNow(keyringEntry, key); !written.ok())
                return failLine(written.error().toString());
            if (status = vault->addKeyringUnlocker(who, keyringId, OsKeyring::label(QString::fromStdString(who.identity)),
                                                   fresh.span());
                !status.ok()) {
                (void)OsKeyring::removeNow(keyringEntry);
                return failStatus(status);
            }
            printOut(Tr::tr("Quick unlock is on: the system keyring of %1 opens this vault (use --keyring).")
                         .arg(QString::fromStdString(OsKeyring::label(QString::fromStdString(who.identity)))));
            return Ok;
        }
        if (args.at(0) == u"disable") {
            if (hasKeyring && (status = vault->removeUnlocker(who, keyringId), !status.ok()))
                return failStatus(status);
            if (const Result<> removed = OsKeyring::removeNow(keyringEntry); !removed.ok())
                return failLine(removed.error().toString());
            printOut(Tr::tr("Quick unlock is off on this machine; the passphrase opens the vault."));
            return Ok;
        }
        printErr(Tr::tr("opsctl: usage: opsctl secrets keyring status | enable | disable"));
        return Usage;
    }

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
                                        {u"deleted"_s, v.deleted},
                                        {u"destroyed"_s, v.destroyed}});
                table.addRow({QString::number(v.version), timeText(v.createdAtMs), QString::fromStdString(v.createdBy),
                              v.destroyed ? Tr::tr("destroyed")
                                          : v.deleted ? Tr::tr("deleted")
                                                      : (v.version == it->current ? Tr::tr("current") : QString())});
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
        if (!needArgs(1, 1, verb == u"delete" ? u"delete PATH [--ver N]"_s : u"undelete PATH [--ver N]"_s))
            return Usage;
        const auto version = static_cast<std::uint32_t>(options.version);
        status = verb == u"delete" ? vault->remove(who, args.at(0).toStdString(), version)
                                   : vault->restore(who, args.at(0).toStdString(), version);
        return status.ok() ? Ok : failStatus(status);
    }
    if (verb == u"check" || (verb == u"policy" && args.value(0) == u"check")) {
        const QStringList checkArgs = verb == u"check" ? args : args.mid(1);
        if (checkArgs.size() != 3) {
            printErr(Tr::tr("opsctl: usage: opsctl secrets %1").arg(u"check IDENTITY CAPABILITY PATH"_s));
            return Usage;
        }
        const auto capability = capabilityFromName(checkArgs.at(1).toStdString());
        if (!capability)
            return failLine(Tr::tr("unknown capability '%1' (one of: %2)").arg(checkArgs.at(1), capabilityList()));
        const Decision d = vault->check(who, checkArgs.at(0).toStdString(), *capability, checkArgs.at(2).toStdString());
        if (global.json)
            printJson(QJsonObject{{u"allowed"_s, d.allowed}, {u"reason"_s, QString::fromStdString(d.reason)}});
        else
            printOut((d.allowed ? Tr::tr("allowed: %1") : Tr::tr("denied: %1")).arg(QString::fromStdString(d.reason)));
        return d.allowed ? Ok : Failed;
    }
    if (verb == u"audit") {
        if (args.value(0) == u"list") {
            AuditFilter filter;
            filter.limit = 100;
            for (const QString &a : args.mid(1)) {
                const QString field = a.section(u'=', 0, 0);
                const QString value = a.section(u'=', 1);
                if (a == u"denied")
                    filter.deniedOnly = true;
                else if (field == u"identity")
                    filter.identity = value.toStdString();
                else if (field == u"path")
                    filter.pathPrefix = value.toStdString();
                else if (field == u"action")
                    filter.action = value.toStdString();
                else if (field == u"limit" && value.toInt() > 0)
                    filter.limit = static_cast<std::size_t>(value.toInt());
                else {
                    printErr(Tr::tr("opsctl: usage: opsctl secrets audit list [identity=I] [path=P] [action=A] [denied] [limit=N]"));
                    return Usage;
                }
            }
            std::vector<AuditEntry> entries;
            if (status = vault->auditEntries(who, filter, entries); !status.ok())
                return failStatus(status);
            QJsonArray rows;
            Table table({Tr::tr("SEQ"), Tr::tr("TIME"), Tr::tr("IDENTITY"), Tr::tr("ACTION"), Tr::tr("PATH"),
                         Tr::tr("DECISION"), Tr::tr("FROM")});
            for (const AuditEntry &e : entries) {
                const QString from = u"%1[%2]@%3"_s.arg(QString::fromStdString(e.process)).arg(e.pid).arg(QString::fromStdString(e.host));
                rows.append(QJsonObject{{u"seq"_s, static_cast<qint64>(e.seq)},
                                        {u"time"_s, QString::fromStdString(e.time)},
                                        {u"identity"_s, QString::fromStdString(e.identity)},
                                        {u"action"_s, QString::fromStdString(e.action)},
                                        {u"path"_s, QString::fromStdString(e.path)},
                                        {u"allowed"_s, e.allowed},
                                        {u"reason"_s, QString::fromStdString(e.reason)},
                                        {u"pid"_s, static_cast<qint64>(e.pid)},
                                        {u"process"_s, QString::fromStdString(e.process)},
                                        {u"host"_s, QString::fromStdString(e.host)}});
                table.addRow({QString::number(e.seq), QString::fromStdString(e.time), QString::fromStdString(e.identity),
                              QString::fromStdString(e.action), QString::fromStdString(e.path),
                              e.allowed ? Tr::tr("allowed") : Tr::tr("denied"), from});
            }
            if (global.json)
                printJson(rows);
            else
                printOut(table.toString());
            return Ok;
        }
        if (args.value(0) != u"verify" || args.size() != 1) {
            printErr(Tr::tr("opsctl: usage: opsctl secrets audit verify | audit list [FILTER ...]"));
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
    if (verb == u"destroy" || verb == u"rollback") {
        if (!needArgs(1, 1, verb + u" PATH --ver N"_s))
            return Usage;
        if (options.version < 1)
            return failLine(Tr::tr("'%1' needs the version: --ver N").arg(verb));
        const auto version = static_cast<std::uint32_t>(options.version);
        VersionInfo written;
        status = verb == u"destroy" ? vault->destroy(who, args.at(0).toStdString(), version)
                                    : vault->rollback(who, args.at(0).toStdString(), version, &written);
        if (!status.ok())
            return failStatus(status);
        if (verb == u"rollback")
            printOut(Tr::tr("%1 version %2 (the value of version %3)").arg(args.at(0)).arg(written.version).arg(version));
        return Ok;
    }
    if (verb == u"rotate") {
        if (!needArgs(1, 1, u"rotate PATH"_s))
            return Usage;
        VersionInfo written;
        if (status = vault->rotate(who, args.at(0).toStdString(), &written); !status.ok())
            return failStatus(status);
        if (global.json)
            printJson(QJsonObject{{u"path"_s, args.at(0)}, {u"version"_s, static_cast<qint64>(written.version)}});
        else
            printOut(Tr::tr("%1 version %2").arg(args.at(0)).arg(written.version));
        return Ok;
    }
    if (verb == u"meta") {
        if (args.isEmpty()) {
            printErr(Tr::tr("opsctl: usage: opsctl secrets meta PATH [FIELD=VALUE ...]"));
            return Usage;
        }
        SecretSummary info;
        if (status = vault->info(who, args.at(0).toStdString(), info); !status.ok())
            return failStatus(status);
        if (args.size() > 1) {
            QString bad;
            SecretMetadata m = info.metadata;
            if (!applyMetadata(args.mid(1), m, &bad))
                return failLine(bad);
            if (status = vault->setMetadata(who, args.at(0).toStdString(), m); !status.ok())
                return failStatus(status);
            if (status = vault->info(who, args.at(0).toStdString(), info); !status.ok())
                return failStatus(status);
        }
        const QJsonObject meta = metadataJson(info);
        if (global.json) {
            printJson(meta);
        } else {
            Table table({Tr::tr("FIELD"), Tr::tr("VALUE")});
            for (const QString &key : {u"path"_s, u"owner"_s, u"description"_s, u"expires"_s, u"rotation_days"_s,
                                       u"generator"_s, u"rotation"_s, u"rotate_by"_s, u"updated_by"_s}) {
                const QJsonValue v = meta.value(key);
                table.addRow({key, v.isDouble() ? QString::number(v.toInteger()) : v.toString()});
            }
            QStringList tags;
            for (const auto &t : info.metadata.tags)
                tags.append(QString::fromStdString(t));
            table.addRow({u"tags"_s, tags.join(u", "_s)});
            printOut(table.toString());
        }
        return Ok;
    }
    if (verb == u"due") {
        if (!needArgs(0, 0, u"due"_s))
            return Usage;
        std::vector<SecretSummary> due;
        if (status = vault->rotationDue(who, due); !status.ok())
            return failStatus(status);
        QJsonArray rows;
        Table table({Tr::tr("PATH"), Tr::tr("STATE"), Tr::tr("ROTATE BY"), Tr::tr("OWNER")});
        for (const auto &s : due) {
            rows.append(metadataJson(s));
            table.addRow({QString::fromStdString(s.path), rotationText(s.rotation), timeText(s.rotateByMs),
                          QString::fromStdString(s.metadata.owner)});
        }
        if (global.json)
            printJson(rows);
        else if (due.empty())
            printOut(Tr::tr("Nothing is due for rotation."));
        else
            printOut(table.toString());
        return Ok;
    }
    if (verb == u"rotate-root") {
        if (!needArgs(0, 0, u"rotate-root"_s))
            return Usage;
        if (status = vault->rotateRoot(who); !status.ok())
            return failStatus(status);
        printOut(Tr::tr("A new root key seals the keyring; every secret is unchanged."));
        return Ok;
    }
    if (verb == u"rewrap") {
        if (!needArgs(0, 0, u"rewrap"_s))
            return Usage;
        std::uint32_t term = 0;
        if (vault->versionsOnOldTerms() == 0) {
            if (status = vault->addTerm(who, &term); !status.ok())
                return failStatus(status);
        }
        const bool tty = ::isatty(2) != 0;
        status = vault->rewrap(who, [&](std::size_t done, std::size_t total) {
            if (tty)
                std::fprintf(stderr, "\r%s", qPrintable(Tr::tr("re-wrapping data keys: %1 of %2").arg(done).arg(total)));
            return true;
        });
        if (tty)
            std::fputc('\n', stderr);
        if (!status.ok())
            return failStatus(status);
        printOut(Tr::tr("Every data key is wrapped by the newest term; older terms are retired."));
        return Ok;
    }
    if (verb == u"policy") {
        const QString sub = args.value(0);
        if (sub == u"show" && args.size() == 1) {
            std::fputs(serializePolicies(vault->policies()).c_str(), stdout);
            return Ok;
        }
        if (sub == u"set" && args.size() == 2) {
            QFile file(args.at(1));
            if (!file.open(QIODevice::ReadOnly))
                return failLine(Tr::tr("%1: %2").arg(args.at(1), file.errorString()));
            PolicySet set;
            std::string error;
            if (!parsePolicies(file.readAll().toStdString(), set, &error))
                return failLine(Tr::tr("%1: %2").arg(args.at(1), QString::fromStdString(error)));
            if (status = vault->setPolicies(who, set); !status.ok())
                return failStatus(status);
            printOut(Tr::tr("Policies replaced: %1 identities, %2 policies.")
                         .arg(set.identities().size())
                         .arg(set.policies().size()));
            return Ok;
        }
        printErr(Tr::tr("opsctl: usage: opsctl secrets policy show | set FILE | check IDENTITY CAPABILITY PATH"));
        return Usage;
    }
    if (verb == u"identity") {
        const QString sub = args.value(0);
        PolicySet set = vault->policies();
        std::string error;
        bool changed = false;
        if (sub == u"list" && args.size() == 1) {
            QJsonArray rows;
            Table table({Tr::tr("IDENTITY"), Tr::tr("KIND"), Tr::tr("POLICIES"), Tr::tr("STATE")});
            for (const Identity &i : set.identities()) {
                QStringList policies;
                for (const auto &p : i.policies)
                    policies.append(QString::fromStdString(p));
                rows.append(QJsonObject{{u"name"_s, QString::fromStdString(i.name)},
                                        {u"kind"_s, QString::fromUtf8(identityKindName(i.kind).data())},
                                        {u"policies"_s, QJsonArray::fromStringList(policies)},
                                        {u"disabled"_s, i.disabled}});
                table.addRow({QString::fromStdString(i.name), QString::fromUtf8(identityKindName(i.kind).data()),
                              policies.join(u", "_s), i.disabled ? Tr::tr("disabled") : Tr::tr("enabled")});
            }
            if (global.json)
                printJson(rows);
            else
                printOut(table.toString());
            return Ok;
        }
        if (sub == u"add" && args.size() == 4) {
            Identity identity;
            identity.name = args.at(1).toStdString();
            if (args.at(2) != u"user" && args.at(2) != u"application")
                return failLine(Tr::tr("an identity is a 'user' or an 'application', not '%1'").arg(args.at(2)));
            identity.kind = args.at(2) == u"user" ? IdentityKind::User : IdentityKind::Application;
            for (const QString &p : args.at(3).split(u',', Qt::SkipEmptyParts))
                identity.policies.push_back(p.trimmed().toStdString());
            changed = set.addIdentity(identity, &error);
        } else if (sub == u"remove" && args.size() == 2) {
            changed = set.removeIdentity(args.at(1).toStdString(), &error);
        } else if ((sub == u"disable" || sub == u"enable") && args.size() == 2) {
            const Identity *found = set.identity(args.at(1).toStdString());
            if (!found)
                return failLine(Tr::tr("no identity %1").arg(args.at(1)));
            Identity identity = *found;
            identity.disabled = sub == u"disable";
            changed = set.replaceIdentity(identity, &error);
        } else {
            printErr(Tr::tr("opsctl: usage: opsctl secrets identity list | add NAME user|application POLICY[,POLICY] "
                            "| remove NAME | disable NAME | enable NAME"));
            return Usage;
        }
        if (!changed)
            return failLine(QString::fromStdString(error));
        if (status = vault->setPolicies(who, set); !status.ok())
            return failStatus(status);
        return Ok;
    }
    if (verb == u"import") {
        if (!needArgs(1, 2, u"import FILE [PREFIX]"_s))
            return Usage;
        SecureBuffer content;
        QString unreadable;
        if (!readSecretFile(args.at(0), content, &unreadable))
            return failLine(unreadable);
        std::vector<PutItem> items;
        std::string error;
        const bool json = args.at(0).endsWith(u".json"_s, Qt::CaseInsensitive);
        if (json && args.size() == 2)
            return failLine(Tr::tr("a JSON file names whole paths; PREFIX is for .env files"));
        const bool parsed = json ? parseJsonSecrets(content.view(), items, &error)
                                 : parseDotEnv(content.view(), args.value(1).toStdString(), items, &error);
        content.clear();
        if (!parsed)
            return failLine(Tr::tr("%1: %2").arg(args.at(0), QString::fromStdString(error)));
        if (status = vault->putMany(who, items); !status.ok())
            return failStatus(status);
        printOut(Tr::tr("Imported %n secret(s).", nullptr, static_cast<int>(items.size())));
        return Ok;
    }
    if (verb == u"export") {
        if (!needArgs(0, 1, u"export [PREFIX] --format env|json --yes"_s))
            return Usage;
        const QString format = options.format.isEmpty() ? u"json"_s : options.format;
        if (format != u"json" && format != u"env")
            return failLine(Tr::tr("--format is env or json, not '%1'").arg(format));
        if (!options.yes)
            return failLine(Tr::tr("export prints secret values in clear text; add --yes to confirm (it is audited)"));
        std::vector<std::pair<std::string, SecureBuffer>> values;
        std::vector<ValueKind> kinds;
        if (status = vault->exportValues(who, args.value(0).toStdString(), values, &kinds); !status.ok())
            return failStatus(status);
        SecureBuffer out;
        std::string error;
        const bool ok = format == u"env" ? formatDotEnv(values, args.value(0).toStdString(), out, &error)
                                         : formatJsonSecrets(values, kinds, out, &error);
        if (!ok)
            return failLine(QString::fromStdString(error));
        std::fwrite(out.data(), 1, out.size(), stdout);
        std::fflush(stdout);
        return Ok;
    }
    printErr(verb.isEmpty() ? Tr::tr("opsctl: 'secrets' needs a command")
                            : Tr::tr("opsctl: unknown command 'secrets %1'").arg(verb));
    printErr(Tr::tr("Run 'opsctl --help' for usage."));
    return Usage;
}

} // namespace OpsDeck::Cli
