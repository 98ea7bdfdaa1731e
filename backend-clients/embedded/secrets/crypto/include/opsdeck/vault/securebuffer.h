// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

namespace OpsDeck::Vault {

/**
 * Bytes that hold key material or plaintext.
 *
 * Allocated from OpenSSL's secure heap when it is initialised (initSecureHeap):
 * pages locked in memory (never swapped), excluded from core dumps, guarded.
 * Without a secure heap they come from the normal heap. Either way they are
 * wiped with OPENSSL_cleanse before they are freed, and never shared: the type
 * is move-only, a second copy has to be asked for with clone().
 */
class SecureBuffer
{
public:
    SecureBuffer() = default;
    /** \a size zero bytes. */
    explicit SecureBuffer(std::size_t size);
    SecureBuffer(const void *data, std::size_t size);
    ~SecureBuffer();
    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    SecureBuffer clone() const { return {m_data, m_size}; }

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    std::span<const unsigned char> span() const { return {m_data, m_size}; }
    std::span<unsigned char> span() { return {m_data, m_size}; }
    std::string_view view() const { return {reinterpret_cast<const char *>(m_data), m_size}; }

    /** Wipes and frees the bytes; the buffer is empty afterwards. */
    void clear();
    /** Keeps the first \a size bytes (size <= size()); the rest is wiped. */
    void truncate(std::size_t size);
    /** Constant-time equality (the sizes are not secret). */
    bool equals(const SecureBuffer &other) const;
    /** True when the bytes live in the secure heap. */
    bool isSecure() const;

    /**
     * Sets up OpenSSL's secure heap of \a bytes (a power of two). Call once,
     * early, before any key exists; false when the system refuses (e.g. a
     * small RLIMIT_MEMLOCK): buffers then use the normal heap and are still
     * wiped.
     */
    static bool initSecureHeap(std::size_t bytes = std::size_t(1) << 21);

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace OpsDeck::Vault
