// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// The in-memory inverted index a segment is built from: index key -> the
// sorted posting numbers (lines or blocks) it occurs in. Open addressing over
// one string arena, because std::unordered_map<std::string, ...> spends most
// of a flush allocating.

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace OpsDeck::Logs {

class TokenTable
{
public:
    TokenTable() { m_slots.assign(1u << 16, kEmpty); }

    /** Records that \a key occurs at \a posting (postings arrive in increasing order). */
    void add(std::string_view key, std::uint32_t posting)
    {
        const std::uint64_t h = hash(key);
        std::size_t mask = m_slots.size() - 1;
        std::size_t i = static_cast<std::size_t>(h) & mask;
        while (true) {
            const std::uint32_t e = m_slots[i];
            if (e == kEmpty)
                break;
            const Entry &entry = m_entries[e];
            if (entry.hash == h && key == std::string_view(m_arena.data() + entry.offset, entry.length)) {
                std::vector<std::uint32_t> &list = m_lists[e];
                if (list.empty() || list.back() != posting)
                    list.push_back(posting);
                return;
            }
            i = (i + 1) & mask;
        }
        const auto index = static_cast<std::uint32_t>(m_entries.size());
        m_entries.push_back(Entry{h, m_arena.size(), static_cast<std::uint32_t>(key.size())});
        m_arena.append(key);
        m_lists.push_back({posting});
        m_slots[i] = index;
        if (m_entries.size() * 2 > m_slots.size())
            grow();
    }

    std::size_t size() const { return m_entries.size(); }
    std::string_view key(std::uint32_t e) const
    {
        return {m_arena.data() + m_entries[e].offset, m_entries[e].length};
    }
    const std::vector<std::uint32_t> &list(std::uint32_t e) const { return m_lists[e]; }

    /** Entry numbers in key order. */
    std::vector<std::uint32_t> sortedOrder() const
    {
        std::vector<std::uint32_t> order(m_entries.size());
        for (std::uint32_t k = 0; k < order.size(); ++k)
            order[k] = k;
        std::sort(order.begin(), order.end(),
                  [this](std::uint32_t a, std::uint32_t b) { return key(a) < key(b); });
        return order;
    }

private:
    static constexpr std::uint32_t kEmpty = 0xffffffffu;
    struct Entry
    {
        std::uint64_t hash;
        std::size_t offset;
        std::uint32_t length;
    };

    static std::uint64_t hash(std::string_view key)
    {
        // FNV-1a with a final mix: tokens are short, this is cheap and spreads well.
        std::uint64_t h = 1469598103934665603ull;
        for (char c : key) {
            h ^= static_cast<unsigned char>(c);
            h *= 1099511628211ull;
        }
        h ^= h >> 29;
        h *= 0xbf58476d1ce4e5b9ull;
        h ^= h >> 32;
        return h;
    }

    void grow()
    {
        std::vector<std::uint32_t> slots(m_slots.size() * 2, kEmpty);
        const std::size_t mask = slots.size() - 1;
        for (std::uint32_t e = 0; e < m_entries.size(); ++e) {
            std::size_t i = static_cast<std::size_t>(m_entries[e].hash) & mask;
            while (slots[i] != kEmpty)
                i = (i + 1) & mask;
            slots[i] = e;
        }
        m_slots.swap(slots);
    }

    std::vector<std::uint32_t> m_slots;
    std::vector<Entry> m_entries;
    std::vector<std::vector<std::uint32_t>> m_lists;
    std::string m_arena;
};

} // namespace OpsDeck::Logs
