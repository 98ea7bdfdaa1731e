// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "opsdeck/pipelines/joblog.h"

#include <cstring>
#include <string>

namespace OpsDeck::Pipelines::Internal {

/**
 * Cuts one stream's bytes into lines. A line longer than 64 KiB goes out in
 * 64 KiB pieces marked continued, so one endless line cannot hold the
 * runner's memory; the bytes are never touched otherwise.
 */
class LineSplitter
{
public:
    static constexpr std::size_t kMaxLine = 64 * 1024;

    explicit LineSplitter(LogStream stream) : m_stream(stream) {}

    template<typename Emit>
    void feed(const char *data, std::size_t size, std::int64_t timeNs, Emit &&emit)
    {
        m_buffer.append(data, size);
        std::size_t start = 0;
        while (const void *hit = std::memchr(m_buffer.data() + start, '\n', m_buffer.size() - start)) {
            std::size_t length = static_cast<std::size_t>(static_cast<const char *>(hit) - m_buffer.data()) - start;
            while (length > kMaxLine) {
                emit(LogLine{timeNs, m_stream, true, m_buffer.substr(start, kMaxLine)});
                start += kMaxLine, length -= kMaxLine;
            }
            emit(LogLine{timeNs, m_stream, false, m_buffer.substr(start, length)});
            start += length + 1;
        }
        while (m_buffer.size() - start >= kMaxLine) {
            emit(LogLine{timeNs, m_stream, true, m_buffer.substr(start, kMaxLine)});
            start += kMaxLine;
        }
        m_buffer.erase(0, start);
    }

    /** At end of file: the last line, which had no newline. */
    template<typename Emit>
    void finish(std::int64_t timeNs, Emit &&emit)
    {
        if (!m_buffer.empty())
            emit(LogLine{timeNs, m_stream, false, std::move(m_buffer)});
        m_buffer.clear();
    }

private:
    LogStream m_stream;
    std::string m_buffer;
};

} // namespace OpsDeck::Pipelines::Internal
