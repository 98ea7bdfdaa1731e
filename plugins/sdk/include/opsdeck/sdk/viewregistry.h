// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/sdk/sdk_export.h"

#include <opsdeck/api/result.h>

#include <QIcon>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace OpsDeck::Sdk {

/**
 * A main view (panel) in the console's navigation. The widget is created
 * lazily, the first time the user opens the view, so registering costs
 * nothing at startup.
 */
struct OPSDECK_SDK_EXPORT View
{
    QString id;                ///< "logsearch.view"
    QString title;             ///< translated, short: "Logs"
    QIcon icon;
    QString toolTip;
    int priority = 100;        ///< lower comes first in the navigation
    /** Creates the view's widget as a child of \a parent. Called once. */
    std::function<QWidget *(QWidget *parent)> factory;
    QString owner;             ///< plugin id; filled in by the registry
};

/**
 * All main views of the console. Runs on the GUI thread.
 *
 * \code
 * host.views().add({.id = u"hello.view"_s, .title = tr("Hello"),
 *                   .icon = QIcon(u":/hello/hello.svg"_s),
 *                   .factory = [](QWidget *parent) { return new HelloPanel(parent); }});
 * \endcode
 */
class OPSDECK_SDK_EXPORT ViewRegistry : public QObject
{
    Q_OBJECT
public:
    explicit ViewRegistry(QObject *parent = nullptr);
    ~ViewRegistry() override;

    /** Adds \a view; refuses an empty or duplicate id and a missing factory. */
    Result<> add(View view);
    void remove(const QString &id);
    /** Every view, sorted by priority then title. */
    QList<View> views() const;
    std::optional<View> view(const QString &id) const;

    /** Asks the console to bring \a id to the front. */
    void activate(const QString &id);

    /// \internal
    void setCurrentOwner(const QString &owner);
    /// \internal
    void removeOwnedBy(const QString &owner);

Q_SIGNALS:
    void viewAdded(const QString &id);
    void viewRemoved(const QString &id);
    void activationRequested(const QString &id);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace OpsDeck::Sdk
