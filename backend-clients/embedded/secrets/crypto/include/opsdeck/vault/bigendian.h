// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Big-endian integers, as every binary structure of the vault stores them
// (docs/vault-format.md): one definition for the keyring, the signed heads
// and the record log.

#include <cstddef>
#include <cstdint>

namespace OpsDeck::Vault::BigEndian {

template<typename T>
void store(unsigned char *p, T v)
{
    for (std::size_t i = 0; i < sizeof(T); ++i)
        p[i] = static_cast<unsigned char>(v >> (8 * (sizeof(T) - 1 - i)));
}

template<typename T>
T load(const unsigned char *p)
{
    T v = 0;
    for (std::size_t i = 0; i < sizeof(T); ++i)
        v = static_cast<T>((v << 8) | p[i]);
    return v;
}

/** Appends \a v to a byte container (std::vector<unsigned char> and alike). */
template<typename T, typename Out>
void append(Out &out, T v)
{
    unsigned char b[sizeof(T)];
    store(b, v);
    out.insert(out.end(), b, b + sizeof(T));
}

} // namespace OpsDeck::Vault::BigEndian
