// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "secretdetails.h"

#include "asyncresult.h"
#include "clipboardguard.h"
#include "metadataform.h"
#include "secretsstyle.h"
#include "secretstr.h"

#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace OpsDeck::Secrets {

using Backend::SecretKind;

namespace {

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

/** Overwrites a QString's buffer before it is freed (it must not be shared). */
void wipe(QString &text)
{
    text.detach();
    text.fill(QChar(0));
    text.clear();
}

QString errorText(const Error &error)
{
    return error.detail.isEmpty() ? error.message : Tr::tr("%1 (%2)").arg(error.message, error.detail);
}

} // namespace

SecretDetails::SecretDetails(ClipboardGuard &clipboard, QWidget *parent)
    : QWidget(parent)
    , m_clipboard(clipboard)
{
    m_placeholder = new QLabel(Tr::tr("Select a secret to see its value, history and metadata."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_content = new QWidget(this);
    m_title = new QLabel(m_content);
    m_title->setObjectName(u"secrets.detailsTitle"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Style::makeTitle(m_title, 1.25);
    m_badge = new QLabel(m_content);
    m_badge->setObjectName(u"secrets.detailsBadge"_s);
    m_badge->setMargin(3);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_badge);
    titleRow->addStretch(1);
    m_subtitle = new QLabel(m_content);
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    m_message = new QLabel(m_content);
    m_message->setObjectName(u"secrets.detailsMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    m_metadata = new MetadataForm(m_content);
    connect(m_metadata, &MetadataForm::saveRequested, this, &SecretDetails::saveMetadata);
    m_tabs = new QTabWidget(m_content);
    m_tabs->setObjectName(u"secrets.detailsTabs"_s);
    m_tabs->addTab(makeHistoryTab(), Tr::tr("History"));
    m_tabs->addTab(m_metadata, Tr::tr("Metadata"));

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(titleRow);
    contentLayout->addWidget(m_subtitle);
    contentLayout->addWidget(makeValueBox());
    contentLayout->addWidget(m_message);
    contentLayout->addWidget(m_tabs, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_content, 1);

    m_revealTimer.setSingleShot(true);
    m_revealTimer.setInterval(seconds(10));
    connect(&m_revealTimer, &QTimer::timeout, this, &SecretDetails::mask);
    m_tick.setInterval(milliseconds(250));
    connect(&m_tick, &QTimer::timeout, this, &SecretDetails::updateCountdown);
    clear();
}

SecretDetails::~SecretDetails()
{
    mask();
}

QWidget *SecretDetails::makeValueBox()
{
    auto *box = new QGroupBox(Tr::tr("Value"), m_content);
    m_masked = new QLabel(Style::maskText(), box);
    m_masked->setObjectName(u"secrets.masked"_s);
    m_masked->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_masked->setMinimumHeight(m_masked->sizeHint().height() + 10);
    m_valueText = new QLineEdit(box);
    m_valueText->setObjectName(u"secrets.valueText"_s);
    m_valueText->setReadOnly(true);
    m_valueText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_valueMultiLine = new QPlainTextEdit(box);
    m_valueMultiLine->setObjectName(u"secrets.valueMultiLine"_s);
    m_valueMultiLine->setReadOnly(true);
    m_valueMultiLine->setUndoRedoEnabled(false); // no second copy in an undo stack
    m_valueMultiLine->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_valueMultiLine->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_valueMap = new QTableWidget(0, 2, box);
    m_valueMap->setObjectName(u"secrets.valueMap"_s);
    m_valueMap->setHorizontalHeaderLabels({Tr::tr("Key"), Tr::tr("Value")});
    m_valueMap->horizontalHeader()->setStretchLastSection(true);
    m_valueMap->verticalHeader()->hide();
    m_valueMap->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Only the multi-line and map views may grow; a masked or one-line value stays one line.
    m_masked->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_valueText->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_valueMultiLine->setMinimumHeight(160);
    m_valueMap->setMinimumHeight(160);

    m_valueCaption = new QLabel(box);
    m_valueCaption->setObjectName(u"secrets.valueCaption"_s);
    m_valueCaption->setForegroundRole(QPalette::PlaceholderText);

    m_reveal = button(Tr::tr("Reveal"), u"secrets.reveal"_s, box);
    m_reveal->setToolTip(Tr::tr("Show the current value for a few seconds (the read is audited)"));
    connect(m_reveal, &QPushButton::clicked, this, [this] {
        if (isRevealed())
            mask();
        else
            reveal(0);
    });
    m_copy = button(Tr::tr("Copy"), u"secrets.copy"_s, box);
    m_copy->setToolTip(Tr::tr("Copy the current value; the clipboard is cleared again after a while"));
    connect(m_copy, &QPushButton::clicked, this, [this] { copy(m_revealedVersion > 0 ? m_revealedVersion : 0); });
    m_newVersion = button(Tr::tr("New Version…"), u"secrets.newVersion"_s, box);
    connect(m_newVersion, &QPushButton::clicked, this,
            [this] { Q_EMIT newVersionRequested(m_info.path, m_info.kind); });
    m_rotate = button(Tr::tr("Rotate Now"), u"secrets.rotate"_s, box);
    m_rotate->setToolTip(Tr::tr("Write a new version made by the secret's generator"));
    connect(m_rotate, &QPushButton::clicked, this, &SecretDetails::rotate);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reveal);
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    buttons->addWidget(m_newVersion);
    buttons->addWidget(m_rotate);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_masked);
    layout->addWidget(m_valueText);
    layout->addWidget(m_valueMultiLine);
    layout->addWidget(m_valueMap);
    layout->addWidget(m_valueCaption);
    layout->addLayout(buttons);
    return box;
}

QWidget *SecretDetails::makeHistoryTab()
{
    auto *tab = new QWidget(this);
    m_versions = new QTableWidget(0, VersionColumnCount, tab);
    m_versions->setObjectName(u"secrets.versions"_s);
    m_versions->setHorizontalHeaderLabels(
        {Tr::tr("Version"), Tr::tr("Kind"), Tr::tr("Created by"), Tr::tr("Created at"), Tr::tr("State")});
    m_versions->verticalHeader()->hide();
    m_versions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versions->horizontalHeader()->setStretchLastSection(true);
    m_versions->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_versions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_versions, &QTableWidget::itemSelectionChanged, this, &SecretDetails::updateButtons);
    m_historyNote = new QLabel(tab);
    m_historyNote->setWordWrap(true);
    m_historyNote->hide();

    m_readVersion = button(Tr::tr("Reveal Version"), u"secrets.readVersion"_s, tab);
    connect(m_readVersion, &QPushButton::clicked, this, [this] { reveal(selectedVersion()); });
    m_rollback = button(Tr::tr("Roll Back to This"), u"secrets.rollback"_s, tab);
    m_rollback->setToolTip(Tr::tr("Write a new version holding the value of the selected one"));
    connect(m_rollback, &QPushButton::clicked, this, &SecretDetails::rollback);
    m_delete = button(Tr::tr("Delete"), u"secrets.deleteVersion"_s, tab);
    m_delete->setToolTip(Tr::tr("Soft-delete the selected version; Undelete brings it back"));
    connect(m_delete, &QPushButton::clicked, this, &SecretDetails::removeVersion);
    m_undelete = button(Tr::tr("Undelete"), u"secrets.undeleteVersion"_s, tab);
    connect(m_undelete, &QPushButton::clicked, this, &SecretDetails::undeleteVersion);
    m_destroy = button(Tr::tr("Destroy…"), u"secrets.destroyVersion"_s, tab);
    m_destroy->setToolTip(Tr::tr("Remove the selected version's value for good"));
    connect(m_destroy, &QPushButton::clicked, this, &SecretDetails::destroyVersion);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_readVersion);
    buttons->addWidget(m_rollback);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_undelete);
    buttons->addWidget(m_destroy);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_versions, 1);
    layout->addWidget(m_historyNote);
    layout->addLayout(buttons);
    return tab;
}

