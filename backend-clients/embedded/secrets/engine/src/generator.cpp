// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/vault/generator.h"

#include "opsdeck/vault/crypto.h"

#include <cerrno>
#include <charconv>
#include <cstring>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace OpsDeck::Vault {

namespace {

constexpr std::uint32_t kMinLength = 8;
constexpr std::uint32_t kMaxLength = 4096;
constexpr std::size_t kMaxOutput = 64u << 10;

bool fail(std::string *error, std::string what)
{
    if (error)
        *error = std::move(what);
    return false;
}

std::string_view alphabet(std::string_view set)
{
    static constexpr std::string_view kAlnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    static constexpr std::string_view kHex = "0123456789abcdef";
    static constexpr std::string_view kBase64Url
        = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    static constexpr std::string_view kPrintable
        = "!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";
    if (set == "alnum")
        return kAlnum;
    if (set == "hex")
        return kHex;
    if (set == "base64url")
        return kBase64Url;
    if (set == "printable")
        return kPrintable;
    return {};
}

bool randomValue(const GeneratorSpec &spec, SecureBuffer &value, std::string *error)
{
    const std::string_view chars = alphabet(spec.set);
    // Rejection sampling keeps every character equally likely: bytes at or
    // above the largest multiple of the alphabet size are drawn again.
    const unsigned limit = 256u - 256u % static_cast<unsigned>(chars.size());
    value = SecureBuffer(spec.length);
    SecureBuffer pool(256);
    std::size_t used = pool.size();
    for (std::size_t i = 0; i < spec.length;) {
        if (used == pool.size()) {
            if (!randomBytes(pool.span(), error))
                return false;
            used = 0;
        }
        const unsigned char b = pool.data()[used++];
        if (b < limit)
            value.data()[i++] = static_cast<unsigned char>(chars[b % chars.size()]);
    }
    return true;
}

bool commandValue(const GeneratorSpec &spec, SecureBuffer &value, std::string *error,
                  std::chrono::milliseconds timeout)
{
    int out[2], err[2];
    if (::pipe2(out, O_CLOEXEC) != 0)
        return fail(error, std::string("command: ") + std::strerror(errno));
    if (::pipe2(err, O_CLOEXEC) != 0) {
        ::close(out[0]);
        ::close(out[1]);
        return fail(error, std::string("command: ") + std::strerror(errno));
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err[1], 2);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    // Its own process group, so a timeout ends the command and its children.
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attr, 0);
    std::string line = spec.command;
    char sh[] = "/bin/sh", dashC[] = "-c";
    char *argv[] = {sh, dashC, line.data(), nullptr};
    pid_t pid = -1;
    const int spawned = posix_spawn(&pid, "/bin/sh", &actions, &attr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    ::close(out[1]);
    ::close(err[1]);
    if (spawned != 0) {
        ::close(out[0]);
        ::close(err[0]);
        return fail(error, std::string("command: cannot start /bin/sh: ") + std::strerror(spawned));
    }

    SecureBuffer collected(kMaxOutput + 1);
    std::size_t got = 0;
    std::string stderrText;
    bool outOpen = true, errOpen = true, timedOut = false, tooLong = false;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (outOpen || errOpen) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            timedOut = true;
            break;
        }
        pollfd fds[2] = {{outOpen ? out[0] : -1, POLLIN, 0}, {errOpen ? err[0] : -1, POLLIN, 0}};
        if (::poll(fds, 2, static_cast<int>(left.count())) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (fds[0].revents) {
            const ssize_t n = ::read(out[0], collected.data() + got, collected.size() - got);
            if (n <= 0)
                outOpen = false;
            else if ((got += static_cast<std::size_t>(n)) > kMaxOutput) {
                tooLong = true;
                break;
            }
        }
        if (fds[1].revents) {
            char buf[4096];
            const ssize_t n = ::read(err[0], buf, sizeof buf);
            if (n <= 0)
                errOpen = false;
            else if (stderrText.size() < 64 * 1024)
                stderrText.append(buf, static_cast<std::size_t>(n));
        }
    }
    ::close(out[0]);
    ::close(err[0]);
    if (timedOut || tooLong)
        ::kill(-pid, SIGKILL);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    while (!stderrText.empty() && (stderrText.back() == '\n' || stderrText.back() == '\r'))
        stderrText.pop_back();
    const std::size_t lastLine = stderrText.rfind('\n');
    const std::string said = lastLine == std::string::npos ? stderrText : stderrText.substr(lastLine + 1);
    const std::string suffix = said.empty() ? std::string() : " (it said: " + said + ")";
    if (timedOut)
        return fail(error, "command: no answer within " + std::to_string(timeout.count() / 1000) + " s; it was stopped");
    if (tooLong)
        return fail(error, "command: wrote more than 64 KiB; it was stopped");
    if (!WIFEXITED(status))
        return fail(error, "command: ended by signal " + std::to_string(WTERMSIG(status)) + suffix);
    if (WEXITSTATUS(status) != 0)
        return fail(error, "command: exited with status " + std::to_string(WEXITSTATUS(status)) + suffix);
    if (got > 0 && collected.data()[got - 1] == '\n')
        --got;
    if (got > 0 && collected.data()[got - 1] == '\r')
        --got;
    if (got == 0)
        return fail(error, "command: printed nothing, so there is no new value" + suffix);
    collected.truncate(got);
    value = std::move(collected);
    return true;
}

} // namespace

bool parseGenerator(std::string_view text, GeneratorSpec &spec, std::string *error)
{
    spec = GeneratorSpec{};
    if (text.starts_with("command:")) {
        spec.type = GeneratorSpec::Type::Command;
        spec.command = std::string(text.substr(8));
        if (spec.command.find_first_not_of(" \t") == std::string::npos)
            return fail(error, "command: the command line is empty");
        return true;
    }
    if (!text.starts_with("random:"))
        return fail(error, "a generator is \"random:LENGTH:SET\" or \"command:COMMAND LINE\", not \""
                               + std::string(text) + "\"");
    const std::string_view rest = text.substr(7);
    const std::size_t colon = rest.find(':');
    const std::string_view length = rest.substr(0, colon);
    spec.set = colon == std::string_view::npos ? std::string("alnum") : std::string(rest.substr(colon + 1));
    const auto [end, ec] = std::from_chars(length.data(), length.data() + length.size(), spec.length);
    if (ec != std::errc() || end != length.data() + length.size() || spec.length < kMinLength
        || spec.length > kMaxLength)
        return fail(error, "random: the length must be a number from " + std::to_string(kMinLength) + " to "
                               + std::to_string(kMaxLength) + ", not \"" + std::string(length) + "\"");
    if (alphabet(spec.set).empty())
        return fail(error, "random: unknown character set \"" + spec.set
                               + "\" (use alnum, hex, base64url or printable)");
    return true;
}

bool generateValue(const GeneratorSpec &spec, SecureBuffer &value, std::string *error,
                   std::chrono::milliseconds timeout)
{
    value.clear();
    if (spec.type == GeneratorSpec::Type::Command)
        return commandValue(spec, value, error, timeout);
    if (alphabet(spec.set).empty() || spec.length < kMinLength || spec.length > kMaxLength)
        return fail(error, "random: invalid generator");
    return randomValue(spec, value, error);
}

} // namespace OpsDeck::Vault
