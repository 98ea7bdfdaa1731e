// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "pluginsdialog.h"

#include "consoletr.h"
#include "consolestyle.h"

#include <appcontext.h>
#include <opsdeck/sdk/pluginmanager.h>

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace OpsDeck::Console {

namespace {
constexpr int kPathRole = Qt::UserRole + 1;
enum Column { NameColumn, VersionColumn, StateColumn, VendorColumn, FileColumn };

bool isProblem(Sdk::PluginState s)
{
    return s == Sdk::PluginState::Invalid || s == Sdk::PluginState::Failed;
}
} // namespace

PluginsDialog::PluginsDialog(Core::AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("pluginsDialog"));
    setWindowTitle(Tr::tr("Installed Plugins"));
    resize(860, 560);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("pluginTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels({Tr::tr("Name"), Tr::tr("Version"), Tr::tr("State"), Tr::tr("Vendor"), Tr::tr("File")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setAccessibleName(Tr::tr("Plugins"));

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("pluginDetails"));
    m_details->setOpenLinks(false);
    m_details->setAccessibleName(Tr::tr("Plugin details"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_restartNote = new QLabel(Tr::tr("Changes to enabled plugins take effect when OpsDeck is restarted."), this);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setVisible(false);

    auto *paths = new QLabel(this);
    paths->setWordWrap(true);
    paths->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QStringList shown;
    for (const QString &p : m_context.plugins().searchPaths())
        shown.append(QDir::toNativeSeparators(p));
    paths->setText(Tr::tr("Searched: %1").arg(shown.join(QStringLiteral("; "))));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addWidget(paths);
    layout->addWidget(m_restartNote);
    layout->addWidget(buttons);

    populate();
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { showDetails(item); });
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column != NameColumn)
            return;
        const QString id = item->data(NameColumn, Qt::UserRole).toString();
        if (id.isEmpty())
            return;
        m_context.setPluginEnabled(id, item->checkState(NameColumn) == Qt::Checked);
        m_restartNote->setVisible(true);
    });
    // Problems first catch the eye; otherwise start at the top.
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(StateColumn, Qt::UserRole).toBool()) {
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
            break;
        }
    }
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    m_tree->setFocus();
}

void PluginsDialog::populate()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    const QSet<QString> disabled = m_context.disabledPlugins();
    for (const Sdk::PluginSpec *spec : m_context.plugins().plugins()) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(NameColumn, spec->name.isEmpty() ? spec->fileName : spec->name);
        item->setText(VersionColumn, spec->version.isNull() ? QStringLiteral("–") : spec->version.toString());
        item->setText(StateColumn, Sdk::pluginStateDisplayName(spec->state));
        item->setText(VendorColumn, spec->vendor);
        item->setText(FileColumn, spec->fileName);
        item->setData(NameColumn, kPathRole, spec->filePath);
        item->setData(StateColumn, Qt::UserRole, isProblem(spec->state));
        if (spec->state != Sdk::PluginState::Invalid && !spec->id.isEmpty()) {
            // Invalid files have no trustworthy id to remember a choice for.
            item->setData(NameColumn, Qt::UserRole, spec->id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(NameColumn, disabled.contains(spec->id) ? Qt::Unchecked : Qt::Checked);
            item->setToolTip(NameColumn, Tr::tr("Uncheck to disable this plugin from the next start on"));
        }
        if (isProblem(spec->state)) {
            item->setForeground(StateColumn, Style::error());
            item->setToolTip(StateColumn, spec->error);
            QFont f = item->font(StateColumn);
            f.setBold(true);
            item->setFont(StateColumn, f);
        }
    }

}

void PluginsDialog::showDetails(QTreeWidgetItem *item)
{
    if (!item) {
        m_details->clear();
        return;
    }
    const QString path = item->data(NameColumn, kPathRole).toString();
    const Sdk::PluginSpec *spec = nullptr;
    for (const Sdk::PluginSpec *s : m_context.plugins().plugins()) {
        if (s->filePath == path)
            spec = s;
    }
    if (!spec)
        return;
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html;
    if (!spec->error.isEmpty()) {
        html += QStringLiteral("<p style='color:%1'><b>%2</b> %3</p>")
                    .arg(Style::error().name(), Tr::tr("Not loaded:").toHtmlEscaped(), spec->error.toHtmlEscaped());
    }
    if (!spec->description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(spec->description.toHtmlEscaped());
    html += QStringLiteral("<table>");
    if (!spec->id.isEmpty())
        html += row(Tr::tr("Id"), spec->id);
    html += row(Tr::tr("State"), Sdk::pluginStateDisplayName(spec->state));
    if (!spec->version.isNull())
        html += row(Tr::tr("Version"), spec->version.toString());
    if (!spec->compatVersion.isNull())
        html += row(Tr::tr("Compatible back to"), spec->compatVersion.toString());
    if (!spec->sdkVersion.isNull())
        html += row(Tr::tr("Built against SDK"), spec->sdkVersion.toString());
    QStringList deps;
    for (const Sdk::PluginDependency &d : spec->dependencies)
        deps.append(d.optional ? Tr::tr("%1 %2 (optional)").arg(d.id, d.version.toString())
                               : QStringLiteral("%1 %2").arg(d.id, d.version.toString()));
    if (spec->state != Sdk::PluginState::Invalid) {
        html += row(Tr::tr("Depends on"), deps.isEmpty() ? Tr::tr("nothing") : deps.join(QStringLiteral(", ")));
        html += row(Tr::tr("Needs backends"),
                    spec->capabilities.isEmpty() ? Tr::tr("none") : spec->capabilities.join(QStringLiteral(", ")));
    }
    if (!spec->license.isEmpty())
        html += row(Tr::tr("License"), spec->license);
    html += row(Tr::tr("File"), QDir::toNativeSeparators(spec->filePath));
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}

bool PluginsDialog::select(const QString &idOrFileName)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(NameColumn, Qt::UserRole).toString() == idOrFileName
            || item->text(FileColumn) == idOrFileName) {
            m_tree->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

QString PluginsDialog::detailsText() const
{
    return m_details->toPlainText();
}

} // namespace OpsDeck::Console
