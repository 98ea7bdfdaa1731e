// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/api/secretstore.h"

#include <cstring>
#include <strings.h> // explicit_bzero

namespace OpsDeck::Backend {

namespace {
// explicit_bzero is not elided by the optimiser the way a final memset is.
void wipe(std::vector<char> &bytes)
{
    if (!bytes.empty())
        explicit_bzero(bytes.data(), bytes.size());
    bytes.clear();
}
} // namespace

SecretBytes::SecretBytes(const char *data, qsizetype size)
    : m_bytes(data, data + size)
{
}

SecretBytes::SecretBytes(const SecretBytes &other)
    : m_bytes(other.m_bytes)
{
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
}

SecretBytes &SecretBytes::operator=(const SecretBytes &other)
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = other.m_bytes;
    }
    return *this;
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = std::move(other.m_bytes);
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    wipe(m_bytes);
}

void SecretBytes::clear()
{
    wipe(m_bytes);
}

bool SecretBytes::equals(const SecretBytes &other) const
{
    if (m_bytes.size() != other.m_bytes.size())
        return false;
    unsigned char diff = 0;
    for (size_t i = 0; i < m_bytes.size(); ++i)
        diff |= static_cast<unsigned char>(m_bytes[i] ^ other.m_bytes[i]);
    return diff == 0;
}

} // namespace OpsDeck::Backend
