#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 OpsDeck contributors
# SPDX-License-Identifier: Apache-2.0
"""A second, independent reader of OpsDeck vault files, written from
docs/vault-format.md alone with Debian's python3-cryptography and
python3-argon2. The tests run it on files the C++ code wrote and compare.

    vault_open.py keyfile KEYFILE     prints the unlocked keyring as JSON
    vault_open.py secrets VAULT_DIR   prints every version of every secret:
                                      {"path": {"1": {"kind": 0, "value": "...",
                                       "deleted": false, "destroyed": false}, ...}}
The passphrase comes from OPSDECK_VAULT_PASSPHRASE. Exit status 1 with one
line on stderr when anything does not check out.
"""
import hashlib
import hmac
import json
import os
import struct
import sys
import zlib

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.keywrap import aes_key_unwrap_with_padding

PREFIX = b"opsdeck-vault/v1/"


def die(message):
    print("vault_open.py: " + message, file=sys.stderr)
    sys.exit(1)


def derive(root, vault_id, purpose):
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=vault_id,
                info=PREFIX + purpose.encode()).derive(root)


def open_keyfile(text, passphrase):
    outer = json.loads(text)
    if outer.get("format") != "opsdeck-vault-keys" or outer.get("version") != 1:
        die("not a version 1 key file")
    body = outer["body"]
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()
    vault_id = bytes.fromhex(body["vault_id"])
    unlock_key = None
    for u in body["unlockers"]:
        if u["type"] != "passphrase":
            continue  # an os-keyring unlocker needs the key from that machine's keyring
        kdf = u["kdf"]
        if kdf["algorithm"] != "argon2id" or kdf["version"] != 19:
            continue
        kek = hash_secret_raw(passphrase, bytes.fromhex(u["salt"]), time_cost=kdf["iterations"],
                              memory_cost=kdf["memory_kib"], parallelism=kdf["lanes"], hash_len=32,
                              type=Type.ID, version=19)
        try:
            unlock_key = aes_key_unwrap_with_padding(kek, bytes.fromhex(u["wrapped_unlock_key"]))
            break
        except Exception:
            continue
    if unlock_key is None:
        die("wrong passphrase")
    root = aes_key_unwrap_with_padding(unlock_key, bytes.fromhex(body["wrapped_root"]))
    mac = hmac.new(derive(root, vault_id, "header-mac"), canonical, hashlib.sha256).digest()
    if not hmac.compare_digest(mac, bytes.fromhex(outer["mac"])):
        die("MAC mismatch")
    aad = PREFIX + b"keyring" + b"\x00" + vault_id + struct.pack(">I", body["root_version"])
    keyring = AESGCM(derive(root, vault_id, "keyring")).decrypt(
        bytes.fromhex(body["keyring"]["nonce"]), bytes.fromhex(body["keyring"]["sealed"]), aad)
    active, count = struct.unpack_from(">II", keyring, 0)
    at = 8
    terms = {}
    for _ in range(count):
        number, = struct.unpack_from(">I", keyring, at)
        key = keyring[at + 4:at + 36]
        length, = struct.unpack_from(">I", keyring, at + 36)
        created = keyring[at + 40:at + 40 + length].decode()
        at += 40 + length
        terms[str(number)] = {"key": key.hex(), "created": created}
    mac_root = keyring[at:at + 32]
    if len(mac_root) != 32 or at + 32 != len(keyring):
        die("keyring does not end with the 32-byte MAC root")
    return {"vault_id": vault_id.hex(), "generation": body["generation"], "active_term": active,
            "terms": terms, "audit_key": derive(mac_root, vault_id, "audit").hex(),
            "log_key": derive(mac_root, vault_id, "log").hex(),
            "index_key": derive(mac_root, vault_id, "index").hex(),
            "names_key": derive(mac_root, vault_id, "names").hex()}


class Reader:
    def __init__(self, data):
        self.data, self.at = data, 0

    def take(self, n):
        if self.at + n > len(self.data):
            die("record cut short")
        out = self.data[self.at:self.at + n]
        self.at += n
        return out

    def u8(self):
        return self.take(1)[0]

    def u32(self):
        return struct.unpack(">I", self.take(4))[0]

    def u64(self):
        return struct.unpack(">Q", self.take(8))[0]

    def string(self):
        return self.take(self.u32())


def read_head(path, log_key):
    """The valid slot of secrets.head with the larger counter: (seq, mac, epoch)."""
    with open(path, "rb") as f:
        data = f.read()
    best = None
    for s in range(2):
        slot = data[s * 96:(s + 1) * 96]
        if len(slot) != 96 or slot[:4] != b"ODAH" or struct.unpack(">I", slot[4:8])[0] != 1:
            continue
        signed = b"opsdeck-vault/v1/log-head" + slot[:56] + slot[88:96]
        if not hmac.compare_digest(hmac.new(log_key, signed, hashlib.sha256).digest(), slot[56:88]):
            continue
        seq, counter = struct.unpack(">QQ", slot[8:24])
        epoch, = struct.unpack(">Q", slot[88:96])
        if best is None or counter > best[1]:
            best = (seq, counter, slot[24:56], epoch)
    if best is None:
        die("secrets.head has no valid slot")
    return best[0], best[2], best[3]