void SecretDetails::setStore(Backend::ISecretStore *store)
{
    m_store = store;
    clear();
}

void SecretDetails::setRevealDuration(milliseconds duration)
{
    m_revealTimer.setInterval(duration);
}

void SecretDetails::clear()
{
    mask();
    ++m_request;
    m_info = {};
    m_hasVersions = false;
    m_versions->setRowCount(0);
    m_metadata->setMetadata({});
    setMessage({}, false);
    m_content->hide();
    m_placeholder->show();
}

void SecretDetails::showSecret(const Backend::SecretInfo &info)
{
    if (info.path != m_info.path) {
        mask();
        setMessage({}, false);
        m_hasVersions = false;
        m_versions->setRowCount(0);
    }
    ++m_request;
    applyInfo(info);
    m_placeholder->hide();
    m_content->show();
    reload();
}

void SecretDetails::reload()
{
    if (!m_store || m_info.path.isEmpty())
        return;
    const quint64 request = ++m_request;
    whenFinished(this, m_store->info(m_info.path), [this, request](const Result<Backend::SecretInfo> &result) {
        if (request != m_request)
            return;
        if (!result) {
            if (result.error().code == ErrorCode::Unsupported) {
                m_historyNote->setText(Tr::tr("This secret store does not show versions or metadata."));
                m_historyNote->show();
            } else {
                setMessage(errorText(result.error()), true);
            }
            return;
        }
        m_historyNote->hide();
        m_hasVersions = true;
        applyInfo(*result);
    });
}

