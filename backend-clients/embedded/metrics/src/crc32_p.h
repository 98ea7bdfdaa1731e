// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

#include <cstddef>

namespace OpsDeck::Metrics::Internal {
/** CRC-32 (IEEE 802.3, reflected 0xEDB88320), the checksum of every segment record. */
quint32 crc32(const char *data, std::size_t size);
} // namespace OpsDeck::Metrics::Internal
