// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "vaultstate.h"

#include "opsdeck/embedded/fileutil.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <unistd.h>

namespace OpsDeck::Vault {

namespace {

constexpr std::string_view kTag = "opsdeck-vault-state 1";

std::string body(const VaultState &s)
{
    return std::string(kTag) + " " + std::to_string(s.keysGeneration) + " " + std::to_string(s.logEpoch) + " "
           + std::to_string(s.logRecords) + " " + std::to_string(s.auditSeq);
}

std::string macOf(ByteView key, const std::string &text)
{
    Bytes mac(kMacBytes);
    if (!hmacSha256(key, bytesOf(text), std::span<unsigned char, kMacBytes>(mac.data(), kMacBytes), nullptr))
        return {};
    return toHex(mac);
}

} // namespace

std::string vaultStatePath(const std::string &stateDir, ByteView vaultId)
{
    std::string dir = stateDir;
    if (dir.empty()) {
        if (const char *xdg = std::getenv("XDG_STATE_HOME"); xdg && *xdg == '/')
            dir = std::string(xdg) + "/opsdeck/vaults";
        else if (const char *home = std::getenv("HOME"); home && *home)
            dir = std::string(home) + "/.local/state/opsdeck/vaults";
        else
            dir = "/tmp/opsdeck-vault-state-" + std::to_string(::getuid());
    }
    return dir + "/" + toHex(vaultId) + ".state";
}

StateRead readVaultState(const std::string &path, ByteView key, VaultState &state)
{
    std::ifstream in(path);
    if (!in)
        return StateRead::Missing;
    std::string line;
    std::getline(in, line);
    const std::size_t space = line.rfind(' ');
    if (space == std::string::npos)
        return StateRead::Invalid;
    const std::string text = line.substr(0, space);
    const std::string mac = macOf(key, text);
    if (mac.empty() || !constantTimeEquals(bytesOf(mac), bytesOf(std::string_view(line).substr(space + 1))))
        return StateRead::Invalid;
    if (!text.starts_with(kTag))
        return StateRead::Invalid;
    std::istringstream fields(text.substr(kTag.size()));
    VaultState s;
    if (!(fields >> s.keysGeneration >> s.logEpoch >> s.logRecords >> s.auditSeq))
        return StateRead::Invalid;
    state = s;
    return StateRead::Ok;
}

bool writeVaultState(const std::string &path, ByteView key, const VaultState &state, std::string *error)
{
    const std::string folder = path.substr(0, path.rfind('/'));
    if (!Embedded::makeDirectories(folder, error))
        return false;
    const std::string text = body(state);
    const std::string line = text + " " + macOf(key, text) + "\n";
    const std::string tmp = path + ".tmp";
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    bool ok = fd >= 0 && Embedded::writeFully(fd, line);
    const int savedErrno = errno;
    if (fd >= 0 && ::close(fd) != 0)
        ok = false;
    else
        errno = savedErrno;
    if (ok && ::rename(tmp.c_str(), path.c_str()) != 0)
        ok = false;
    if (!ok && error)
        *error = path + ": " + std::strerror(errno);
    return ok;
}

std::string rollbackProblem(const VaultState &seen, const VaultState &now)
{
    auto behind = [](const char *what, std::uint64_t was, std::uint64_t is) {
        return std::string(what) + " is at " + std::to_string(is) + " but this machine already saw "
               + std::to_string(was);
    };
    if (now.keysGeneration < seen.keysGeneration)
        return behind("keys.json generation", seen.keysGeneration, now.keysGeneration);
    if (now.logEpoch < seen.logEpoch)
        return behind("secrets.log rewrite", seen.logEpoch, now.logEpoch);
    if (now.logEpoch == seen.logEpoch && now.logRecords < seen.logRecords)
        return behind("secrets.log record count", seen.logRecords, now.logRecords);
    if (now.auditSeq < seen.auditSeq)
        return behind("audit.log entry count", seen.auditSeq, now.auditSeq);
    return {};
}

} // namespace OpsDeck::Vault
