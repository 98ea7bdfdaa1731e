// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/vault/signedhead.h"

#include "opsdeck/vault/bigendian.h"

#include <cerrno>
#include <cstring>
#include <fstream>

#include <unistd.h>

namespace OpsDeck::Vault {

namespace {

constexpr std::size_t kSlotBytes = 96;
constexpr char kSlotMagic[4] = {'O', 'D', 'A', 'H'};
constexpr std::uint32_t kSlotVersion = 1;

/** HMAC(key, label || slot[0..56) || slot[88..96)) into slot[56..88). */
bool signSlot(ByteView key, std::string_view label, const unsigned char *slot, unsigned char *mac)
{
    Bytes signedPart(label.begin(), label.end());
    signedPart.insert(signedPart.end(), slot, slot + 56);
    signedPart.insert(signedPart.end(), slot + 88, slot + 96);
    return hmacSha256(key, signedPart, std::span<unsigned char, kMacBytes>(mac, kMacBytes), nullptr);
}

// Slot: "ODAH", u32 version 1, u64 seq, u64 counter, 32 bytes MAC of the last
// entry, 32 bytes HMAC(key, label || the 56 bytes before || the 8 after),
// u64 epoch (0 unless the file was compacted).
bool decodeSlot(ByteView key, std::string_view label, const unsigned char *slot, SignedHead &head)
{
    if (std::memcmp(slot, kSlotMagic, 4) != 0 || BigEndian::load<std::uint32_t>(slot + 4) != kSlotVersion)
        return false;
    unsigned char mac[kMacBytes];
    if (!signSlot(key, label, slot, mac) || !constantTimeEquals({mac, kMacBytes}, {slot + 56, kMacBytes}))
        return false;
    head.seq = BigEndian::load<std::uint64_t>(slot + 8);
    head.counter = BigEndian::load<std::uint64_t>(slot + 16);
    head.mac.assign(slot + 24, slot + 56);
    head.epoch = BigEndian::load<std::uint64_t>(slot + 88);
    return true;
}

} // namespace

bool readSignedHead(const std::string &path, ByteView key, std::string_view label, SignedHead &head, bool &exists)
{
    std::ifstream in(path, std::ios::binary);
    exists = bool(in);
    if (!in)
        return false;
    unsigned char slots[2 * kSlotBytes] = {};
    in.read(reinterpret_cast<char *>(slots), sizeof slots);
    const auto got = static_cast<std::size_t>(in.gcount());
    bool found = false;
    for (std::size_t s = 0; s < 2 && (s + 1) * kSlotBytes <= got; ++s) {
        SignedHead h;
        if (decodeSlot(key, label, slots + s * kSlotBytes, h) && (!found || h.counter > head.counter)) {
            head = h;
            found = true;
        }
    }
    return found;
}

bool writeSignedHead(int fd, ByteView key, std::string_view label, const SignedHead &head, std::string *error)
{
    unsigned char slot[kSlotBytes] = {};
    std::memcpy(slot, kSlotMagic, 4);
    BigEndian::store(slot + 4, kSlotVersion);
    BigEndian::store(slot + 8, head.seq);
    BigEndian::store(slot + 16, head.counter);
    if (head.mac.size() != kMacBytes) {
        if (error)
            *error = "the head MAC must be 32 bytes";
        return false;
    }
    std::memcpy(slot + 24, head.mac.data(), kMacBytes);
    BigEndian::store(slot + 88, head.epoch);
    signSlot(key, label, slot, slot + 56);
    const auto offset = static_cast<off_t>((head.counter % 2) * kSlotBytes);
    if (::pwrite(fd, slot, kSlotBytes, offset) != static_cast<ssize_t>(kSlotBytes) || ::fdatasync(fd) != 0) {
        if (error)
            *error = std::strerror(errno);
        return false;
    }
    return true;
}

} // namespace OpsDeck::Vault
