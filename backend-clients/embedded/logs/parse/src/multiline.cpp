// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/logs/multiline.h"

namespace OpsDeck::Logs {

MultilineJoiner::MultilineJoiner(Rule rule)
    : m_rule(rule)
{
}

void MultilineJoiner::push(std::string_view line, const Callback &emit)
{
    if (m_rule == Rule::None) {
        emit(line);
        return;
    }
    const bool continuation = !line.empty() && (line.front() == ' ' || line.front() == '\t');
    if (continuation && m_pending && m_record.size() + 1 + line.size() <= kMaxRecordBytes) {
        m_record.push_back('\n');
        m_record.append(line);
        return;
    }
    flush(emit);
    m_record.assign(line);
    m_pending = true;
}

void MultilineJoiner::flush(const Callback &emit)
{
    if (!m_pending)
        return;
    m_pending = false;
    emit(m_record);
    // Keep the buffer for the next record unless a huge one left it oversized.
    if (m_record.capacity() > 64 * 1024)
        std::string().swap(m_record);
    else
        m_record.clear();
}

} // namespace OpsDeck::Logs