def open_secrets(folder, passphrase):
    with open(os.path.join(folder, "keys.json"), "rb") as f:
        keys = open_keyfile(f.read(), passphrase)
    vault_id = bytes.fromhex(keys["vault_id"])
    log_key = bytes.fromhex(keys["log_key"])
    with open(os.path.join(folder, "secrets.log"), "rb") as f:
        data = f.read()
    log_version, = struct.unpack(">I", data[8:12])
    if data[:8] != b"ODSECLOG" or log_version not in (1, 2) or data[12:28] != vault_id:
        die("secrets.log: bad header")
    index_key = bytes.fromhex(keys["index_key"])
    names_key = AESGCM(bytes.fromhex(keys["names_key"]))

    def open_name(field):
        """A path as the log stores it: clear in version 1; MAC, nonce, sealed name in version 2."""
        if log_version == 1 or not field:
            return field
        mac, nonce, sealed = field[:32], field[32:44], field[44:]
        name = names_key.decrypt(nonce, sealed, PREFIX + b"path" + b"\x00" + vault_id + mac)
        if not hmac.compare_digest(hmac.new(index_key, name, hashlib.sha256).digest(), mac):
            die("a path name does not match its index MAC")
        return name
    epoch, = struct.unpack(">I", data[28:32])
    records, prev, at = [], bytes(32), 32
    while at + 8 <= len(data):
        n, crc = struct.unpack(">II", data[at:at + 8])
        if at + 8 + n + 32 > len(data):
            break  # a torn record that was never acknowledged
        payload = data[at + 8:at + 8 + n]
        if zlib.crc32(payload) != crc:
            die("record %d: checksum" % (len(records) + 1))
        mac = hmac.new(log_key, prev + struct.pack(">Q", len(records) + 1) + payload, hashlib.sha256).digest()
        if not hmac.compare_digest(mac, data[at + 8 + n:at + 8 + n + 32]):
            die("record %d: chain MAC" % (len(records) + 1))
        records.append((payload, mac))
        prev, at = mac, at + 8 + n + 32
    seq, head_mac, head_epoch = read_head(os.path.join(folder, "secrets.head"), log_key)
    if head_epoch == epoch:
        if seq > len(records) or (seq > 0 and records[seq - 1][1] != head_mac):
            die("secrets.log does not match its signed head")
        records = records[:seq]
    elif head_epoch + 1 != epoch:
        die("secrets.log and secrets.head are from different rewrites")
    terms = {int(k): bytes.fromhex(v["key"]) for k, v in keys["terms"].items()}
    secrets = {}
    for index, (payload, _) in enumerate(records, 1):
        r = Reader(payload)
        kind_of_record = r.u8()
        path = open_name(r.string())
        version = r.u32()
        r.u64()  # time
        r.string()  # identity
        versions = secrets.setdefault(path.decode(), {}) if path else None
        if kind_of_record == 1:
            kind, term = r.u8(), r.u32()
            wrapped = r.string()
            nonce = r.take(12)
            sealed = r.string()
            entry = {"kind": kind, "deleted": False, "destroyed": not sealed}
            if sealed:
                data_key = aes_key_unwrap_with_padding(terms[term], wrapped)
                aad = (PREFIX + b"value" + b"\x00" + vault_id + struct.pack(">I", len(path)) + path
                       + struct.pack(">II", version, term) + struct.pack(">I", len(wrapped)) + wrapped
                       + bytes([kind]))
                entry["value"] = AESGCM(data_key).decrypt(nonce, sealed, aad).decode("utf-8", "replace")
            versions[str(version)] = entry
        elif kind_of_record in (2, 3):
            versions[str(version)]["deleted"] = kind_of_record == 2
        elif kind_of_record == 6:
            versions[str(version)]["destroyed"] = True
            versions[str(version)].pop("value", None)
        elif kind_of_record in (4, 5):
            r.string()
        elif kind_of_record == 7:
            if index != 1 or r.u64() != epoch:
                die("snapshot record out of place")
            r.u64()
        else:
            die("record %d: unknown type %d" % (index, kind_of_record))
    return secrets


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("keyfile", "secrets"):
        die("usage: vault_open.py keyfile KEYFILE | secrets VAULT_DIR")
    passphrase = os.environ.get("OPSDECK_VAULT_PASSPHRASE", "").encode()
    if sys.argv[1] == "secrets":
        print(json.dumps(open_secrets(sys.argv[2], passphrase), sort_keys=True))
        return
    with open(sys.argv[2], "rb") as f:
        text = f.read()
    print(json.dumps(open_keyfile(text, passphrase), sort_keys=True))


if __name__ == "__main__":
    main()
