// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/sdk/sdk_export.h"
#include "opsdeck/sdk/sdkversion.h"

#include <opsdeck/api/result.h>

#include <QObject>
#include <QtPlugin>

/**
 * The Qt plugin interface id. The suffix is the SDK major version: a plugin
 * built against another major is refused before any of its code runs.
 */
#define OPSDECK_PLUGIN_IID "dev.opsdeck.Plugin/1"

namespace OpsDeck::Sdk {

class IHost;

/**
 * The entry point of a plugin. The host reads the plugin's JSON metadata
 * first, resolves dependencies, then loads the library and calls, in
 * dependency order: initialize() on every plugin, then
 * extensionsInitialized() on every plugin that initialised. At shutdown,
 * aboutToShutdown() runs in reverse order.
 *
 * Nothing may throw out of these functions; the host catches what does and
 * reports the plugin as failed, but the plugin's state is then undefined.
 *
 * \code
 * class HelloPlugin final : public OpsDeck::Sdk::IPlugin
 * {
 *     Q_OBJECT
 *     Q_PLUGIN_METADATA(IID OPSDECK_PLUGIN_IID FILE "hello.json")
 *     Q_INTERFACES(OpsDeck::Sdk::IPlugin)
 * public:
 *     OpsDeck::Result<> initialize(OpsDeck::Sdk::IHost &host) final
 *     {
 *         host.views().add({.id = u"hello.view"_s, .title = tr("Hello"),
 *                           .factory = [](QWidget *parent) { return new QLabel(tr("Hi"), parent); }});
 *         return {};
 *     }
 * };
 * \endcode
 */
class OPSDECK_SDK_EXPORT IPlugin : public QObject
{
    Q_OBJECT
public:
    enum class ShutdownMode {
        Sync,  ///< done when aboutToShutdown() returns
        Async, ///< done when asynchronousShutdownFinished() is emitted
    };

    explicit IPlugin(QObject *parent = nullptr);
    ~IPlugin() override;

    /**
     * Registers what this plugin provides (views, commands, status items).
     * Return an Error to refuse loading; the message is shown to the user.
     */
    virtual Result<> initialize(IHost &host) = 0;
    /** Called after every plugin has initialised: use what others registered. */
    virtual void extensionsInitialized();
    /** Stop background work. The host waits for Async plugins a short while. */
    virtual ShutdownMode aboutToShutdown();

Q_SIGNALS:
    void asynchronousShutdownFinished();
};

} // namespace OpsDeck::Sdk

Q_DECLARE_INTERFACE(OpsDeck::Sdk::IPlugin, OPSDECK_PLUGIN_IID)
