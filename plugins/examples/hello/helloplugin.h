// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opsdeck/sdk/iplugin.h>

namespace OpsDeck::Hello {

class HelloPlugin final : public Sdk::IPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID OPSDECK_PLUGIN_IID FILE "hello.json")
    Q_INTERFACES(OpsDeck::Sdk::IPlugin)

public:
    Result<> initialize(Sdk::IHost &host) final;
};

} // namespace OpsDeck::Hello
