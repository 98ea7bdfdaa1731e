// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "clipboardguard.h"

#include <opsdeck/api/secretstore.h>

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace OpsDeck::Secrets {

namespace {
/** Wipes a QString's buffer in place before it is freed (it must not be shared). */
void wipe(QString &text)
{
    text.detach();
    text.fill(QChar(0));
    text.clear();
}
void wipe(QByteArray &bytes)
{
    bytes.detach();
    bytes.fill('\0');
    bytes.clear();
}
} // namespace

ClipboardGuard::ClipboardGuard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(std::chrono::seconds(30));
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearNow);
    m_salt.resize(16);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_salt.data()), 4);
}

ClipboardGuard::~ClipboardGuard()
{
    // The console is closing with our value still on the clipboard: take it.
    if (m_timer.isActive())
        clearNow();
}

QByteArray ClipboardGuard::fingerprint(QByteArrayView bytes) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_salt);
    hash.addData(bytes);
    return hash.result();
}

void ClipboardGuard::copy(const Backend::SecretBytes &value)
{
    auto *mime = new QMimeData;
    QString text = QString::fromUtf8(value.view());
    mime->setText(text);
    wipe(text);
    // KDE Klipper and other managers skip entries with this hint, so the
    // value does not linger in a clipboard history.
    mime->setData(u"x-kde-passwordManagerHint"_s, QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime);
    m_fingerprint = fingerprint(value.view());
    m_timer.start();
}

void ClipboardGuard::clearNow()
{
    m_timer.stop();
    if (m_fingerprint.isEmpty())
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    QString current = clipboard->text();
    QByteArray bytes = current.toUtf8();
    const bool ours = fingerprint(bytes) == m_fingerprint;
    wipe(current);
    wipe(bytes);
    m_fingerprint.clear();
    if (ours)
        clipboard->clear();
    Q_EMIT cleared(ours);
}

} // namespace OpsDeck::Secrets
