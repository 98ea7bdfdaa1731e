// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "testsupport.h"

#include <opsdeck/pipelines/pipelinereader.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>
#include <string>

namespace PipeTest {

/// ../shared/data/ci beside the checkout, found the way every test finds shared data.
inline std::filesystem::path ciDataDir()
{
    return std::filesystem::path(OpsDeck::Test::sharedDataDir().toStdString()) / "ci";
}

/// A repository made of in-memory files, written to a temporary folder.
class TempRepo
{
public:
    TempRepo()
    {
        m_root = std::filesystem::temp_directory_path()
                 / ("pipeconfig-" + std::to_string(::getpid()) + "-" + std::to_string(s_counter++));
        std::filesystem::remove_all(m_root);
        std::filesystem::create_directories(m_root);
    }
    ~TempRepo() { std::filesystem::remove_all(m_root); }
    TempRepo(const TempRepo &) = delete;
    TempRepo &operator=(const TempRepo &) = delete;

    TempRepo &write(const std::string &path, const std::string &text)
    {
        auto full = m_root / path;
        std::filesystem::create_directories(full.parent_path());
        std::ofstream(full, std::ios::binary) << text;
        return *this;
    }
    const std::filesystem::path &root() const { return m_root; }

    OpsDeck::Pipelines::Plan read(const std::string &path, const OpsDeck::Pipelines::PipelineContext &ctx = {.branch = "main"}) const
    {
        OpsDeck::Pipelines::FolderFiles files(m_root);
        return OpsDeck::Pipelines::readPipeline(files, path, ctx);
    }

private:
    std::filesystem::path m_root;
    static inline int s_counter = 0;
};

} // namespace PipeTest
