// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/sdk/sdk_export.h"

#include <QObject>
#include <QString>

#include <memory>

namespace OpsDeck::Sdk {

/**
 * One item in the status bar: a short text with a tooltip and a severity
 * that picks its colour. Update it any time from the GUI thread; clicking it
 * runs \c commandId if set.
 */
class OPSDECK_SDK_EXPORT StatusItem : public QObject
{
    Q_OBJECT
public:
    enum class Severity { Neutral, Ok, Warning, Error };
    Q_ENUM(Severity)

    StatusItem(const QString &id, const QString &owner, QObject *parent = nullptr);
    ~StatusItem() override;

    QString id() const;
    QString owner() const;
    QString text() const;
    QString toolTip() const;
    Severity severity() const;
    QString commandId() const;

    void setText(const QString &text);
    void setToolTip(const QString &toolTip);
    void setSeverity(Severity severity);
    /** The command run when the item is clicked (empty = not clickable). */
    void setCommandId(const QString &commandId);

Q_SIGNALS:
    void changed();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/**
 * The status bar's plugin items.
 *
 * \code
 * auto *item = host.statusBar().add(u"hello.count"_s);
 * item->setText(tr("%n greeting(s)", nullptr, count));
 * \endcode
 */
class OPSDECK_SDK_EXPORT StatusBarRegistry : public QObject
{
    Q_OBJECT
public:
    explicit StatusBarRegistry(QObject *parent = nullptr);
    ~StatusBarRegistry() override;

    /** Adds an item (owned by the registry), or returns the existing one with \a id. */
    StatusItem *add(const QString &id);
    void remove(const QString &id);
    QList<StatusItem *> items() const;
    StatusItem *item(const QString &id) const;

    /// \internal
    void setCurrentOwner(const QString &owner);
    /// \internal
    void removeOwnedBy(const QString &owner);

Q_SIGNALS:
    void itemAdded(OpsDeck::Sdk::StatusItem *item);
    void itemRemoved(const QString &id);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace OpsDeck::Sdk
