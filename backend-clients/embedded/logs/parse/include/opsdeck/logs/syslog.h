// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

/**
 * \file
 * The syslog wire formats: RFC 5424 and RFC 3164 messages (with the lenient
 * forms rsyslog and util-linux `logger` send) and RFC 6587 framing on TCP.
 *
 * \code
 * OpsDeck::Logs::SyslogFrameDecoder decoder;              // one per TCP connection
 * OpsDeck::Logs::RecordInput record;
 * decoder.feed(bytes, [&](std::string_view frame) {
 *     OpsDeck::Logs::parseSyslogMessage(frame, receivedMs, nowMs, record);
 *     commit(record);                                     // kept even when it returned false
 * });
 * decoder.flush(onFrame);                                 // at connection close
 * \endcode
 */

#include "opsdeck/logs/record.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace OpsDeck::Logs {

/**
 * Parses one syslog message into \a out (every member but \c source is
 * reset; \c ingestedMs = \a receivedMs). RFC 5424
 * (`<PRI>1 TIMESTAMP HOST APP PROCID MSGID [SD] MSG`) and RFC 3164
 * (`<PRI>Mmm dd HH:MM:SS host tag[pid]: msg`, host or timestamp may be
 * missing). The severity gives the level, the facility name the field
 * \c facility; PROCID / [pid] the field \c pid, MSGID the field \c msgid and
 * SD params the fields `sdid.param`. \c message is the MSG part only (BOM and
 * trailing CR/LF/NUL removed); timestampMs is kNoTime when the header has none.
 * Year-less stamps are placed relative to \a nowMs.
 *
 * Returns false only when there is no PRI at all; \c message is then the whole
 * datagram verbatim, for the caller to keep anyway.
 */
bool parseSyslogMessage(std::string_view datagram, std::int64_t receivedMs, std::int64_t nowMs,
                        RecordInput &out);

/// "kern", "user", ... "local7" for facility codes 0..23, else "".
std::string_view syslogFacilityName(int facility);

/**
 * Splits a TCP syslog stream into messages. The framing is detected once per
 * stream: octet counting (RFC 6587 `LEN SP MSG`) when the stream starts with
 * a digit, otherwise LF framing (CRLF and NUL also end a frame). A bad length
 * prefix switches the stream to LF framing without losing bytes. A frame
 * longer than kMaxFrameBytes is cut: its first kMaxFrameBytes are emitted and
 * the rest skipped, so buffering stays bounded. One instance per connection.
 */
class SyslogFrameDecoder
{
public:
    /// Receives one frame; the view is valid only during the call.
    using Callback = std::function<void(std::string_view frame)>;
    static constexpr std::size_t kMaxFrameBytes = std::size_t{1} << 20;

    enum class Framing { Unknown, OctetCounting, LineFeed };

    void feed(std::string_view bytes, const Callback &onFrame);
    /// Emits an unterminated last frame (connection closed) and resets the decoder.
    void flush(const Callback &onFrame);

    Framing framing() const { return m_framing; }

private:
    void feedOctet(std::string_view &bytes, const Callback &onFrame);
    void feedLine(std::string_view bytes, const Callback &onFrame);

    Framing m_framing = Framing::Unknown;
    std::string m_buffer;          ///< partial frame (LF) or partial length/message (octet)
    std::size_t m_expected = 0;    ///< octet counting: bytes of the current message still due
    std::size_t m_skip = 0;        ///< octet counting: bytes of an over-long message to drop
    bool m_inMessage = false;      ///< octet counting: the length prefix has been read
    bool m_discarding = false;     ///< LF: dropping the rest of an over-long frame
};

} // namespace OpsDeck::Logs
