// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>

// Durable file operations the embedded engines share (log store, vault).
// Plain C++ and POSIX: no Qt, so fuzzed and benchmarked layers can use them.

namespace OpsDeck::Embedded {

/** Writes \a data to \a path via a temporary file, fsync and rename, then fsyncs the folder. */
bool writeFileAtomically(const std::string &path, std::string_view data, std::string *error);
/** fsync of a folder, so a rename or unlink in it is durable. */
bool syncDirectory(const std::string &dir, std::string *error);
/** write(2) of all of \a data to \a fd, retrying short writes and EINTR; false with errno set. */
bool writeFully(int fd, std::string_view data);
/** mkdir -p. */
bool makeDirectories(const std::string &dir, std::string *error);

} // namespace OpsDeck::Embedded
