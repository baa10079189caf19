#!/usr/bin/env bash
# Test of network/bench/block-sizes.py: block files written here in the block store's encoding
# (three blocks, the last cut short as while a peer writes it) are read back to the numbers they hold.
#
#   network/test/block-sizes-test.sh
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chain="$work/data/peer0.authority.fitledger.example/ledgersData/chains/chains/maintenance"
mkdir -p "$chain"

python3 - "$chain" <<'PY'
import sys

def varint(n):
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)

def raw(b):
    return varint(len(b)) + b

def block(number, envelopes):
    body = varint(number) + raw(b"h" * 32) + raw(b"p" * 32) + varint(len(envelopes))
    body += b"".join(raw(b"e" * size) for size in envelopes)
    body += varint(2) + raw(b"m" * 10) + raw(b"")
    return varint(len(body)) + body

with open(sys.argv[1] + "/blockfile_000000", "wb") as f:
    f.write(block(0, [300]) + block(1, [200, 1000]))
with open(sys.argv[1] + "/blockfile_000001", "wb") as f:
    f.write(block(2, [5000] * 3) + block(3, [10])[:20])
PY

out=$("$here/../bench/block-sizes.py" --run-dir "$work" 0-1 1- 2>&1)
status=$?
# Stored bytes: block 0 is 1 (number) + 66 (hashes) + 1 (count) + 302 (envelope) + 13 (metadata)
# = 383; block 1 is 68 + 202 + 1002 + 13 = 1285; block 2 is 68 + 3 * 5002 + 13 = 15087.
expected_first="0-1 2 3 1500 1668 556 500"
expected_second="1- 2 5 16200 16372 3274 3240"
row() { awk -v label="$1" '$1 == label { $1 = $1; print }' <<<"$out"; }
if [ $status -ne 0 ] || [ "$(row 0-1)" != "$expected_first" ] || [ "$(row 1-)" != "$expected_second" ]; then
  printf 'FAIL block sizes: exit %s, expected rows [%s] and [%s], got:\n%s\n' "$status" \
    "$expected_first" "$expected_second" "$out" >&2
  exit 1
fi
printf 'ok   block sizes are read per range from the block files, a half-written block left out\n' >&2
