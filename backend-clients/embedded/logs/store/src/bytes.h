// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Little-endian fixed-width integers and LEB128 varints: the only encodings
// the WAL and segment files use (docs/log-store-format.md).

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace OpsDeck::Logs::Bytes {

inline void putU32(std::string &out, std::uint32_t v)
{
    char b[4];
    for (int i = 0; i < 4; ++i)
        b[i] = static_cast<char>((v >> (8 * i)) & 0xff);
    out.append(b, 4);
}

inline void putU64(std::string &out, std::uint64_t v)
{
    char b[8];
    for (int i = 0; i < 8; ++i)
        b[i] = static_cast<char>((v >> (8 * i)) & 0xff);
    out.append(b, 8);
}

inline void putVarint(std::string &out, std::uint64_t v)
{
    char b[10];
    int n = 0;
    while (v >= 0x80) {
        b[n++] = static_cast<char>((v & 0x7f) | 0x80);
        v >>= 7;
    }
    b[n++] = static_cast<char>(v);
    out.append(b, static_cast<std::size_t>(n));
}

inline std::uint64_t zigzag(std::int64_t v)
{
    return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}

inline std::int64_t unzigzag(std::uint64_t v)
{
    return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
}

inline void putSigned(std::string &out, std::int64_t v) { putVarint(out, zigzag(v)); }

inline void putString(std::string &out, std::string_view s)
{
    putVarint(out, s.size());
    out.append(s);
}

inline std::uint32_t getU32(const char *p)
{
    std::uint32_t v = 0;
    for (int i = 3; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(p[i]);
    return v;
}

inline std::uint64_t getU64(const char *p)
{
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(p[i]);
    return v;
}

/**
 * Bounds-checked reader. Every get sets ok() to false instead of reading past
 * the end, so a damaged file is reported, never a crash.
 */
class Reader
{
public:
    Reader() = default;
    explicit Reader(std::string_view data) : m_p(data.data()), m_end(data.data() + data.size()) {}

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_p >= m_end; }
    std::size_t remaining() const { return static_cast<std::size_t>(m_end - m_p); }
    const char *position() const { return m_p; }

    std::uint64_t varint()
    {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_p >= m_end) {
                m_ok = false;
                return 0;
            }
            const auto byte = static_cast<unsigned char>(*m_p++);
            v |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return v;
        }
        m_ok = false;
        return 0;
    }
    std::int64_t signedVarint() { return unzigzag(varint()); }
    std::uint32_t u32()
    {
        if (remaining() < 4) {
            m_ok = false;
            m_p = m_end;
            return 0;
        }
        const auto v = getU32(m_p);
        m_p += 4;
        return v;
    }
    std::uint64_t u64()
    {
        if (remaining() < 8) {
            m_ok = false;
            m_p = m_end;
            return 0;
        }
        const auto v = getU64(m_p);
        m_p += 8;
        return v;
    }
    std::uint8_t u8()
    {
        if (m_p >= m_end) {
            m_ok = false;
            return 0;
        }
        return static_cast<std::uint8_t>(*m_p++);
    }
    std::string_view bytes(std::uint64_t n)
    {
        if (n > remaining()) {
            m_ok = false;
            m_p = m_end;
            return {};
        }
        std::string_view v(m_p, static_cast<std::size_t>(n));
        m_p += n;
        return v;
    }
    std::string_view string() { return bytes(varint()); }
    void fail() { m_ok = false; }

private:
    const char *m_p = nullptr;
    const char *m_end = nullptr;
    bool m_ok = true;
};

} // namespace OpsDeck::Logs::Bytes
