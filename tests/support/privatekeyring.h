// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace OpsDeck::Test {

/**
 * A real Secret Service for tests of the system-keyring code: a private
 * D-Bus session bus (dbus-daemon) with GNOME Keyring on it, its keyrings in
 * a temporary folder, the login keyring unlocked with a test password.
 *
 * While it lives, DBUS_SESSION_BUS_ADDRESS points at its bus (for this
 * process and the processes it starts); both daemons stop when it is
 * destroyed. The developer's own keyring is never touched.
 */
class PrivateKeyring
{
public:
    PrivateKeyring();
    ~PrivateKeyring();
    PrivateKeyring(const PrivateKeyring &) = delete;
    PrivateKeyring &operator=(const PrivateKeyring &) = delete;

    /** Empty when the keyring runs; else what failed (a missing package names itself). */
    const QString &error() const { return m_error; }
    const QString &busAddress() const { return m_address; }
    /** Stops GNOME Keyring (the bus stays): the keyring service is then gone. */
    void stopKeyring();

private:
    QTemporaryDir m_home;
    std::unique_ptr<QProcess> m_bus;
    std::unique_ptr<QProcess> m_keyring;
    QString m_address;
    QString m_error;
    QByteArray m_oldAddress;
};

} // namespace OpsDeck::Test
