// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Records not yet in a segment. Stored in fixed-capacity chunks that never
// move, so a search can read the first N records of a snapshot without the
// engine's lock while appends go on.

#include "opsdeck/logs/storedrecord.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

namespace OpsDeck::Logs {

class Memtable
{
public:
    static constexpr std::size_t kChunk = 4096;

    /** Appends; the caller holds the engine lock (one writer). */
    void push(StoredRecord &&r)
    {
        if (m_count % kChunk == 0) {
            auto chunk = std::make_unique<std::vector<StoredRecord>>();
            chunk->reserve(kChunk);
            std::lock_guard lock(m_chunksMutex);
            m_chunks.push_back(std::move(chunk));
        }
        m_bytes += r.message.size() + 1;
        m_chunks[m_count / kChunk]->push_back(std::move(r));
        m_count.store(m_count + 1, std::memory_order_release);
    }

    std::size_t size() const { return m_count.load(std::memory_order_acquire); }
    std::size_t bytes() const { return m_bytes; }

    /** Record \a i < a size() read earlier; safe without the engine lock. */
    const StoredRecord &at(std::size_t i) const
    {
        std::lock_guard lock(m_chunksMutex);
        return (*m_chunks[i / kChunk])[i % kChunk];
    }

private:
    mutable std::mutex m_chunksMutex; // guards the chunk list (not the records)
    std::vector<std::unique_ptr<std::vector<StoredRecord>>> m_chunks;
    std::atomic<std::size_t> m_count{0};
    std::size_t m_bytes = 0;
};

} // namespace OpsDeck::Logs
