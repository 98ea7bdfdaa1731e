#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 OpsDeck contributors
# SPDX-License-Identifier: Apache-2.0
"""A second, independent reader of OpsDeck vault files, written from
docs/vault-format.md alone with Debian's python3-cryptography and
python3-argon2. The tests run it on files the C++ code wrote and compare.

    vault_open.py keyfile KEYFILE     prints the unlocked keyring as JSON
The passphrase comes from OPSDECK_VAULT_PASSPHRASE. Exit status 1 with one
line on stderr when anything does not check out.
"""
import hashlib
import hmac
import json
import os
import struct
import sys

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
        kdf = u["kdf"]
        if u["type"] != "passphrase" or kdf["algorithm"] != "argon2id" or kdf["version"] != 19:
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
            "terms": terms, "audit_key": derive(mac_root, vault_id, "audit").hex()}


def main():
    if len(sys.argv) != 3 or sys.argv[1] != "keyfile":
        die("usage: vault_open.py keyfile KEYFILE")
    passphrase = os.environ.get("OPSDECK_VAULT_PASSPHRASE", "").encode()
    with open(sys.argv[2], "rb") as f:
        text = f.read()
    print(json.dumps(open_keyfile(text, passphrase), sort_keys=True))


if __name__ == "__main__":
    main()
