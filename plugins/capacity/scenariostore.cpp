// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "scenariostore.h"

#include "capacitytr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace OpsDeck::Capacity::Internal {

ScenarioStore::ScenarioStore(QString directory)
    : m_directory(std::move(directory))
{
}

QStringList ScenarioStore::files() const
{
    if (m_directory.isEmpty())
        return {};
    return QDir(m_directory).entryList({u"*.yaml"_s}, QDir::Files, QDir::Name);
}

QString ScenarioStore::path(const QString &fileName) const
{
    return QDir(m_directory).filePath(fileName);
}

Result<Planner::Scenario> ScenarioStore::load(const QString &fileName) const
{
    QFile file(path(fileName));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, Tr::tr("Cannot read the scenario %1").arg(fileName), file.errorString());
    const QString text = QString::fromUtf8(file.readAll());
    return Planner::loadScenario(text, fileName);
}

Result<> writeTextFile(const QString &path, const QByteArray &text)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(ErrorCode::Io, Tr::tr("Cannot create the folder of %1").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, Tr::tr("Cannot write %1").arg(path), file.errorString());
    file.write(text);
    if (!file.commit())
        return fail(ErrorCode::Io, Tr::tr("Cannot write %1").arg(path), file.errorString());
    return {};
}

Result<> ScenarioStore::save(const QString &fileName, const Planner::Scenario &scenario) const
{
    if (m_directory.isEmpty())
        return fail(ErrorCode::Unavailable, Tr::tr("No workspace folder: scenarios cannot be saved."));
    return writeTextFile(path(fileName), Planner::toYaml(scenario).toUtf8());
}

QString ScenarioStore::fileNameFor(const QString &name)
{
    QString slug = name.toLower();
    slug.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
    slug.remove(QRegularExpression(u"^-+|-+$"_s));
    if (slug.isEmpty())
        slug = u"scenario"_s;
    return slug + u".yaml"_s;
}

QString ScenarioStore::uniqueFileName(const QString &name) const
{
    const QString base = fileNameFor(name).chopped(5);
    QString candidate = base + u".yaml"_s;
    for (int n = 2; QFileInfo::exists(path(candidate)); ++n)
        candidate = u"%1-%2.yaml"_s.arg(base).arg(n);
    return candidate;
}

Result<QString> ScenarioStore::add(const Planner::Scenario &scenario) const
{
    const QString fileName = uniqueFileName(scenario.name);
    if (auto saved = save(fileName, scenario); !saved)
        return saved.error();
    return fileName;
}

Result<QString> ScenarioStore::duplicate(const QString &fileName) const
{
    Result<Planner::Scenario> scenario = load(fileName);
    if (!scenario)
        return scenario.error();
    scenario->name = Tr::tr("%1 (copy)").arg(scenario->name);
    return add(*scenario);
}

Result<QString> ScenarioStore::rename(const QString &fileName, const QString &newName) const
{
    if (newName.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("A scenario needs a name."), u"name"_s);
    Result<Planner::Scenario> scenario = load(fileName);
    if (!scenario)
        return scenario.error();
    scenario->name = newName.trimmed();
    QString target = fileNameFor(scenario->name);
    if (target != fileName && QFileInfo::exists(path(target)))
        target = uniqueFileName(scenario->name);
    if (auto saved = save(target, *scenario); !saved)
        return saved.error();
    if (target != fileName && !QFile::remove(path(fileName)))
        return fail(ErrorCode::Io, Tr::tr("Renamed to %1, but %2 could not be removed").arg(target, fileName));
    return target;
}

Result<QByteArray> ScenarioStore::remove(const QString &fileName) const
{
    QFile file(path(fileName));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, Tr::tr("Cannot read the scenario %1").arg(fileName), file.errorString());
    const QByteArray text = file.readAll();
    file.close();
    if (!file.remove())
        return fail(ErrorCode::Io, Tr::tr("Cannot delete the scenario %1").arg(fileName), file.errorString());
    return text;
}

Result<> ScenarioStore::restore(const QString &fileName, const QByteArray &text) const
{
    return writeTextFile(path(fileName), text);
}

Result<> exportMarkdown(const Planner::Evaluation &evaluation, const QString &path)
{
    return writeTextFile(path, Planner::toMarkdown(evaluation).toUtf8());
}

Result<> exportCsv(const Planner::Evaluation &evaluation, const QString &path)
{
    return writeTextFile(path, Planner::toCsv(evaluation).toUtf8());
}

Result<> exportComparisonMarkdown(const Planner::Comparison &comparison, const QString &path)
{
    return writeTextFile(path, Planner::toMarkdown(comparison).toUtf8());
}

} // namespace OpsDeck::Capacity::Internal