void SecretDetails::applyInfo(const Backend::SecretInfo &info)
{
    const int previousVersion = selectedVersion();
    m_info = info;
    m_title->setText(info.path);
    const QString badge = Style::rotationText(info.rotation);
    m_badge->setVisible(!badge.isEmpty());
    m_badge->setText(u" %1 "_s.arg(badge));
    m_badge->setStyleSheet(u"QLabel { color: white; background: %1; border-radius: 8px; padding: 0 6px; }"_s.arg(
        Style::rotationColor(info.rotation, palette()).name()));

    QStringList facts;
    facts << Style::kindText(info.kind);
    facts << (info.version > 0 ? Tr::tr("version %1").arg(info.version) : Tr::tr("every version deleted"));
    if (info.updatedAt.isValid())
        facts << Tr::tr("updated %1 by %2").arg(Style::formatTime(info.updatedAt), info.updatedBy);
    if (info.rotateBy.isValid())
        facts << Tr::tr("rotate by %1").arg(Style::formatTime(info.rotateBy));
    if (info.expiresAt.isValid())
        facts << Tr::tr("expires %1").arg(Style::formatTime(info.expiresAt));
    m_subtitle->setText(facts.join(u" · "_s));

    if (!m_metadata->isModified())
        m_metadata->setMetadata(info.metadata());
    fillVersions();
    if (previousVersion > 0)
        selectVersion(previousVersion);
    updateButtons();
}

void SecretDetails::fillVersions()
{
    const QSignalBlocker block(m_versions);
    m_versions->setRowCount(0);
    // Newest first: the version people look for is usually the latest.
    for (qsizetype i = m_info.versions.size() - 1; i >= 0; --i) {
        const Backend::SecretVersion &v = m_info.versions.at(i);
        const int row = m_versions->rowCount();
        m_versions->insertRow(row);
        auto *version = cell(v.version == m_info.version ? Tr::tr("%1 (current)").arg(v.version)
                                                         : QString::number(v.version));
        version->setData(Qt::UserRole, v.version);
        m_versions->setItem(row, VersionCol, version);
        m_versions->setItem(row, KindCol, cell(Style::kindText(v.kind)));
        m_versions->setItem(row, CreatedByCol, cell(v.createdBy));
        m_versions->setItem(row, CreatedAtCol, cell(Style::formatTime(v.createdAt)));
        QString state = Tr::tr("active");
        QColor color = palette().color(QPalette::Text);
        if (v.destroyed) {
            state = Tr::tr("destroyed");
            color = Style::errorColor(palette());
        } else if (v.deleted) {
            state = Tr::tr("deleted");
            color = Style::warnColor(palette());
        }
        auto *stateItem = cell(state);
        stateItem->setForeground(color);
        m_versions->setItem(row, StateCol, stateItem);
    }
}

const Backend::SecretVersion *SecretDetails::versionInfo(int version) const
{
    for (const Backend::SecretVersion &v : m_info.versions) {
        if (v.version == version)
            return &v;
    }
    return nullptr;
}

SecretKind SecretDetails::kindOf(int version) const
{
    if (const Backend::SecretVersion *v = versionInfo(version == 0 ? m_info.version : version))
        return v->kind;
    return m_info.kind;
}

int SecretDetails::selectedVersion() const
{
    const QList<QTableWidgetItem *> selected = m_versions->selectedItems();
    if (selected.isEmpty())
        return 0;
    const QTableWidgetItem *item = m_versions->item(selected.first()->row(), VersionCol);
    return item ? item->data(Qt::UserRole).toInt() : 0;
}

