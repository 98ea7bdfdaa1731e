// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/api/pipelineengine.h>

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace OpsDeck::Pipelines::Internal {

/**
 * "Trigger pipeline": repository, branch or tag, commit (the ref's head by
 * default), environment, and whether to run the tests and roll back on
 * failure. The lists load asynchronously; the dialog stays usable while
 * they do. Keyboard: Tab through the pickers, type to jump in a list,
 * Return triggers, Escape closes.
 */
class TriggerDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit TriggerDialog(Backend::IPipelineEngine *engine, QWidget *parent = nullptr);

    QComboBox *repositoryBox() const { return m_repository; }
    QComboBox *refBox() const { return m_ref; }
    QComboBox *commitBox() const { return m_commit; }
    QComboBox *environmentBox() const { return m_environment; }
    QCheckBox *runTestsBox() const { return m_runTests; }
    QCheckBox *rollbackBox() const { return m_rollback; }

    /** Preselects \a repository once the list arrives. */
    void setRepository(const QString &repository);
    /** The request the current choices make. */
    Backend::TriggerRequest request() const;
    /** True while a list is loading. */
    bool isBusy() const { return m_busy > 0; }
    /** Triggers with the current choices (what the Trigger button does). */
    void triggerNow();

Q_SIGNALS:
    /** The repositories, refs or commits list was (re)filled. */
    void listsChanged();
    /** The engine accepted the run; the dialog closes. */
    void triggered(const OpsDeck::Backend::PipelineRun &run);

private:
    void loadRepositories();
    void loadRefs();
    void loadCommits();
    void setError(const QString &text);
    void updateOk();

    QPointer<Backend::IPipelineEngine> m_engine;
    QComboBox *m_repository = nullptr;
    QComboBox *m_ref = nullptr;
    QComboBox *m_commit = nullptr;
    QComboBox *m_environment = nullptr;
    QCheckBox *m_runTests = nullptr;
    QCheckBox *m_rollback = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_wantedRepository;
    int m_busy = 0;
    quint64 m_refsGeneration = 0;
    quint64 m_commitsGeneration = 0;
    bool m_triggering = false;
};

} // namespace OpsDeck::Pipelines::Internal
