// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/secretstore.h>

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <chrono>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace OpsDeck::Secrets {

class ClipboardGuard;
class MetadataForm;

/**
 * One secret: its value (masked; "Reveal" shows it for a while, then masks
 * and forgets it), copy with a clipboard that clears itself, a new version,
 * rotation, the version history with read / roll back / delete / undelete /
 * destroy, and the editable metadata.
 */
class SecretDetails final : public QWidget
{
    Q_OBJECT
public:
    enum ValuePage { MaskedPage, TextPage, MultiLinePage, MapPage };
    enum VersionColumn { VersionCol, KindCol, CreatedByCol, CreatedAtCol, StateCol, VersionColumnCount };

    SecretDetails(ClipboardGuard &clipboard, QWidget *parent = nullptr);
    ~SecretDetails() override;

    void setStore(Backend::ISecretStore *store);
    /** Shows \a info (from list()) at once, then loads the full info with its versions. */
    void showSecret(const Backend::SecretInfo &info);
    /** Shows nothing (masks first). */
    void clear();
    QString path() const { return m_info.path; }
    const Backend::SecretInfo &info() const { return m_info; }
    /** Loads the full info of the shown secret again. */
    void reload();

    void setRevealDuration(std::chrono::milliseconds duration);
    std::chrono::milliseconds revealDuration() const { return m_revealTimer.intervalAsDuration(); }
    /** Reads \a version (0 = current) and shows it until the reveal time runs out. */
    void reveal(int version = 0);
    /** Hides the value and wipes what this widget held of it. */
    void mask();
    bool isRevealed() const;
    /** Reads \a version and puts it on the clipboard. */
    void copy(int version = 0);
    /** The version selected in the history (0 when none). */
    int selectedVersion() const;
    bool selectVersion(int version);

    /** Which of the value widgets shows (MaskedPage while hidden). */
    ValuePage valuePage() const { return m_valuePage; }
    QLineEdit *valueText() const { return m_valueText; }
    QPlainTextEdit *valueMultiLine() const { return m_valueMultiLine; }
    QTableWidget *valueMap() const { return m_valueMap; }
    QTableWidget *versionsTable() const { return m_versions; }
    QTabWidget *tabs() const { return m_tabs; }
    MetadataForm *metadataForm() const { return m_metadata; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    /** A write, rotation, rollback, deletion or metadata change succeeded: the list is stale. */
    void changed(const QString &path);
    /** "New Version…" was clicked for \a path. */
    void newVersionRequested(const QString &path, OpsDeck::Backend::SecretKind kind);

private:
    QWidget *makeValueBox();
    QWidget *makeHistoryTab();
    void applyInfo(const Backend::SecretInfo &info);
    void fillVersions();
    void updateButtons();
    void updateCountdown();
    void showValue(const Backend::SecretBytes &value, Backend::SecretKind kind, int version);
    Backend::SecretKind kindOf(int version) const;
    /** Shows one value widget; hidden ones take no room, so a masked value is one line high. */
    void setValuePage(ValuePage page);
    const Backend::SecretVersion *versionInfo(int version) const;
    void setMessage(const QString &text, bool error);
    void saveMetadata();
    void rotate();
    void rollback();
    void removeVersion();
    void undeleteVersion();
    void destroyVersion();
    /** Runs \a future, reports \a done or its error, then tells the panel the list changed. */
    template<typename T>
    void mutate(const QFuture<Result<T>> &future, const QString &done);

    QPointer<Backend::ISecretStore> m_store;
    ClipboardGuard &m_clipboard;
    Backend::SecretInfo m_info;
    bool m_hasVersions = false;
    int m_revealedVersion = -1;
    quint64 m_request = 0; ///< bumped on every change of secret, so late answers are dropped

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_badge = nullptr;
    ValuePage m_valuePage = MaskedPage;
    QLabel *m_masked = nullptr;
    QLineEdit *m_valueText = nullptr;
    QPlainTextEdit *m_valueMultiLine = nullptr;
    QTableWidget *m_valueMap = nullptr;
    QLabel *m_valueCaption = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_newVersion = nullptr;
    QPushButton *m_rotate = nullptr;
    QLabel *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_versions = nullptr;
    QLabel *m_historyNote = nullptr;
    QPushButton *m_readVersion = nullptr;
    QPushButton *m_rollback = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_undelete = nullptr;
    QPushButton *m_destroy = nullptr;
    MetadataForm *m_metadata = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_placeholder = nullptr;
    QTimer m_revealTimer;
    QTimer m_tick;
};

} // namespace OpsDeck::Secrets
