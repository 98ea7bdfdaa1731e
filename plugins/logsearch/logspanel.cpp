// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "logspanel.h"

#include "asyncresult.h"
#include "importdialog.h"
#include "logsearchtr.h"
#include "searchview.h"

#include <opsdeck/api/backendregistry.h>
#include <opsdeck/sdk/ihost.h>
#include <opsdeck/sdk/notificationcenter.h>
#include <opsdeck/sdk/taskmanager.h>

#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <climits>

using namespace Qt::StringLiterals;

namespace OpsDeck::LogSearch {

namespace {

/**
 * A tab over files opened without importing. It owns the ephemeral store,
 * and detaches its view from it before the store goes: members die after
 * the destructor body but before QWidget deletes the children, so without
 * this the view would outlive the store it points to.
 */
class FileTab final : public QWidget
{
public:
    FileTab(Sdk::IHost &host, std::unique_ptr<Backend::ILogStore> store, QWidget *parent)
        : QWidget(parent)
        , m_store(std::move(store))
    {
        m_view = new SearchView(host, this);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_view);
        m_view->setStore(m_store.get());
    }
    ~FileTab() override
    {
        m_view->setStore(nullptr);
        delete m_view;
    }
    SearchView *view() const { return m_view; }

private:
    std::unique_ptr<Backend::ILogStore> m_store;
    SearchView *m_view = nullptr;
};

QToolButton *cornerButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(toolTip);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAutoRaise(true);
    return b;
}

} // namespace

LogsPanel::LogsPanel(Sdk::IHost &host, QWidget *parent)
    : QWidget(parent)
    , m_host(host)
{
    m_storeView = new SearchView(host, this);
    m_storeView->setObjectName(u"logsearch.storeView"_s);
    connect(m_storeView, &SearchView::statusChanged, this, &LogsPanel::statusChanged);

    // The empty state: what is missing and what to do about it.
    m_emptyState = new QWidget(this);
    m_emptyState->setObjectName(u"logsearch.emptyState"_s);
    // A fixed-width column in the middle: word-wrapped labels need a width
    // to wrap to, or the layout squeezes them into two clipped lines.
    auto *column = new QWidget(m_emptyState);
    column->setFixedWidth(520);
    auto *emptyTitle = new QLabel(Tr::tr("No log store in this profile"), column);
    QFont titleFont = emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    emptyTitle->setFont(titleFont);
    emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText = new QLabel(column);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setTextFormat(Qt::PlainText);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setSpacing(10);
    columnLayout->addWidget(emptyTitle);
    columnLayout->addWidget(m_emptyText);
    auto *emptyLayout = new QGridLayout(m_emptyState);
    emptyLayout->addWidget(column, 0, 0, Qt::AlignCenter);

    m_storePage = new QStackedWidget(this);
    m_storePage->addWidget(m_storeView);
    m_storePage->addWidget(m_emptyState);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"logsearch.tabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->addTab(m_storePage, Tr::tr("Store"));
    m_tabs->setTabToolTip(0, Tr::tr("The log store of the active profile"));
    // The Store tab cannot be closed: take its close button away.
    for (auto side : {QTabBar::LeftSide, QTabBar::RightSide})
        m_tabs->tabBar()->setTabButton(0, side, nullptr);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &LogsPanel::closeFileTab);

    m_importButton = cornerButton(Tr::tr("Import Files…"),
                                  Tr::tr("Read log files or a folder into the store (progress and cancel in the status bar)"),
                                  this);
    m_importButton->setObjectName(u"logsearch.import"_s);
    connect(m_importButton, &QToolButton::clicked, this, &LogsPanel::importWithDialog);
    m_openButton = cornerButton(Tr::tr("Open File…"),
                                Tr::tr("Search log files where they are, without importing them (a new tab)"), this);
    m_openButton->setObjectName(u"logsearch.open"_s);
    connect(m_openButton, &QToolButton::clicked, this, &LogsPanel::openWithDialog);
    auto *corner = new QWidget(this);
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 4, 0);
    cornerLayout->setSpacing(2);
    cornerLayout->addWidget(m_importButton);
    cornerLayout->addWidget(m_openButton);
    m_tabs->setCornerWidget(corner, Qt::TopRightCorner);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    Backend::BackendRegistry &backends = host.backends();
    connect(&backends, &Backend::BackendRegistry::aboutToRebind, this, [this] {
        // The old backends are destroyed right after this signal: let go now.
        closeAllFileTabs();
        m_storeView->setStore(nullptr);
    });
    connect(&backends, &Backend::BackendRegistry::backendsChanged, this, &LogsPanel::rebind);
    rebind();
}

LogsPanel::~LogsPanel()
{
    closeAllFileTabs();
    m_storeView->setStore(nullptr);
}

void LogsPanel::rebind()
{
    m_storeView->setStore(m_host.backends().get<Backend::ILogStore>());
    updateEmptyState();
    Q_EMIT statusChanged();
}

