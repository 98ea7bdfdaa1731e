// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "webhooktestdata.h"

#include "testsupport.h"

#include <opsdeck/vault/crypto.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace OpsDeck::Test {

std::string webhookDataDir()
{
    return QString(sharedDataDir() + QStringLiteral("/ci/webhooks")).toStdString();
}

std::string readWebhookFile(const std::string &relative)
{
    const std::string path = webhookDataDir() + "/" + relative;
    std::ifstream in(path, std::ios::binary);
    EXPECT_TRUE(in.good()) << "cannot read " << path;
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::vector<std::string> webhookFiles(const std::string &folder)
{
    std::vector<std::string> files;
    const std::filesystem::path root = webhookDataDir();
    std::error_code ec;
    for (const auto &entry : std::filesystem::recursive_directory_iterator(root / folder, ec)) {
        if (entry.is_regular_file() && entry.path().extension() == ".json")
            files.push_back(std::filesystem::relative(entry.path(), root).generic_string());
    }
    EXPECT_FALSE(ec) << "cannot list " << (root / folder).string() << ": " << ec.message();
    std::sort(files.begin(), files.end());
    return files;
}

const nlohmann::json &signatureVectors()
{
    static const nlohmann::json vectors = nlohmann::json::parse(readWebhookFile("signature-vectors.json"));
    return vectors;
}

std::string signGitHub(std::string_view secret, std::string_view body)
{
    std::array<unsigned char, Vault::kMacBytes> mac{};
    std::string error;
    EXPECT_TRUE(Vault::hmacSha256(Vault::bytesOf(secret), Vault::bytesOf(body), mac, &error)) << error;
    return "sha256=" + Vault::toHex(mac);
}

} // namespace OpsDeck::Test
