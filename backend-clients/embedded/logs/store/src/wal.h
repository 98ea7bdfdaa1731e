// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// The write-ahead log: every record is here, checksummed, before append()
// reports it committed. Files wal-<seq>.log; each entry is
// u32 length, u32 crc32(payload), payload. A torn last entry (kill -9 in the
// middle of a write) is cut off on open; everything before it is kept.

#include "segment.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace OpsDeck::Logs {

class WriteAheadLog
{
public:
    ~WriteAheadLog();

    /**
     * Reads every wal-*.log in \a dir into \a replay (in order), cuts torn
     * tails, and opens a fresh file for appending. \a repaired says how many
     * damaged tails were cut.
     */
    bool open(const std::string &dir, std::vector<StoredRecord> &replay, int &repaired, std::string *error);

    /**
     * Read-only follower of a WAL another process writes: returns the
     * complete entries written since the last call (never truncates, never
     * writes). The first call reads everything there is.
     */
    bool readNew(const std::string &dir, std::vector<StoredRecord> &out, std::string *error);

    /** Appends \a records (buffered by the kernel until sync()). */
    bool append(const std::vector<StoredRecord> &records, std::size_t first, std::string *error);
    /** fdatasync: after it returns true, everything appended survives a crash. */
    bool sync(std::string *error);
    /** Starts a new file; returns the sequence number of the file just closed. */
    std::uint64_t rotate(std::string *error);
    /** Deletes the files with sequence numbers <= \a seq (their records are in segments). */
    void removeUpTo(std::uint64_t seq);
    std::uint64_t bytesOnDisk() const;
    std::uint64_t currentSeq() const { return m_seq; }

    static void encode(const StoredRecord &r, std::string &out);
    static bool decode(std::string_view payload, StoredRecord &r);

private:
    bool openFile(std::uint64_t seq, std::string *error);
    std::string fileName(std::uint64_t seq) const;

    std::string m_dir;
    int m_fd = -1;
    std::uint64_t m_seq = 0;
    std::string m_buffer;
    std::map<std::uint64_t, std::uint64_t> m_readOffsets; // readNew(): seq -> bytes consumed
};

} // namespace OpsDeck::Logs
