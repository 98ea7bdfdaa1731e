// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * The binary pieces of the record log (docs/vault-format.md, "Record log"):
 * big-endian integers, length-prefixed strings, and a bounds-checked reader
 * that turns any short read into one "not ok" at the end.
 */

#include "opsdeck/vault/bigendian.h"
#include "opsdeck/vault/crypto.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace OpsDeck::Vault::Records {

enum class Type : std::uint8_t {
    Version = 1,
    Delete = 2,
    Restore = 3,
    Policies = 4,
    Metadata = 5,
    Destroy = 6,
    Snapshot = 7, ///< first record of a rewritten log: its epoch and record count
};

inline void putU8(Bytes &out, std::uint8_t v) { out.push_back(v); }
inline void putU32(Bytes &out, std::uint32_t v) { BigEndian::append(out, v); }
inline void putU64(Bytes &out, std::uint64_t v) { BigEndian::append(out, v); }
inline void putBytes(Bytes &out, ByteView b)
{
    putU32(out, static_cast<std::uint32_t>(b.size()));
    out.insert(out.end(), b.begin(), b.end());
}
inline void putString(Bytes &out, std::string_view s) { putBytes(out, bytesOf(s)); }

/**
 * The fields every record starts with. \a name is the path as the log
 * stores it: empty for records without one; in a version 2 log the path's
 * index MAC and sealed name (docs/vault-format.md, "Path names").
 */
inline Bytes head(Type type, ByteView name, std::uint32_t version, std::int64_t atMs, std::string_view by)
{
    Bytes p;
    putU8(p, static_cast<std::uint8_t>(type));
    putBytes(p, name);
    putU32(p, version);
    putU64(p, static_cast<std::uint64_t>(atMs));
    putString(p, by);
    return p;
}

class Reader
{
public:
    explicit Reader(ByteView data) : m_data(data) {}
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_data.size(); }
    std::uint8_t u8()
    {
        if (!need(1))
            return 0;
        return m_data[m_at++];
    }
    std::uint32_t u32() { return number<std::uint32_t>(); }
    std::uint64_t u64() { return number<std::uint64_t>(); }
    ByteView bytes(std::size_t n)
    {
        if (!need(n))
            return {};
        ByteView v = m_data.subspan(m_at, n);
        m_at += n;
        return v;
    }
    ByteView lengthPrefixed() { return bytes(u32()); }
    std::string string()
    {
        const ByteView b = lengthPrefixed();
        return {reinterpret_cast<const char *>(b.data()), b.size()};
    }

private:
    template<typename T>
    T number()
    {
        if (!need(sizeof(T)))
            return 0;
        const T v = BigEndian::load<T>(m_data.data() + m_at);
        m_at += sizeof(T);
        return v;
    }
    bool need(std::size_t n)
    {
        if (!m_ok || m_data.size() - m_at < n)
            m_ok = false;
        return m_ok;
    }
    ByteView m_data;
    std::size_t m_at = 0;
    bool m_ok = true;
};

} // namespace OpsDeck::Vault::Records
