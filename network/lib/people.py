"""Writes the gateway's people file: each demo person with their identity files and a PBKDF2
password hash. The plain passwords go only to the demo credentials file, for the person running
FitLedger; an existing credentials file is reused so that passwords stay stable across runs.

usage: people.py CREDENTIALS_JSON PEOPLE_JSON (NAME MSP ROLE CERT KEY)...
"""
import base64
import hashlib
import json
import os
import secrets
import sys

ITERATIONS = 600_000


def password_hash(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS, 32)
    return "pbkdf2_sha256${}${}${}".format(
        ITERATIONS, base64.b64encode(salt).decode(), base64.b64encode(digest).decode())


def main(credentials_path, people_path, *spec):
    credentials = {}
    if os.path.exists(credentials_path):
        with open(credentials_path) as f:
            credentials = json.load(f)
    people = []
    for i in range(0, len(spec), 5):
        name, msp, role, cert, key = spec[i:i + 5]
        password = credentials.setdefault(name, secrets.token_urlsafe(12))
        people.append({"username": name, "mspId": msp, "role": role, "certificate": cert,
                       "privateKey": key, "passwordHash": password_hash(password)})
    with open(credentials_path, "w") as f:
        json.dump(credentials, f, indent=2)
    with open(people_path, "w") as f:
        json.dump({"people": people, "indexer": people[0]["username"]}, f, indent=2)


if __name__ == "__main__":
    main(*sys.argv[1:])