bool SecretDetails::selectVersion(int version)
{
    for (int row = 0; row < m_versions->rowCount(); ++row) {
        if (m_versions->item(row, VersionCol)->data(Qt::UserRole).toInt() == version) {
            m_versions->selectRow(row);
            return true;
        }
    }
    return false;
}

void SecretDetails::updateButtons()
{
    const bool store = m_store && !m_info.path.isEmpty();
    const bool hasCurrent = m_info.version > 0;
    m_reveal->setEnabled(store && (hasCurrent || isRevealed()));
    m_copy->setEnabled(store && hasCurrent);
    m_newVersion->setEnabled(store);
    m_rotate->setEnabled(store);
    m_rotate->setToolTip(m_info.generator.isEmpty()
                             ? Tr::tr("Needs a generator: set one on the Metadata tab")
                             : Tr::tr("Write a new version made by %1").arg(m_info.generator));

    const Backend::SecretVersion *v = versionInfo(selectedVersion());
    const bool live = v && !v->deleted && !v->destroyed;
    m_readVersion->setEnabled(store && live);
    m_rollback->setEnabled(store && live && v->version != m_info.version);
    m_delete->setEnabled(store && live);
    m_undelete->setEnabled(store && v && v->deleted && !v->destroyed);
    m_destroy->setEnabled(store && v && !v->destroyed);
    m_metadata->setEnabled(store);
}

void SecretDetails::setMessage(const QString &text, bool error)
{
    Style::showMessage(m_message, text, error ? Style::Message::Error : Style::Message::Success);
}

bool SecretDetails::isRevealed() const
{
    return m_valuePage != MaskedPage;
}

void SecretDetails::reveal(int version)
{
    if (!m_store || m_info.path.isEmpty())
        return;
    const quint64 request = m_request;
    const QString path = m_info.path;
    whenFinished(this, m_store->read(path, version),
                 [this, request, path, version](const Result<Backend::SecretBytes> &result) {
                     if (request != m_request || path != m_info.path)
                         return;
                     if (!result) {
                         setMessage(errorText(result.error()), true);
                         return;
                     }
                     setMessage({}, false);
                     showValue(*result, kindOf(version), version);
                 });
}

void SecretDetails::showValue(const Backend::SecretBytes &value, SecretKind kind, int version)
{
    mask(); // wipes what an earlier reveal left
    QString text = QString::fromUtf8(value.view());
    int page = kind == SecretKind::MultiLine ? MultiLinePage : TextPage;
    if (kind == SecretKind::Map) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromRawData(value.data(), value.size()), &error);
        if (error.error == QJsonParseError::NoError && document.isObject()) {
            const QJsonObject object = document.object();
            m_valueMap->setRowCount(int(object.size()));
            int row = 0;
            for (auto it = object.constBegin(); it != object.constEnd(); ++it, ++row) {
                m_valueMap->setItem(row, 0, cell(it.key()));
                m_valueMap->setItem(row, 1, cell(it.value().toString()));
            }
            page = MapPage;
        } else {
            page = MultiLinePage; // not the map it claims to be: show it as it is
        }
    }
    if (page == TextPage)
        m_valueText->setText(text);
    else if (page == MultiLinePage)
        m_valueMultiLine->setPlainText(text);
    wipe(text);
    setValuePage(ValuePage(page));
    m_revealedVersion = version == 0 ? m_info.version : version;
    m_reveal->setText(Tr::tr("Hide"));
    m_revealTimer.start();
    m_tick.start();
    updateCountdown();
    updateButtons();
}

void SecretDetails::mask()
{
    m_revealTimer.stop();
    m_tick.stop();
    // Overwrite before clearing, so the widgets' old buffers hold no value.
    if (!m_valueText->text().isEmpty())
        m_valueText->setText(QString(m_valueText->text().size(), u'\0'));
    m_valueText->clear();
    m_valueMultiLine->clear();
    m_valueMap->clearContents();
    m_valueMap->setRowCount(0);
    setValuePage(MaskedPage);
    m_revealedVersion = -1;
    m_reveal->setText(Tr::tr("Reveal"));
    m_valueCaption->setText(Tr::tr("Hidden. Reveal shows it for %n second(s).", nullptr,
                                   int(duration_cast<seconds>(m_revealTimer.intervalAsDuration()).count())));
    updateButtons();
}

