// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "privatekeyring.h"

#include "testsupport.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QStandardPaths>

#include <dlfcn.h>

namespace OpsDeck::Test {

namespace {

void stop(std::unique_ptr<QProcess> &process)
{
    if (!process || process->state() == QProcess::NotRunning)
        return;
    process->terminate();
    if (!process->waitForFinished(5000)) {
        process->kill();
        process->waitForFinished(5000);
    }
}

/**
 * GLib's shared session-bus connection (which libsecret, behind qtkeychain,
 * uses) raises SIGTERM in its process when the bus goes away. Before this
 * test's bus stops, that connection, if this process has one, is told not
 * to. GLib is looked up at run time: it is in the process only when the
 * keyring code ran, and its headers are not needed for that.
 */
void keepProcessWhenBusCloses()
{
    void *gio = ::dlopen("libgio-2.0.so.0", RTLD_NOW | RTLD_NOLOAD);
    if (!gio)
        return;
    using BusGetSync = void *(*)(int, void *, void **);
    using SetExitOnClose = void (*)(void *, int);
    using Unref = void (*)(void *);
    auto busGetSync = reinterpret_cast<BusGetSync>(::dlsym(gio, "g_bus_get_sync"));
    auto setExitOnClose = reinterpret_cast<SetExitOnClose>(::dlsym(gio, "g_dbus_connection_set_exit_on_close"));
    auto unref = reinterpret_cast<Unref>(::dlsym(gio, "g_object_unref"));
    if (busGetSync && setExitOnClose && unref) {
        constexpr int kSessionBus = 2; // G_BUS_TYPE_SESSION
        if (void *connection = busGetSync(kSessionBus, nullptr, nullptr)) {
            setExitOnClose(connection, 0);
            unref(connection);
        }
    }
    ::dlclose(gio);
}

} // namespace

PrivateKeyring::PrivateKeyring()
{
    m_oldAddress = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    for (const char *tool : {"dbus-daemon", "gnome-keyring-daemon"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
            m_error = QStringLiteral("%1 is not installed (bash packaging/install-deps.sh installs it)")
                          .arg(QString::fromLatin1(tool));
            return;
        }
    }
    const QString root = m_home.path();
    for (const char *sub : {"run", "data", "config", "cache"})
        QDir(root).mkpath(QString::fromLatin1(sub));
    QFile::setPermissions(root + u"/run", QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), root);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root + u"/run");
    env.insert(QStringLiteral("XDG_DATA_HOME"), root + u"/data");
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + u"/config");
    env.insert(QStringLiteral("XDG_CACHE_HOME"), root + u"/cache");

    m_bus = std::make_unique<QProcess>();
    m_bus->setProcessEnvironment(env);
    m_bus->start(QStringLiteral("dbus-daemon"),
                 {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
    if (!m_bus->waitForStarted(5000)
        || !waitUntil([&] { return m_bus->canReadLine() || m_bus->state() == QProcess::NotRunning; })) {
        m_error = QStringLiteral("dbus-daemon did not start: %1").arg(m_bus->errorString());
        return;
    }
    m_address = QString::fromUtf8(m_bus->readLine()).trimmed();
    if (m_address.isEmpty()) {
        m_error = QStringLiteral("dbus-daemon printed no address: %1")
                      .arg(QString::fromUtf8(m_bus->readAllStandardError()));
        return;
    }
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());

    m_keyring = std::make_unique<QProcess>();
    m_keyring->setProcessEnvironment(env);
    m_keyring->start(QStringLiteral("gnome-keyring-daemon"),
                     {QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
    if (!m_keyring->waitForStarted(5000)) {
        m_error = QStringLiteral("gnome-keyring-daemon did not start: %1").arg(m_keyring->errorString());
        return;
    }
    // --unlock reads the login keyring's password from standard input.
    m_keyring->write("opsdeck-test-keyring");
    m_keyring->closeWriteChannel();

    // Ready once the Secret Service name is on the bus.
    const QString probeName = QStringLiteral("opsdeck-test-probe");
    bool ready = false;
    {
        QDBusConnection probe = QDBusConnection::connectToBus(m_address, probeName);
        ready = waitUntil([&] {
            return m_keyring->state() == QProcess::NotRunning
                   || (probe.isConnected() && probe.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")));
        });
        ready = ready && m_keyring->state() == QProcess::Running;
    }
    QDBusConnection::disconnectFromBus(probeName);
    if (!ready)
        m_error = QStringLiteral("gnome-keyring-daemon did not offer the Secret Service: %1")
                      .arg(QString::fromUtf8(m_keyring->readAllStandardError()).trimmed());
}

void PrivateKeyring::stopKeyring()
{
    stop(m_keyring);
}

PrivateKeyring::~PrivateKeyring()
{
    if (m_bus && m_bus->state() == QProcess::Running)
        keepProcessWhenBusCloses();
    stop(m_keyring);
    stop(m_bus);
    if (m_oldAddress.isNull())
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    else
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_oldAddress);
}

} // namespace OpsDeck::Test
