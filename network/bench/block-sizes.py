#!/usr/bin/env python3
"""What a FitLedger transaction weighs on the ledger: bytes per transaction in ranges of blocks.

Reads a peer's block files (the peer need not run) and, for each range of block numbers, reports
the blocks, their transactions (envelopes), the bytes of the envelopes and of the stored blocks, and
both per transaction.

    network/bench/block-sizes.py [--run-dir DIR] [--org authority] [--channel maintenance] RANGE...

A RANGE is FIRST-LAST, block numbers inclusive; LAST may be left out for "to the last block". With
no range it reports the whole chain. Example, blocks written by an older chaincode against the
newest ones of the replay benchmark's ledger:
    network/bench/block-sizes.py --run-dir run-bench-replay 2000-2099 4400-
"""
import argparse
import glob
import os
import sys


def varint(data, pos):
    value = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, pos
        shift += 7


def raw_bytes(data, pos):
    size, pos = varint(data, pos)
    return data[pos:pos + size], pos + size


def blocks(chain_dir):
    """Each stored block as (number, stored bytes, envelope sizes), in file order.

    A block file holds each block as a varint length and the block in the block store's own
    encoding (Fabric's common/ledger/blkstorage/block_serialization.go): the header's number as a
    varint, its data hash and previous hash as length-prefixed bytes, the count of envelopes and
    each envelope length-prefixed, then the metadata the same way.
    """
    for path in sorted(glob.glob(os.path.join(chain_dir, "blockfile_*"))):
        with open(path, "rb") as f:
            data = f.read()
        pos = 0
        while pos < len(data):
            size, start = varint(data, pos)
            if start + size > len(data):
                break  # a block still being written
            pos = start + size
            number, at = varint(data, start)
            _, at = raw_bytes(data, at)
            _, at = raw_bytes(data, at)
            count, at = varint(data, at)
            envelopes = []
            for _ in range(count):
                envelope, at = raw_bytes(data, at)
                envelopes.append(len(envelope))
            yield number, size, envelopes


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--run-dir", default=os.environ.get("FITLEDGER_RUN_DIR", "run"))
    parser.add_argument("--org", default="authority")
    parser.add_argument("--channel", default="maintenance")
    parser.add_argument("ranges", nargs="*", default=["0-"])
    args = parser.parse_args()
    chain = os.path.join(args.run_dir, "data", f"peer0.{args.org}.fitledger.example",
                         "ledgersData", "chains", "chains", args.channel)
    if not os.path.isdir(chain):
        sys.exit(f"no block files in {chain}")
    ranges = []
    for text in args.ranges:
        first, _, last = text.partition("-")
        ranges.append((int(first), int(last) if last else None, [0, 0, 0, 0]))
    for number, size, envelopes in blocks(chain):
        for first, last, sums in ranges:
            if number >= first and (last is None or number <= last):
                sums[0] += 1
                sums[1] += len(envelopes)
                sums[2] += sum(envelopes)
                sums[3] += size
    print(f"{'blocks':>16} {'count':>7} {'transactions':>12} {'envelope bytes':>15} {'block bytes':>14} {'bytes/tx':>9} {'envelope/tx':>11}")
    for first, last, (count, txs, envelope_bytes, block_bytes) in ranges:
        label = f"{first}-{'' if last is None else last}"
        per_tx = block_bytes / txs if txs else float("nan")
        per_envelope = envelope_bytes / txs if txs else float("nan")
        print(f"{label:>16} {count:>7} {txs:>12} {envelope_bytes:>15} {block_bytes:>14} {per_tx:>9.0f} {per_envelope:>11.0f}")


if __name__ == "__main__":
    main()
