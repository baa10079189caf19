"""Writes the gateway's people file: each demo person with their identity files, their FitLedger
attributes (the same values their certificate carries) and a PBKDF2 password hash. The plain
passwords go only to the demo credentials file, for the person running FitLedger; an existing
credentials file is reused so that passwords stay stable across runs.

usage: people.py CREDENTIALS_JSON PEOPLE_JSON INDEXER (NAME MSP ROLE DISTRICTS COMPANY CERT KEY)...
DISTRICTS is comma-separated (may be empty); an empty COMPANY is written as null.
"""
import base64
import hashlib
import json
import os
import secrets
import sys
from concurrent.futures import ProcessPoolExecutor

ITERATIONS = 600_000
FIELDS = 7


def password_hash(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS, 32)
    return "pbkdf2_sha256${}${}${}".format(
        ITERATIONS, base64.b64encode(salt).decode(), base64.b64encode(digest).decode())


def main(credentials_path, people_path, indexer, *spec):
    if len(spec) % FIELDS:
        sys.exit("people.py: every person needs %d fields" % FIELDS)
    credentials = {}
    if os.path.exists(credentials_path):
        with open(credentials_path) as f:
            credentials = json.load(f)
    rows = [spec[i:i + FIELDS] for i in range(0, len(spec), FIELDS)]
    passwords = [credentials.setdefault(row[0], secrets.token_urlsafe(12)) for row in rows]
    # 600,000 iterations take a quarter of a second each; hash the people side by side.
    with ProcessPoolExecutor() as pool:
        hashes = list(pool.map(password_hash, passwords))
    people = []
    for (name, msp, role, districts, company, cert, key), hashed in zip(rows, hashes):
        people.append({"username": name, "mspId": msp, "role": role,
                       "districts": [d for d in districts.split(",") if d],
                       "company": company or None, "certificate": cert, "privateKey": key,
                       "passwordHash": hashed})
    with open(credentials_path, "w") as f:
        json.dump(credentials, f, indent=2)
    with open(people_path, "w") as f:
        json.dump({"people": people, "indexer": indexer}, f, indent=2)


if __name__ == "__main__":
    main(*sys.argv[1:])
