// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "triggerdialog.h"

#include "asyncresult.h"
#include "pipelinesstyle.h"
#include "pipelinestr.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace OpsDeck::Pipelines::Internal {

namespace {
constexpr int kCommits = 50;
enum { RefNameRole = Qt::UserRole + 1, RefIsTagRole, CommitIdRole };
} // namespace

TriggerDialog::TriggerDialog(Backend::IPipelineEngine *engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
{
    setWindowTitle(Tr::tr("Trigger Pipeline"));
    setObjectName(u"pipelines.triggerDialog"_s);
    m_repository = new QComboBox(this);
    m_repository->setObjectName(u"pipelines.triggerRepository"_s);
    m_ref = new QComboBox(this);
    m_ref->setObjectName(u"pipelines.triggerRef"_s);
    m_commit = new QComboBox(this);
    m_commit->setObjectName(u"pipelines.triggerCommit"_s);
    m_commit->setMinimumContentsLength(48);
    m_environment = new QComboBox(this);
    m_environment->setObjectName(u"pipelines.triggerEnvironment"_s);
    m_environment->addItem(Tr::tr("development"), u"development"_s);
    m_environment->addItem(Tr::tr("staging"), u"staging"_s);
    m_environment->addItem(Tr::tr("production"), u"production"_s);
    m_runTests = new QCheckBox(Tr::tr("&Run tests"), this);
    m_runTests->setChecked(true);
    m_rollback = new QCheckBox(Tr::tr("Roll &back on failure"), this);
    m_rollback->setChecked(true);
    m_status = new QLabel(this);
    m_status->setObjectName(u"pipelines.triggerStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(Tr::tr("Tri&gger"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TriggerDialog::triggerNow);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(Tr::tr("Re&pository:"), m_repository);
    form->addRow(Tr::tr("Branch or &tag:"), m_ref);
    form->addRow(Tr::tr("&Commit:"), m_commit);
    form->addRow(Tr::tr("&Environment:"), m_environment);
    form->addRow(QString(), m_runTests);
    form->addRow(QString(), m_rollback);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_repository, &QComboBox::currentIndexChanged, this, &TriggerDialog::loadRefs);
    connect(m_ref, &QComboBox::currentIndexChanged, this, &TriggerDialog::loadCommits);
    setTabOrder(m_repository, m_ref);
    setTabOrder(m_ref, m_commit);
    setTabOrder(m_commit, m_environment);
    setTabOrder(m_environment, m_runTests);
    setTabOrder(m_runTests, m_rollback);
    m_repository->setFocus();
    loadRepositories();
    updateOk();
}

void TriggerDialog::setRepository(const QString &repository)
{
    m_wantedRepository = repository;
    const int index = m_repository->findText(repository);
    if (index >= 0)
        m_repository->setCurrentIndex(index);
}

void TriggerDialog::setError(const QString &text)
{
    m_status->setText(text);
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText, text.isEmpty() ? palette().color(QPalette::WindowText) : Style::failedColor(palette()));
    m_status->setPalette(pal);
}

void TriggerDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_engine && !m_triggering && m_repository->currentIndex() >= 0
                                                        && m_ref->currentIndex() >= 0);
}

void TriggerDialog::loadRepositories()
{
    if (!m_engine) {
        setError(Tr::tr("This profile has no pipeline engine."));
        return;
    }
    ++m_busy;
    m_status->setText(Tr::tr("Loading repositories…"));
    whenFinished(this, m_engine->repositories(), [this](const Result<QList<Backend::RepositoryInfo>> &repos) {
        --m_busy;
        if (!repos) {
            setError(Tr::tr("The repositories cannot be listed: %1").arg(errorText(repos.error())));
            return;
        }
        if (repos->isEmpty())
            setError(Tr::tr("No repository is registered. Add one with `opsctl pipelines repos add NAME PATH`."));
        else
            setError({});
        const QSignalBlocker block(m_repository);
        m_repository->clear();
        for (const Backend::RepositoryInfo &repo : *repos) {
            m_repository->addItem(repo.name, repo.name);
            m_repository->setItemData(m_repository->count() - 1, repo.source, Qt::ToolTipRole);
        }
        const int wanted = m_repository->findText(m_wantedRepository);
        m_repository->setCurrentIndex(wanted >= 0 ? wanted : (m_repository->count() ? 0 : -1));
        Q_EMIT listsChanged();
        loadRefs();
    });
}

