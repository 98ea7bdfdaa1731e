// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/vault/securebuffer.h"

#include <openssl/crypto.h>

#include <cstring>
#include <new>
#include <utility>

namespace OpsDeck::Vault {

namespace {
unsigned char *allocate(std::size_t size)
{
    if (size == 0)
        return nullptr;
    // OPENSSL_secure_zalloc falls back to the normal heap when no secure heap
    // was set up; CRYPTO_secure_allocated tells which one it was.
    auto *p = static_cast<unsigned char *>(OPENSSL_secure_zalloc(size));
    if (!p)
        throw std::bad_alloc();
    return p;
}
} // namespace

SecureBuffer::SecureBuffer(std::size_t size) : m_data(allocate(size)), m_size(size) {}

SecureBuffer::SecureBuffer(const void *data, std::size_t size) : SecureBuffer(size)
{
    if (size > 0)
        std::memcpy(m_data, data, size);
}

SecureBuffer::~SecureBuffer()
{
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecureBuffer::clear()
{
    if (m_data)
        OPENSSL_secure_clear_free(m_data, m_size); // cleanses, then frees
    m_data = nullptr;
    m_size = 0;
}

void SecureBuffer::truncate(std::size_t size)
{
    if (size >= m_size)
        return;
    OPENSSL_cleanse(m_data + size, m_size - size);
    m_size = size; // the allocation keeps its length; clear() wipes what is left
    if (size == 0)
        clear();
}

bool SecureBuffer::equals(const SecureBuffer &other) const
{
    return m_size == other.m_size && (m_size == 0 || CRYPTO_memcmp(m_data, other.m_data, m_size) == 0);
}

bool SecureBuffer::isSecure() const
{
    return m_data && CRYPTO_secure_allocated(m_data);
}

bool SecureBuffer::initSecureHeap(std::size_t bytes)
{
    if (CRYPTO_secure_malloc_initialized())
        return true;
    // Smallest allocation 32 bytes: keys are 32 bytes, nonces and tags smaller.
    return CRYPTO_secure_malloc_init(bytes, 32) == 1;
}

} // namespace OpsDeck::Vault
