// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>

#include <unistd.h>

namespace OpsDeck::Vault {

/** This machine's host name, or empty when the system does not say. */
inline std::string thisHostName()
{
    char name[256] = {};
    return ::gethostname(name, sizeof name - 1) == 0 ? std::string(name) : std::string();
}

} // namespace OpsDeck::Vault
