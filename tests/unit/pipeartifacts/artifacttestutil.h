// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Real folders and files for the artifact store tests.

#include "opsdeck/pipelines/artifactstore.h"

#include "filebytes.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace OpsDeck::Pipelines::Test {

namespace fs = std::filesystem;

/** A fresh folder under the system's temp folder, removed at the end. */
class TempDir
{
public:
    TempDir()
    {
        std::string pattern = (fs::temp_directory_path() / "opsdeck-artifacts-XXXXXX").string();
        if (!::mkdtemp(pattern.data()))
            ADD_FAILURE() << "mkdtemp failed";
        m_path = pattern;
    }
    ~TempDir()
    {
        std::error_code ec;
        fs::permissions(m_path, fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(m_path, ec);
    }
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;
    std::string path() const { return m_path.string(); }
    std::string sub(const std::string &name) const { return (m_path / name).string(); }

private:
    fs::path m_path;
};

using OpsDeck::Test::randomBytes;
using OpsDeck::Test::readFile;

inline void writeFile(const std::string &path, const std::string &content, fs::perms perms = fs::perms(0644))
{
    OpsDeck::Test::writeFile(path, content);
    fs::permissions(path, perms);
}

/** Source-like text that compresses well but is not one repeated line. */
inline std::string textBytes(std::size_t size, std::uint32_t seed)
{
    static const char *kWords[] = {"int", "return", "const", "std::string", "namespace", "void", "if", "else",
                                   "for", "auto", "template", "class", "struct", "include", "static", "bool",
                                   "nullptr", "error", "status", "artifact", "store", "manifest", "blob", "{", "}"};
    std::mt19937 rng(seed);
    std::string out;
    out.reserve(size + 32);
    while (out.size() < size) {
        out += kWords[rng() % std::size(kWords)];
        out += (rng() % 9 == 0) ? '\n' : ' ';
    }
    out.resize(size);
    return out;
}

/** Sum of the sizes of the regular files under \a dir, recursively. */
inline std::uint64_t bytesUnder(const std::string &dir)
{
    std::uint64_t total = 0;
    if (!fs::exists(dir))
        return 0;
    for (const auto &entry : fs::recursive_directory_iterator(dir)) {
        if (entry.is_regular_file())
            total += entry.file_size();
    }
    return total;
}

inline std::size_t filesUnder(const std::string &dir)
{
    std::size_t count = 0;
    if (!fs::exists(dir))
        return 0;
    for (const auto &entry : fs::recursive_directory_iterator(dir))
        count += entry.is_regular_file() ? 1 : 0;
    return count;
}

inline std::unique_ptr<ArtifactStore> openStore(const std::string &dir, ArtifactStoreOptions options = {})
{
    ArtifactStatus status;
    auto store = ArtifactStore::open(dir, std::move(options), &status);
    EXPECT_TRUE(store) << status.message;
    return store;
}

} // namespace OpsDeck::Pipelines::Test