void SecretDetails::setValuePage(ValuePage page)
{
    m_valuePage = page;
    m_masked->setVisible(page == MaskedPage);
    m_valueText->setVisible(page == TextPage);
    m_valueMultiLine->setVisible(page == MultiLinePage);
    m_valueMap->setVisible(page == MapPage);
    // The box shrinks back to one line when a tall view is hidden again.
    m_masked->parentWidget()->updateGeometry();
    m_masked->parentWidget()->adjustSize();
}

void SecretDetails::updateCountdown()
{
    if (!m_revealTimer.isActive())
        return;
    const int left = int((m_revealTimer.remainingTime() + 999) / 1000);
    m_valueCaption->setText(Tr::tr("Version %1 · hidden again in %n second(s)", nullptr, left).arg(m_revealedVersion));
}

void SecretDetails::copy(int version)
{
    if (!m_store || m_info.path.isEmpty())
        return;
    const quint64 request = m_request;
    whenFinished(this, m_store->read(m_info.path, version),
                 [this, request](const Result<Backend::SecretBytes> &result) {
                     if (request != m_request)
                         return;
                     if (!result) {
                         setMessage(errorText(result.error()), true);
                         return;
                     }
                     m_clipboard.copy(*result);
                     const auto delay = duration_cast<seconds>(m_clipboard.clearDelay()).count();
                     setMessage(Tr::tr("Copied. The clipboard is cleared in %n second(s).", nullptr, int(delay)),
                                false);
                 });
}

template<typename T>
void SecretDetails::mutate(const QFuture<Result<T>> &future, const QString &done)
{
    const QString path = m_info.path;
    const quint64 request = m_request;
    m_metadata->setBusy(true);
    whenFinished(this, future, [this, path, request, done](const Result<T> &result) {
        m_metadata->setBusy(false);
        if (request != m_request)
            return;
        if (!result) {
            setMessage(errorText(result.error()), true);
            return;
        }
        setMessage(done, false);
        Q_EMIT changed(path);
        reload();
    });
}

void SecretDetails::saveMetadata()
{
    if (!m_store)
        return;
    const Backend::SecretMetadata metadata = m_metadata->metadata();
    m_metadata->setMetadata(metadata); // the form now shows what was sent
    mutate(m_store->setMetadata(m_info.path, metadata), Tr::tr("Metadata saved."));
}

void SecretDetails::rotate()
{
    if (m_store)
        mutate(m_store->rotate(m_info.path), Tr::tr("Rotated: a new version was written."));
}

void SecretDetails::rollback()
{
    if (const int version = selectedVersion(); m_store && version > 0)
        mutate(m_store->rollback(m_info.path, version),
               Tr::tr("Rolled back: a new version holds the value of version %1.").arg(version));
}

void SecretDetails::removeVersion()
{
    if (const int version = selectedVersion(); m_store && version > 0)
        mutate(m_store->remove(m_info.path, version), Tr::tr("Version %1 deleted.").arg(version));
}

void SecretDetails::undeleteVersion()
{
    if (const int version = selectedVersion(); m_store && version > 0)
        mutate(m_store->undelete(m_info.path, version), Tr::tr("Version %1 restored.").arg(version));
}

void SecretDetails::destroyVersion()
{
    const int version = selectedVersion();
    if (!m_store || version <= 0)
        return;
    // Not exec(): a nested event loop would let the store's answers arrive
    // in the middle of this function.
    auto *confirm = new QMessageBox(QMessageBox::Warning, Tr::tr("Destroy Version"),
                                    Tr::tr("Destroy version %1 of %2?").arg(version).arg(m_info.path),
                                    QMessageBox::Cancel, this);
    confirm->setObjectName(u"secrets.confirmDestroy"_s);
    confirm->setInformativeText(Tr::tr("Its value is removed for good and cannot be brought back."));
    QPushButton *destroy = confirm->addButton(Tr::tr("Destroy"), QMessageBox::DestructiveRole);
    confirm->setDefaultButton(QMessageBox::Cancel);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    const QString path = m_info.path;
    connect(confirm, &QMessageBox::finished, this, [this, confirm, destroy, path, version] {
        if (confirm->clickedButton() != destroy || !m_store || path != m_info.path)
            return;
        mutate(m_store->destroy(path, version), Tr::tr("Version %1 destroyed.").arg(version));
    });
    confirm->open();
}

} // namespace OpsDeck::Secrets
