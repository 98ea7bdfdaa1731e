// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * A job's output lines, live and stored (docs/job-logs.md).
 *
 * The stored log is one file per job, append-only, one record per line:
 *
 *   #opsdeck-joblog 1\n                                   file header
 *   <ts: 19 decimal digits> <stream: O|E|S><cont: ' '|'+'><bytes>\n
 *
 * `ts` is the realtime clock in nanoseconds when the runner read the line,
 * `cont` is '+' when the line was longer than 64 KiB and continues in the
 * next record. The bytes are the child's bytes without the newline, never
 * escaped (a line cannot hold '\n'), so ANSI colours and invalid UTF-8
 * survive and `grep` works on the file. A record without its '\n' (the
 * engine killed in the middle of a write) is a torn tail: readers stop
 * before it, and a writer reopening the file cuts it off.
 *
 * \code
 * std::string error;
 * auto writer = JobLogWriter::open(dir + "/job-42.log", &error);
 * writer->append({nowNs(), LogStream::Stdout, false, "hello"});
 *
 * auto reader = JobLogReader::open(dir + "/job-42.log", &error);
 * std::size_t n = reader->lineCount();
 * std::optional<LogLine> last = reader->line(n - 1);
 * std::vector<std::size_t> hits = reader->search("error");
 * reader->refresh();                        // picks up what was appended since
 * auto fresh = reader->lines(n, reader->lineCount() - n);
 * \endcode
 */

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace OpsDeck::Pipelines {

/** Where a line came from: the child's stdout or stderr, or the runner itself. */
enum class LogStream : std::uint8_t { Stdout, Stderr, System };

/** 'O', 'E' or 'S', as stored in the job log. */
char logStreamCode(LogStream stream);

/** One line of a job's output. */
struct LogLine
{
    std::int64_t timeNs = 0;   ///< CLOCK_REALTIME, ns since the epoch, when the line was read
    LogStream stream = LogStream::Stdout;
    bool continued = false;    ///< the line was split at 64 KiB; the next record of this stream goes on
    std::string bytes;         ///< without the newline; bytes exactly as written (ANSI, any encoding)
    friend bool operator==(const LogLine &, const LogLine &) = default;
};

/** Nanoseconds since the epoch on CLOCK_REALTIME. */
std::int64_t realtimeNs();

/**
 * Appends lines to a job log. One writer per file; calls from one thread at
 * a time. Each append is one write(2) with O_APPEND, so a reader or a crash
 * sees whole records or a torn last one. sync() makes them durable against
 * power loss (the runner calls it when the job ends); a kill -9 of the
 * engine loses nothing that append() returned for.
 */
class JobLogWriter
{
public:
    ~JobLogWriter();
    JobLogWriter(const JobLogWriter &) = delete;
    JobLogWriter &operator=(const JobLogWriter &) = delete;

    /**
     * Opens \a path for appending, creating it (with its header) when
     * missing. A torn tail left by a crash is cut off first. A file that is
     * not a job log fails with a message naming the path.
     */
    static std::unique_ptr<JobLogWriter> open(const std::string &path, std::string *error);

    /** Appends one record. A line holding '\n' is stored as several records. */
    bool append(const LogLine &line, std::string *error = nullptr);
    /** fsync(2). */
    bool sync(std::string *error = nullptr);
    const std::string &path() const;

private:
    JobLogWriter() = default;
    int m_fd = -1;
    std::string m_path;
};

/**
 * Reads a job log, also while its writer appends. open() scans the file
 * once and keeps each record's offset (8 bytes a line), so lineCount() and
 * line(i) are immediate afterwards; refresh() scans only what was appended.
 * Not thread-safe: one reader object per thread.
 */
class JobLogReader
{
public:
    ~JobLogReader();
    JobLogReader(const JobLogReader &) = delete;
    JobLogReader &operator=(const JobLogReader &) = delete;

    /** Opens and indexes \a path. A file that is not a job log fails with a message naming the path. */
    static std::unique_ptr<JobLogReader> open(const std::string &path, std::string *error);

    /** Complete records so far (a torn or still-being-written tail is not counted). */
    std::size_t lineCount() const;
    /** Record \a index (0-based), or nothing past the end or when the file cannot be read. */
    std::optional<LogLine> line(std::size_t index) const;
    /** Up to \a count records from \a first. */
    std::vector<LogLine> lines(std::size_t first, std::size_t count) const;
    /** Indexes records appended since the last open()/refresh(); returns how many are new. */
    std::size_t refresh();
    /** Line numbers (0-based, ascending) whose bytes contain \a needle (case-sensitive, bytewise). */
    std::vector<std::size_t> search(std::string_view needle) const;
    /**
     * Set when the scan stopped at a record whose header is malformed (not
     * a torn tail): "<path>: line N (byte X): ..." Lines before it are served.
     */
    const std::string &corruption() const;

private:
    JobLogReader() = default;
    bool scanFrom(std::uint64_t offset);
    int m_fd = -1;
    std::string m_path;
    std::vector<std::uint64_t> m_offsets; // start of each record; m_end closes the last one
    std::uint64_t m_end = 0;              // end of the last complete record
    std::string m_corruption;
};

} // namespace OpsDeck::Pipelines
