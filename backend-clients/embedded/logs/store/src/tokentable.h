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
    TokenTable() { m_slots.assign(1u << 12, kEmptySlot); }

    /**
     * Records that \a key occurs at \a posting (postings arrive in increasing
     * order; a repeat of the last one is ignored). Returns the key's entry
     * number; \a created tells whether the key is new.
     */
    std::uint32_t add(std::string_view key, std::uint32_t posting, bool *created = nullptr)
    {
        const std::uint64_t h = hash(key);
        const auto tag = static_cast<std::uint32_t>(h >> 32);
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = static_cast<std::size_t>(h) & mask;
        while (true) {
            const Slot slot = m_slots[i];
            if (slot.entry == kEmpty)
                break;
            const std::uint32_t e = slot.entry;
            Entry &entry = m_entries[e];
            if (slot.tag == tag && entry.hash == h
                && key == std::string_view(m_arena.data() + entry.offset, entry.length)) {
                push(entry, posting);
                if (created)
                    *created = false;
                return e;
            }
            i = (i + 1) & mask;
        }
        const auto index = static_cast<std::uint32_t>(m_entries.size());
        m_entries.push_back(Entry{h, m_arena.size(), static_cast<std::uint32_t>(key.size()), 1, posting, 0, kEmpty});
        m_arena.append(key);
        m_slots[i] = Slot{index, tag};
        if (m_entries.size() * 2 > m_slots.size())
            grow();
        if (created)
            *created = true;
        return index;
    }

    /** Records \a posting for entry \a e that add() returned earlier (no hashing). */
    void addTo(std::uint32_t e, std::uint32_t posting) { push(m_entries[e], posting); }

    std::size_t size() const { return m_entries.size(); }
    std::string_view key(std::uint32_t e) const
    {
        return {m_arena.data() + m_entries[e].offset, m_entries[e].length};
    }
    std::uint32_t count(std::uint32_t e) const { return m_entries[e].count; }
    /** The postings of entry \a e, in increasing order. */
    void list(std::uint32_t e, std::vector<std::uint32_t> &out) const
    {
        const Entry &entry = m_entries[e];
        if (entry.spill != kEmpty) {
            out = m_spills[entry.spill];
            return;
        }
        out.clear();
        out.push_back(entry.first);
        if (entry.count > 1)
            out.push_back(entry.second);
    }

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
    struct Slot
    {
        std::uint32_t entry;
        std::uint32_t tag; // high half of the hash: most misses end here
    };
    static constexpr Slot kEmptySlot{kEmpty, 0};
    // Most keys (variables) occur once or twice: two postings live in the
    // entry, more spill into a vector of their own.
    struct Entry
    {
        std::uint64_t hash;
        std::size_t offset;
        std::uint32_t length;
        std::uint32_t count;
        std::uint32_t first;
        std::uint32_t second;
        std::uint32_t spill;
    };

    void push(Entry &entry, std::uint32_t posting)
    {
        if (entry.spill != kEmpty) {
            auto &list = m_spills[entry.spill];
            if (list.back() != posting) {
                list.push_back(posting);
                ++entry.count;
            }
            return;
        }
        const std::uint32_t last = entry.count == 1 ? entry.first : entry.second;
        if (last == posting)
            return;
        if (entry.count == 1) {
            entry.second = posting;
            entry.count = 2;
            return;
        }
        entry.spill = static_cast<std::uint32_t>(m_spills.size());
        m_spills.push_back({entry.first, entry.second, posting});
        entry.count = 3;
    }

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
        std::vector<Slot> slots(m_slots.size() * 2, kEmptySlot);
        const std::size_t mask = slots.size() - 1;
        for (std::uint32_t e = 0; e < m_entries.size(); ++e) {
            std::size_t i = static_cast<std::size_t>(m_entries[e].hash) & mask;
            while (slots[i].entry != kEmpty)
                i = (i + 1) & mask;
            slots[i] = Slot{e, static_cast<std::uint32_t>(m_entries[e].hash >> 32)};
        }
        m_slots.swap(slots);
    }

    std::vector<Slot> m_slots;
    std::vector<Entry> m_entries;
    std::vector<std::vector<std::uint32_t>> m_spills;
    std::string m_arena;
};

} // namespace OpsDeck::Logs
