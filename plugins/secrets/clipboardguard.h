// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace OpsDeck::Backend {
class SecretBytes;
}

namespace OpsDeck::Secrets {

/**
 * Puts a secret on the clipboard and takes it off again after a delay, but
 * only when the clipboard still holds what we put there: a user who copied
 * something else meanwhile keeps it. Only a salted hash of the value is
 * kept for that comparison, never the value.
 */
class ClipboardGuard final : public QObject
{
    Q_OBJECT
public:
    explicit ClipboardGuard(QObject *parent = nullptr);
    ~ClipboardGuard() override;

    void setClearDelay(std::chrono::milliseconds delay) { m_timer.setInterval(delay); }
    std::chrono::milliseconds clearDelay() const { return m_timer.intervalAsDuration(); }

    /** Copies \a value (marked as a secret for clipboard managers) and starts the countdown. */
    void copy(const Backend::SecretBytes &value);
    /** Clears the clipboard now if it still holds our value. */
    void clearNow();
    bool isPending() const { return m_timer.isActive(); }

Q_SIGNALS:
    void cleared(bool wasOurs);

private:
    QByteArray fingerprint(QByteArrayView bytes) const;

    QTimer m_timer;
    QByteArray m_salt;
    QByteArray m_fingerprint;
};

} // namespace OpsDeck::Secrets
