// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// A move-only owner of a CRoaring bitmap of line (or block) numbers.

#include <roaring/roaring.h>

#include <cstdint>
#include <utility>
#include <vector>

namespace OpsDeck::Logs {

class Postings
{
public:
    Postings() : m_bitmap(roaring_bitmap_create()) {}
    explicit Postings(roaring_bitmap_t *adopt) : m_bitmap(adopt ? adopt : roaring_bitmap_create()) {}
    ~Postings()
    {
        if (m_bitmap)
            roaring_bitmap_free(m_bitmap);
    }
    Postings(Postings &&other) noexcept : m_bitmap(std::exchange(other.m_bitmap, nullptr)) {}
    Postings &operator=(Postings &&other) noexcept
    {
        if (this != &other) {
            if (m_bitmap)
                roaring_bitmap_free(m_bitmap);
            m_bitmap = std::exchange(other.m_bitmap, nullptr);
        }
        return *this;
    }
    Postings(const Postings &) = delete;
    Postings &operator=(const Postings &) = delete;

    static Postings range(std::uint32_t begin, std::uint32_t end)
    {
        Postings p;
        if (end > begin)
            roaring_bitmap_add_range(p.m_bitmap, begin, end);
        return p;
    }
    Postings copy() const { return Postings(roaring_bitmap_copy(m_bitmap)); }

    roaring_bitmap_t *get() const { return m_bitmap; }
    bool empty() const { return roaring_bitmap_is_empty(m_bitmap); }
    std::uint64_t cardinality() const { return roaring_bitmap_get_cardinality(m_bitmap); }
    std::uint64_t cardinalityIn(std::uint32_t begin, std::uint32_t end) const
    {
        return end > begin ? roaring_bitmap_range_cardinality(m_bitmap, begin, end) : 0;
    }
    void add(std::uint32_t v) { roaring_bitmap_add(m_bitmap, v); }
    bool contains(std::uint32_t v) const { return roaring_bitmap_contains(m_bitmap, v); }
    void andWith(const Postings &o) { roaring_bitmap_and_inplace(m_bitmap, o.m_bitmap); }
    void orWith(const Postings &o) { roaring_bitmap_or_inplace(m_bitmap, o.m_bitmap); }
    void andNot(const Postings &o) { roaring_bitmap_andnot_inplace(m_bitmap, o.m_bitmap); }
    void keepRange(std::uint32_t begin, std::uint32_t end)
    {
        if (begin > 0)
            roaring_bitmap_remove_range(m_bitmap, 0, begin);
        roaring_bitmap_remove_range(m_bitmap, end, std::uint64_t(1) << 32);
    }
    /** Up to \a n largest values at most \a below (exclusive), largest first. */
    std::vector<std::uint32_t> lastBelow(std::uint32_t below, std::size_t n) const
    {
        std::vector<std::uint32_t> out;
        const std::uint64_t rankBelow = below == 0 ? 0 : roaring_bitmap_rank(m_bitmap, below - 1);
        const std::uint64_t take = std::min<std::uint64_t>(rankBelow, n);
        if (take == 0)
            return out;
        out.resize(take);
        roaring_bitmap_range_uint32_array(m_bitmap, rankBelow - take, take, out.data());
        return {out.rbegin(), out.rend()};
    }
    std::vector<std::uint32_t> values() const
    {
        std::vector<std::uint32_t> out(cardinality());
        roaring_bitmap_to_uint32_array(m_bitmap, out.data());
        return out;
    }

private:
    roaring_bitmap_t *m_bitmap = nullptr;
};

} // namespace OpsDeck::Logs
