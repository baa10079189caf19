import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { sha256Bytes, sha256Hex } from '../src/sha256.js';

const hex = (bytes) => createHash('sha256').update(bytes).digest('hex');

test('FIPS 180-4 examples', () => {
  assert.equal(sha256Bytes(new TextEncoder().encode('abc')), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  assert.equal(sha256Bytes(new Uint8Array(0)), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  assert.equal(
    sha256Bytes(new TextEncoder().encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')),
    '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
  );
});

test('equals the platform digest at every padding boundary and for a photo-sized input', async () => {
  for (const length of [1, 55, 56, 63, 64, 65, 119, 120, 1000, 300_001]) {
    const bytes = new Uint8Array(randomBytes(length));
    assert.equal(sha256Bytes(bytes), hex(bytes), `length ${length}`);
    assert.equal(await sha256Hex(bytes), hex(bytes), `length ${length}`);
  }
});
