// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Plain-C++ file helpers for tests of the std C++ layers (no Qt): write and
// read whole files, and bytes no compressor shrinks.

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <system_error>

namespace OpsDeck::Test {

/** Replaces \a path with \a content, making its folders first. */
inline void writeFile(const std::string &path, const std::string &content)
{
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
}

/** The whole of \a path, or empty when it cannot be read. */
inline std::string readFile(const std::string &path)
{
    // Sized read, not istreambuf_iterator: GCC 12 at -O3 reports a null
    // dereference inside the iterator (-Wnull-dereference, a false positive).
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        return {};
    std::string out(static_cast<std::size_t>(size), '\0');
    std::ifstream in(path, std::ios::binary);
    in.read(out.data(), static_cast<std::streamsize>(out.size()));
    out.resize(static_cast<std::size_t>(in.gcount()));
    return out;
}

/** \a size bytes no compressor shrinks (like a .tar.gz or a .png), the same for the same \a seed. */
inline std::string randomBytes(std::size_t size, std::uint32_t seed)
{
    std::mt19937_64 rng(seed);
    std::string out(size, '\0');
    for (std::size_t i = 0; i < size; i += 8) {
        const std::uint64_t v = rng();
        for (std::size_t j = 0; j < 8 && i + j < size; ++j)
            out[i + j] = static_cast<char>(v >> (8 * j));
    }
    return out;
}

} // namespace OpsDeck::Test
