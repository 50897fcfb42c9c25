#!/usr/bin/env python3
"""An independent reader of the audit log, written from docs/audit.md with the standard library
(sqlite3, hashlib, json, base64) and the `openssl` command for Ed25519. It shares no code with the
product. Prints one JSON document:

  audit_reference.py DB [--prove N:M ...] [--consistency M:N ...] [--pubkey KEY.pub]

  {"entries": n, "chain_ok": bool, "first_bad_entry": seq|null,
   "roots": {"size": "hex", ...}            # the Merkle root of every checkpoint's size
   "checkpoints": [{"id", "size", "root_matches", "signature_ok"}],
   "inclusion": {"N:M": ["hex", ...]}, "consistency": {"M:N": ["hex", ...]}}
"""
import base64
import hashlib
import json
import math
import os
import sqlite3
import subprocess
import sys
import tempfile


def es_number(x):
    """ECMAScript Number::toString, as RFC 8785 requires."""
    if isinstance(x, bool):
        raise TypeError
    if isinstance(x, int):
        return str(x)
    if x == 0:
        return "0"
    if not math.isfinite(x):
        raise ValueError("non-finite")
    sign = "-" if x < 0 else ""
    r = repr(abs(x))  # shortest round-trip digits
    mant, _, exp = r.partition("e")
    exp = int(exp) if exp else 0
    if "." in mant:
        ip, fp = mant.split(".")
    else:
        ip, fp = mant, ""
    digits = (ip + fp).lstrip("0")
    lead = len(ip + fp) - len((ip + fp).lstrip("0"))
    n = len(ip) + exp - lead  # value = 0.digits * 10^n
    digits = digits.rstrip("0") or "0"
    k = len(digits)
    if k <= n <= 21:
        s = digits + "0" * (n - k)
    elif 0 < n <= 21:
        s = digits[:n] + "." + digits[n:]
    elif -6 < n <= 0:
        s = "0." + "0" * (-n) + digits
    else:
        e = n - 1
        s = digits[0] + ("." + digits[1:] if k > 1 else "") + "e" + ("+" if e >= 0 else "-") + str(abs(e))
    return sign + s


def jcs_string(s):
    out = ['"']
    for ch in s:
        c = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\b":
            out.append("\\b")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\f":
            out.append("\\f")
        elif ch == "\r":
            out.append("\\r")
        elif c < 0x20:
            out.append("\\u%04x" % c)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def jcs(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return es_number(v)
    if isinstance(v, str):
        return jcs_string(v)
    if isinstance(v, list):
        return "[" + ",".join(jcs(x) for x in v) + "]"
    keys = sorted(v.keys(), key=lambda k: k.encode("utf-16-be"))
    return "{" + ",".join(jcs_string(k) + ":" + jcs(v[k]) for k in keys) + "}"


def sha(b):
    return hashlib.sha256(b).digest()


def leaf(b):
    return sha(b"\x00" + b)


def node(l, r):
    return sha(b"\x01" + l + r)


def mth(d):
    n = len(d)
    if n == 0:
        return sha(b"")
    if n == 1:
        return d[0]
    k = 1
    while k * 2 < n:
        k *= 2
    return node(mth(d[:k]), mth(d[k:]))


def path(m, d):
    n = len(d)
    if n <= 1:
        return []
    k = 1
    while k * 2 < n:
        k *= 2
    if m < k:
        return path(m, d[:k]) + [mth(d[k:])]
    return path(m - k, d[k:]) + [mth(d[:k])]


def subproof(m, d, b):
    n = len(d)
    if m == n:
        return [] if b else [mth(d)]
    k = 1
    while k * 2 < n:
        k *= 2
    if m <= k:
        return subproof(m, d[:k], b) + [mth(d[k:])]
    return subproof(m - k, d[k:], False) + [mth(d[:k])]


def ed25519_ok(pub_pem, message, signature):
    with tempfile.TemporaryDirectory() as t:
        for name, data in (("k.pub", pub_pem.encode()), ("m", message), ("s", signature)):
            with open(os.path.join(t, name), "wb") as f:
                f.write(data)
        r = subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", os.path.join(t, "k.pub"),
                            "-rawin", "-in", os.path.join(t, "m"), "-sigfile", os.path.join(t, "s")],
                           capture_output=True)
        return r.returncode == 0


def main():
    args = sys.argv[1:]
    db = args.pop(0)
    proves, consist, pubkey = [], [], None
    while args:
        a = args.pop(0)
        if a == "--prove":
            proves.append(args.pop(0))
        elif a == "--consistency":
            consist.append(args.pop(0))
        elif a == "--pubkey":
            pubkey = open(args.pop(0)).read()
    con = sqlite3.connect("file:" + db + "?mode=ro", uri=True)
    meta = dict(con.execute("SELECT key, value FROM meta"))
    pub = pubkey or meta["public_key"]
    leaves, prev, first_bad = [], bytes(32), None
    for seq, t, inst, actor, action, target, details, prev_hash, h in con.execute(
            "SELECT seq, time_ms, installation, actor, action, target, details, prev_hash, hash FROM entries ORDER BY seq"):
        entry = jcs({"action": action, "actor": actor, "details": json.loads(details), "installation": inst,
                     "seq": seq, "target": target, "time": t}).encode()
        ok = (seq == len(leaves) + 1 and prev_hash == prev.hex() and sha(prev + entry).hex() == h
              and jcs(json.loads(details)) == details)
        if not ok and first_bad is None:
            first_bad = seq
        prev = bytes.fromhex(h)
        leaves.append(leaf(entry))
    out = {"entries": len(leaves), "chain_ok": first_bad is None, "first_bad_entry": first_bad,
           "roots": {}, "checkpoints": [], "inclusion": {}, "consistency": {}}
    name = meta["installation_id"]
    raw = base64.b64decode("".join(pub.strip().splitlines()[1:-1]))[-32:]
    key_id = sha(name.encode() + b"\n\x01" + raw)[:4]
    for cid, size, root, note in con.execute("SELECT id, size, root, note FROM checkpoints ORDER BY id"):
        text, _, sigs = note.partition("\n\n")
        text += "\n"
        lines = text.split("\n")
        signed_root = base64.b64decode(lines[2]).hex()
        sig_ok = False
        for line in sigs.splitlines():
            parts = line.split(" ")
            if len(parts) == 3 and parts[0] == "\u2014" and parts[1] == name:
                blob = base64.b64decode(parts[2])
                if blob[:4] == key_id and ed25519_ok(pub, text.encode(), blob[4:]):
                    sig_ok = True
        r = mth(leaves[:size]).hex() if size <= len(leaves) else None
        out["roots"][str(size)] = r
        out["checkpoints"].append({"id": cid, "size": size, "root_matches": r == root == signed_root,
                                   "signature_ok": sig_ok})
    for p in proves:
        n, m = (int(x) for x in p.split(":"))
        out["inclusion"][p] = [x.hex() for x in path(n - 1, leaves[:m])]
        out["roots"][str(m)] = mth(leaves[:m]).hex()
    for c in consist:
        m, n = (int(x) for x in c.split(":"))
        out["consistency"][c] = [x.hex() for x in subproof(m, leaves[:n], True)] if 0 < m < n else []
        out["roots"][str(m)] = mth(leaves[:m]).hex()
        out["roots"][str(n)] = mth(leaves[:n]).hex()
    print(json.dumps(out, sort_keys=True))


if __name__ == "__main__":
    main()