void TriggerDialog::loadRefs()
{
    const quint64 generation = ++m_refsGeneration;
    {
        const QSignalBlocker block(m_ref);
        m_ref->clear();
    }
    m_commit->clear();
    updateOk();
    const QString repository = m_repository->currentText();
    if (!m_engine || repository.isEmpty())
        return;
    ++m_busy;
    whenFinished(this, m_engine->refs(repository), [this, generation](const Result<QList<Backend::RefInfo>> &refs) {
        --m_busy;
        if (generation != m_refsGeneration)
            return;
        if (!refs) {
            setError(Tr::tr("The branches cannot be listed: %1").arg(errorText(refs.error())));
            return;
        }
        const QSignalBlocker block(m_ref);
        // Branches first (main or master on top), then tags.
        QList<Backend::RefInfo> sorted = *refs;
        std::stable_sort(sorted.begin(), sorted.end(), [](const Backend::RefInfo &a, const Backend::RefInfo &b) {
            const auto rank = [](const Backend::RefInfo &r) {
                return r.isTag ? 2 : (r.name == u"main"_s || r.name == u"master"_s) ? 0 : 1;
            };
            return rank(a) < rank(b);
        });
        for (const Backend::RefInfo &ref : std::as_const(sorted)) {
            m_ref->addItem(ref.isTag ? Tr::tr("%1 (tag)").arg(ref.name) : ref.name);
            const int i = m_ref->count() - 1;
            m_ref->setItemData(i, ref.name, RefNameRole);
            m_ref->setItemData(i, ref.isTag, RefIsTagRole);
            m_ref->setItemData(i, ref.commit, CommitIdRole);
        }
        m_ref->setCurrentIndex(m_ref->count() ? 0 : -1);
        updateOk();
        Q_EMIT listsChanged();
        loadCommits();
    });
}

void TriggerDialog::loadCommits()
{
    const quint64 generation = ++m_commitsGeneration;
    m_commit->clear();
    updateOk();
    const QString repository = m_repository->currentText();
    const QString ref = m_ref->currentData(RefNameRole).toString();
    if (!m_engine || repository.isEmpty() || ref.isEmpty())
        return;
    ++m_busy;
    whenFinished(this, m_engine->commits(repository, ref, kCommits),
                 [this, generation](const Result<QList<Backend::CommitInfo>> &commits) {
                     --m_busy;
                     if (generation != m_commitsGeneration)
                         return;
                     if (!commits) {
                         setError(Tr::tr("The commits cannot be listed: %1").arg(errorText(commits.error())));
                         return;
                     }
                     m_commit->clear();
                     for (const Backend::CommitInfo &c : *commits) {
                         m_commit->addItem(Tr::tr("%1  %2 \u2014 %3").arg(c.id.left(8), c.summary, c.author), c.id);
                         m_commit->setItemData(m_commit->count() - 1,
                                               QLocale().toString(c.time.toLocalTime(), QLocale::ShortFormat),
                                               Qt::ToolTipRole);
                     }
                     // The head of the ref is the default (the first, newest).
                     const int head = m_commit->findData(m_ref->currentData(CommitIdRole));
                     m_commit->setCurrentIndex(head >= 0 ? head : (m_commit->count() ? 0 : -1));
                     updateOk();
                     Q_EMIT listsChanged();
                 });
}

Backend::TriggerRequest TriggerDialog::request() const
{
    Backend::TriggerRequest r;
    r.repository = m_repository->currentText();
    r.ref = m_ref->currentData(RefNameRole).toString();
    // An older commit than the ref's head is built by its id.
    const QString commit = m_commit->currentData().toString();
    if (!commit.isEmpty() && commit != m_ref->currentData(CommitIdRole).toString())
        r.ref = commit;
    r.environment = m_environment->currentData().toString();
    r.runTests = m_runTests->isChecked();
    r.rollbackOnFailure = m_rollback->isChecked();
    return r;
}

void TriggerDialog::triggerNow()
{
    if (!m_engine || m_triggering)
        return;
    const Backend::TriggerRequest r = request();
    if (r.repository.isEmpty() || r.ref.isEmpty()) {
        setError(Tr::tr("Pick a repository and a branch or tag first."));
        return;
    }
    m_triggering = true;
    updateOk();
    m_status->setText(Tr::tr("Triggering…"));
    whenFinished(this, m_engine->trigger(r), [this](const Result<Backend::PipelineRun> &run) {
        m_triggering = false;
        updateOk();
        if (!run) {
            setError(Tr::tr("The pipeline was not triggered: %1").arg(errorText(run.error())));
            return;
        }
        Q_EMIT triggered(*run);
        accept();
    });
}

} // namespace OpsDeck::Pipelines::Internal
