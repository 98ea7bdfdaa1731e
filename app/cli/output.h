// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace OpsDeck::Cli {

/** Writes \a text and a newline to standard output / standard error. */
void printOut(const QString &text);
void printErr(const QString &text);
/** Writes \a value as indented JSON to standard output. */
void printJson(const QJsonValue &value);

/** A plain-text table with aligned columns, as `kubectl get` prints them. */
class Table
{
public:
    explicit Table(QStringList header);
    void addRow(QStringList row);
    QString toString() const;

private:
    QList<QStringList> m_rows;
};

} // namespace OpsDeck::Cli