void LogsPanel::updateEmptyState()
{
    const bool store = hasStore();
    m_storePage->setCurrentWidget(store ? static_cast<QWidget *>(m_storeView) : m_emptyState);
    const QString profile = m_host.backends().activeProfile().name;
    m_emptyText->setText(
        profile.isEmpty()
            ? Tr::tr("No profile is active, so there are no logs to search. Choose one in the Profile box of the toolbar.")
            : Tr::tr("The profile \"%1\" does not provide a log store. Switch to a profile with logs "
                     "in the Profile box of the toolbar to search, tail and import them here.")
                  .arg(profile));
    m_importButton->setEnabled(store);
    m_openButton->setEnabled(store);
    const QString why = Tr::tr("Needs a profile with a log store");
    m_importButton->setStatusTip(store ? QString() : why);
    m_openButton->setStatusTip(store ? QString() : why);
}

bool LogsPanel::hasStore() const
{
    return m_storeView->store() != nullptr;
}

SearchView *LogsPanel::currentView() const
{
    if (m_tabs->currentIndex() <= 0)
        return m_storeView;
    auto *tab = static_cast<FileTab *>(m_tabs->currentWidget());
    return tab->view();
}

int LogsPanel::fileTabCount() const
{
    return m_tabs->count() - 1;
}

QString LogsPanel::statusText() const
{
    return m_storeView->statusText();
}

void LogsPanel::focusQuery()
{
    currentView()->focusQuery();
}

void LogsPanel::toggleLiveTail()
{
    SearchView *view = currentView();
    view->setLiveTail(!view->isLiveTail());
}

void LogsPanel::exportWithDialog()
{
    currentView()->exportWithDialog(ExportFormat::Csv);
}

void LogsPanel::importWithDialog()
{
    if (!hasStore())
        return;
    ImportDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        importFiles(dialog.request());
}

void LogsPanel::importFiles(const Backend::LogIngestRequest &request)
{
    Backend::ILogStore *store = m_storeView->store();
    if (!store || request.paths.isEmpty())
        return;
    const QString what = request.paths.size() == 1
                             ? QFileInfo(request.paths.first()).fileName()
                             : Tr::tr("%Ln path(s)", nullptr, int(request.paths.size()));
    const QFuture<Result<qint64>> future = store->ingestFiles(request);
    // The store's future carries progress (bytes) and cancel: the task
    // manager shows both and cancels the very same future.
    m_host.tasks().track(Tr::tr("Importing %1").arg(what), QFuture<void>(future));
    const quint64 generation = m_host.backends().generation();
    whenFinished(this, future, [this, what, generation](const Result<qint64> &result) {
        if (result) {
            m_host.notifications().post(
                {.severity = Sdk::Notification::Severity::Success,
                 .title = Tr::tr("Imported %Ln record(s)", nullptr, int(std::min<qint64>(*result, INT_MAX))),
                 .body = Tr::tr("%1 is in the log store now.").arg(what)});
        } else if (result.error().code == ErrorCode::Cancelled) {
            m_host.notifications().post(
                {.severity = Sdk::Notification::Severity::Warning,
                 .title = Tr::tr("Import cancelled"),
                 .body = Tr::tr("Records of %1 read before the cancel were kept.").arg(what)});
        } else {
            m_host.notifications().post({.severity = Sdk::Notification::Severity::Error,
                                         .title = Tr::tr("Import failed"),
                                         .body = Tr::tr("%1. Check the path and its permissions, then try again.")
                                                     .arg(result.error().toString())});
        }
        if (generation == m_host.backends().generation() && hasStore()) {
            m_storeView->refreshStoreInfo();
            m_storeView->runSearch();
        }
        Q_EMIT importFinished(result);
    });
}

void LogsPanel::openWithDialog()
{
    if (!hasStore())
        return;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, Tr::tr("Open Log Files"), QString(), Tr::tr("Log files (*.log *.txt *.gz *.json *.jsonl);;All files (*)"));
    if (!files.isEmpty())
        openFiles(files);
}

bool LogsPanel::openFiles(const QStringList &paths)
{
    Backend::ILogStore *store = m_storeView->store();
    if (!store || paths.isEmpty())
        return false;
    auto opened = store->openFiles(paths);
    if (!opened) {
        m_host.notifications().post({.severity = Sdk::Notification::Severity::Error,
                                     .title = Tr::tr("Cannot open the log files"),
                                     .body = opened.error().toString()});
        return false;
    }
    const QString first = QFileInfo(paths.first()).fileName();
    const QString title = paths.size() == 1 ? first : Tr::tr("%1 +%2").arg(first).arg(paths.size() - 1);
    auto *tab = new FileTab(m_host, std::move(*opened), m_tabs);
    const int index = m_tabs->addTab(tab, title);
    m_tabs->setTabToolTip(index, paths.join(u'\n'));
    m_tabs->setCurrentIndex(index);
    tab->view()->focusQuery();
    return true;
}

void LogsPanel::closeFileTab(int index)
{
    if (index <= 0)
        return; // the Store tab stays
    QWidget *tab = m_tabs->widget(index);
    m_tabs->removeTab(index);
    delete tab;
}

void LogsPanel::closeAllFileTabs()
{
    while (m_tabs->count() > 1)
        closeFileTab(m_tabs->count() - 1);
}

} // namespace OpsDeck::LogSearch
