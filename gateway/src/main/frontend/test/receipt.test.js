import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash, X509Certificate as NodeCertificate } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { recordKey, sha256Hex, verifyReceipt } from '../src/receipt/verify.js';
import { blockHeaderDer, ecdsaDerToRaw } from '../src/receipt/der.js';
import { common } from '../src/receipt/protos.js';
import {
  PEOPLE_NAMES, TICKET, blockOf, compositeKey, headerDer, makeCa, makeNetwork, makeReceipt, organization, seal,
  setMetadata, withBlock,
} from './receipt-fixtures.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const frontend = path.resolve(here, '..');
const run = promisify(execFile);

let network;
let genuine;

before(async () => {
  network = await makeNetwork();
  genuine = await makeReceipt(network);
});

/** A deep copy of the genuine receipt, changed by `change`. */
function tampered(change) {
  const copy = structuredClone(genuine);
  change(copy);
  return copy;
}

/** A copy of the genuine receipt whose block `change` altered (and may have re-sealed). */
async function withChangedBlock(change) {
  const block = blockOf(genuine);
  await change(block);
  return withBlock(genuine, block);
}

/** Asserts the receipt is refused for `reason`, the checks before it passed and none after ran. */
async function assertRefused(receipt, reason, messagePart) {
  const result = await verifyReceipt(receipt);
  assert.equal(result.valid, false);
  assert.equal(result.reason, reason, result.message);
  const failed = result.checks.findIndex((check) => !check.ok);
  assert.ok(result.checks.slice(0, failed).every((check) => check.ok));
  assert.equal(result.checks[failed].detail, result.message);
  assert.ok(result.checks.slice(failed + 1).every((check) => !check.ok && check.detail === 'not checked'));
  if (messagePart) {
    assert.match(result.message, messagePart);
  }
  return result;
}

function flipByte(bytes, index) {
  const copy = new Uint8Array(bytes);
  copy[index] ^= 0x01;
  return copy;
}

function replaceBytes(bytes, from, to) {
  const needle = new TextEncoder().encode(from);
  const start = bytes.findIndex((_, i) => needle.every((byte, j) => bytes[i + j] === byte));
  assert.ok(start >= 0, `${from} is in the bytes`);
  const copy = new Uint8Array(bytes);
  copy.set(new TextEncoder().encode(to), start);
  return copy;
}

function changeData(block, position, change) {
  const list = block.getData().getDataList_asU8().slice();
  list[position] = change(list[position]);
  block.getData().setDataList(list);
}

function changeOrdererSignatures(block, change) {
  const metadata = common.Metadata.deserializeBinary(
    block.getMetadata().getMetadataList_asU8()[common.BlockMetadataIndex.SIGNATURES]);
  change(metadata);
  setMetadata(block, common.BlockMetadataIndex.SIGNATURES, metadata.serializeBinary());
}

describe('a genuine receipt', () => {
  test('verifies, with every check passed', async () => {
    const result = await verifyReceipt(genuine);
    assert.equal(result.valid, true, result.message);
    assert.equal(result.reason, null);
    assert.equal(result.message, 'verified');
    assert.deepEqual(result.checks.map((check) => check.code), [
      'RECEIPT', 'BLOCK_NUMBER', 'DATA_HASH', 'ORDERER_SIGNATURE', 'TRANSACTION_POSITION',
      'VALIDATION_FLAG', 'CREATOR', 'ENDORSEMENTS', 'RECORD',
    ]);
    assert.ok(result.checks.every((check) => check.ok && check.detail.length > 0));
  });

  test('tells the block, the transaction, its creator by role and its endorsers', async () => {
    const result = await verifyReceipt(genuine);
    const block = blockOf(genuine);
    assert.equal(result.block.number, 42);
    assert.equal(result.block.dataHash, Buffer.from(block.getHeader().getDataHash_asU8()).toString('hex'));
    assert.equal(result.block.previousHash, Buffer.from(block.getHeader().getPreviousHash_asU8()).toString('hex'));
    assert.equal(result.transaction.txId, genuine.txId);
    assert.equal(result.transaction.position, 1);
    assert.equal(result.transaction.channel, 'maintenance');
    assert.ok(Math.abs(Date.parse(result.transaction.timestamp) - (Date.now() - 3600e3)) < 600e3);
    assert.deepEqual(result.transaction.creator, { mspId: 'AuthorityMSP', role: 'supervisor' });
    assert.deepEqual(result.transaction.endorsers, ['AuthorityMSP', 'PatrolMSP']);
    assert.equal(result.transaction.validation, 'VALID');
    assert.match(result.transaction.validationNote, /not cover/);
    assert.deepEqual(result.ordererSigners, ['OrdererMSP']);
    assert.deepEqual(result.record, { kind: 'ticket', id: 'T-1', value: TICKET });
  });

  test('reads a member role from its certificate through an intermediate CA', async () => {
    const receipt = await makeReceipt(network, { creator: network.inspector });
    const result = await verifyReceipt(receipt);
    assert.equal(result.valid, true, result.message);
    assert.deepEqual(result.transaction.creator, { mspId: 'PatrolMSP', role: 'inspector' });
  });

  test('gives the SHA-256 fingerprint of every root certificate', async () => {
    const result = await verifyReceipt(genuine);
    const expected = [...genuine.ordererOrganizations, ...genuine.organizations].flatMap((org) => org.rootCertificates
      .map((pem) => ({ mspId: org.mspId, sha256: createHash('sha256').update(new NodeCertificate(pem).raw).digest('hex') })));
    assert.equal(expected.length, 4);
    assert.deepEqual(result.certificates.fingerprints, expected);
  });

  test('never names a person', async () => {
    const text = JSON.stringify(await verifyReceipt(genuine));
    for (const name of [...PEOPLE_NAMES, 'alice']) {
      assert.ok(!text.includes(name), `the result names ${name}`);
    }
    const refused = JSON.stringify(await verifyReceipt(await makeReceipt(network, { creator: network.expiredMember })));
    assert.ok(!refused.includes(PEOPLE_NAMES[2]));
  });
});

describe('a tampered receipt is refused', () => {
  test('a byte changed in the record value', async () => {
    const receipt = tampered((r) => {
      r.record.value = r.record.value.replace('"HIGH"', '"HIGX"');
    });
    await assertRefused(receipt, 'RECORD_DIFFERS');
  });

  test('another record id or another namespace', async () => {
    await assertRefused(tampered((r) => { r.record.id = 'T-2'; }), 'RECORD_NOT_WRITTEN');
    await assertRefused(tampered((r) => { r.chaincode = 'other'; }), 'RECORD_NOT_WRITTEN');
  });

  test('a different txId', async () => {
    await assertRefused(tampered((r) => { r.txId = 'f'.repeat(64); }), 'TRANSACTION_NOT_AT_POSITION', /not f{64}/);
  });

  test('a different position', async () => {
    await assertRefused(tampered((r) => { r.position = 0; }), 'TRANSACTION_NOT_AT_POSITION');
    await assertRefused(tampered((r) => { r.position = 3; }), 'TRANSACTION_NOT_AT_POSITION', /3 transactions/);
  });

  test('another channel', async () => {
    await assertRefused(tampered((r) => { r.channel = 'other'; }), 'TRANSACTION_NOT_AT_POSITION', /channel/);
  });

  test('another block number', async () => {
    await assertRefused(tampered((r) => { r.blockNumber = 41; }), 'BLOCK_NUMBER_MISMATCH');
  });

  test('a byte changed inside any transaction of the block', async () => {
    for (const position of [0, 1, 2]) {
      const receipt = await withChangedBlock((block) => changeData(block, position, (bytes) => flipByte(bytes, 40)));
      await assertRefused(receipt, 'DATA_HASH_MISMATCH');
    }
  });

  test('the header data hash changed', async () => {
    const receipt = await withChangedBlock((block) => {
      block.getHeader().setDataHash(flipByte(block.getHeader().getDataHash_asU8(), 0));
    });
    await assertRefused(receipt, 'DATA_HASH_MISMATCH');
  });

  test('the header number changed along with the receipt', async () => {
    const receipt = await withChangedBlock((block) => block.getHeader().setNumber(43));
    receipt.blockNumber = 43;
    await assertRefused(receipt, 'ORDERER_SIGNATURE_INVALID');
  });

  test('the previous hash changed', async () => {
    const receipt = await withChangedBlock((block) => {
      block.getHeader().setPreviousHash(flipByte(block.getHeader().getPreviousHash_asU8(), 5));
    });
    await assertRefused(receipt, 'ORDERER_SIGNATURE_INVALID');
  });

  test('a byte of the orderer signature changed', async () => {
    const receipt = await withChangedBlock((block) => changeOrdererSignatures(block, (metadata) => {
      const [signature] = metadata.getSignaturesList();
      const bytes = signature.getSignature_asU8();
      signature.setSignature(flipByte(bytes, bytes.length - 2));
    }));
    await assertRefused(receipt, 'ORDERER_SIGNATURE_INVALID');
  });

  test('the signed metadata value changed', async () => {
    const receipt = await withChangedBlock((block) => changeOrdererSignatures(block, (metadata) => {
      metadata.setValue(new Uint8Array([...metadata.getValue_asU8(), 0x10, 0x01]));
    }));
    await assertRefused(receipt, 'ORDERER_SIGNATURE_INVALID');
  });

  test('no orderer signature at all, or only a BFT identifier signature', async () => {
    await assertRefused(await withChangedBlock((block) => {
      setMetadata(block, common.BlockMetadataIndex.SIGNATURES, new Uint8Array());
    }), 'ORDERER_SIGNATURE_INVALID', /no orderer signature/);
    await assertRefused(await withChangedBlock((block) => changeOrdererSignatures(block, (metadata) => {
      const [signature] = metadata.getSignaturesList();
      signature.setSignatureHeader(new Uint8Array());
      signature.setIdentifierHeader(new Uint8Array([8, 1]));
    })), 'ORDERER_SIGNATURE_INVALID', /not supported/);
  });

  test('the validation flag set to MVCC_READ_CONFLICT', async () => {
    const receipt = await withChangedBlock((block) => {
      setMetadata(block, common.BlockMetadataIndex.TRANSACTIONS_FILTER, new Uint8Array([0, 11, 0]));
    });
    const result = await assertRefused(receipt, 'TRANSACTION_INVALID', /MVCC_READ_CONFLICT/);
    assert.equal(result.transaction.validation, 'MVCC_READ_CONFLICT');
  });

  test('no validation flags', async () => {
    const receipt = await withChangedBlock((block) => {
      setMetadata(block, common.BlockMetadataIndex.TRANSACTIONS_FILTER, new Uint8Array());
    });
    await assertRefused(receipt, 'TRANSACTION_INVALID');
  });

  test('the orderer root certificate replaced by another CA', async () => {
    const receipt = tampered((r) => {
      r.ordererOrganizations = [organization('OrdererMSP', [network.outsideCa])];
    });
    await assertRefused(receipt, 'ORDERER_NOT_CERTIFIED');
  });

  test('the orderer organization unknown', async () => {
    const receipt = tampered((r) => {
      r.ordererOrganizations = [organization('OtherOrdererMSP', [network.ordererCa])];
    });
    await assertRefused(receipt, 'ORDERER_NOT_CERTIFIED');
  });

  test('the creator organization root certificate replaced', async () => {
    const receipt = tampered((r) => {
      r.organizations[0] = organization('AuthorityMSP', [network.outsideCa]);
    });
    await assertRefused(receipt, 'CREATOR_NOT_CERTIFIED', /AuthorityMSP/);
  });

  test('a root with the creator CA key but another name', async () => {
    const renamed = await makeCa('AuthorityMSP', 'ca.renamed.fitledger.test', network.authorityCa.keys);
    const receipt = tampered((r) => {
      r.organizations[0] = organization('AuthorityMSP', [renamed]);
    });
    await assertRefused(receipt, 'CREATOR_NOT_CERTIFIED');
  });

  test('a creator whose certificate had expired', async () => {
    const receipt = await makeReceipt(network, { creator: network.expiredMember });
    await assertRefused(receipt, 'CREATOR_NOT_CERTIFIED', /supervisor of AuthorityMSP/);
  });

  test('a write altered in the block, re-hashed and re-signed by the orderer only', async () => {
    const receipt = await withChangedBlock((block) => {
      changeData(block, 1, (bytes) => replaceBytes(bytes, '"HIGH"', '"HIGX"'));
      return seal(network, block);
    });
    await assertRefused(receipt, 'CREATOR_SIGNATURE_INVALID');
  });

  test('a block consistently signed whose write differs from the record', async () => {
    const receipt = await makeReceipt(network, { writtenValue: genuine.record.value.replace('OPEN', 'DONE') });
    const result = await assertRefused(receipt, 'RECORD_DIFFERS');
    assert.ok(result.checks.slice(0, -1).every((check) => check.ok));
  });

  test('an endorsement signature changed, the block re-hashed and re-signed', async () => {
    const receipt = await makeReceipt(network, { corruptEndorsement: true });
    await assertRefused(receipt, 'ENDORSEMENT_INVALID', /PatrolMSP/);
  });

  test('an endorser whose intermediate CA is missing', async () => {
    const receipt = tampered((r) => {
      r.organizations[1].intermediateCertificates = [];
    });
    await assertRefused(receipt, 'ENDORSEMENT_INVALID', /PatrolMSP/);
  });
});

describe('a malformed receipt is refused, never thrown', () => {
  test('a block that is not base64', async () => {
    await assertRefused(tampered((r) => { r.block = 'not base64!'; }), 'RECEIPT_MALFORMED', /base64/);
  });

  test('a block that is garbage', async () => {
    const garbage = Buffer.from('\u00ff'.repeat(8) + 'this is not a Fabric block', 'latin1').toString('base64');
    await assertRefused(tampered((r) => { r.block = garbage; }), 'RECEIPT_MALFORMED');
  });

  test('a missing field', async () => {
    for (const field of ['txId', 'block', 'record', 'organizations', 'ordererOrganizations', 'position']) {
      await assertRefused(tampered((r) => { delete r[field]; }), 'RECEIPT_MALFORMED', new RegExp(field));
    }
  });

  test('a field of the wrong type, or another format', async () => {
    await assertRefused(tampered((r) => { r.position = '1'; }), 'RECEIPT_MALFORMED');
    await assertRefused(tampered((r) => { r.blockNumber = -1; }), 'RECEIPT_MALFORMED');
    await assertRefused(tampered((r) => { r.record.value = { ticketId: 'T-1' }; }), 'RECEIPT_MALFORMED');
    await assertRefused(tampered((r) => { r.format = 'fitledger-receipt/2'; }), 'RECEIPT_MALFORMED');
  });

  test('a certificate that is not one', async () => {
    await assertRefused(tampered((r) => {
      r.organizations[0].rootCertificates = ['-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n'];
    }), 'RECEIPT_MALFORMED');
  });

  test('not an object at all', async () => {
    for (const value of [null, undefined, 42, 'receipt', []]) {
      await assertRefused(value, 'RECEIPT_MALFORMED');
    }
  });
});

describe('the verifier helpers', () => {
  test('the header DER encodes the block number minimally, also past 2^31', () => {
    const previous = new Uint8Array(32).fill(1);
    const data = new Uint8Array(32).fill(2);
    for (const number of [0, 1, 127, 128, 255, 256, 2 ** 31 - 1, 2 ** 31, 2 ** 40 + 3, Number.MAX_SAFE_INTEGER]) {
      assert.deepEqual(blockHeaderDer(number, previous, data), headerDer(number, previous, data), `block ${number}`);
    }
    const der = blockHeaderDer(2 ** 31, previous, data);
    assert.deepEqual([...der.subarray(0, 9)], [0x30, 0x4b, 0x02, 0x05, 0x00, 0x80, 0x00, 0x00, 0x00]);
  });

  test('a DER ECDSA signature becomes r || s, each padded to the curve size', () => {
    const der = Uint8Array.from([0x30, 0x08, 0x02, 0x02, 0x00, 0x80, 0x02, 0x02, 0x01, 0x02]);
    const raw = ecdsaDerToRaw(der, 32);
    assert.equal(raw.length, 64);
    assert.equal(raw[31], 0x80);
    assert.deepEqual([...raw.subarray(62)], [0x01, 0x02]);
    assert.ok(raw.subarray(0, 31).every((byte) => byte === 0));
    assert.throws(() => ecdsaDerToRaw(Uint8Array.from([0x30, 0x03, 0x02, 0x01, 0x01]), 32));
    assert.throws(() => ecdsaDerToRaw(new Uint8Array([1, 2, 3]), 32));
  });

  test('the record key is the composite key of kind and id', () => {
    assert.equal(recordKey('ticket', 'T-1'), compositeKey('ticket', 'T-1'));
    assert.equal(recordKey('ticket', 'T-1'), '\u0000ticket\u0000T-1\u0000');
  });

  test('sha256Hex hashes bytes', async () => {
    assert.equal(await sha256Hex(new TextEncoder().encode('abc')),
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.equal(await sha256Hex(new Uint8Array().buffer),
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('the bundles', () => {
  let dir;

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'fitledger-receipt-'));
    await run(process.execPath, ['build.mjs', path.join(dir, 'dashboard'), path.join(dir, 'verify-receipt.mjs')], { cwd: frontend });
  });

  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function cli(...args) {
    try {
      const { stdout, stderr } = await run(process.execPath, [path.join(dir, 'verify-receipt.mjs'), ...args]);
      return { code: 0, stdout, stderr };
    } catch (error) {
      return { code: error.code, stdout: error.stdout, stderr: error.stderr };
    }
  }

  test('the CLI accepts a genuine receipt with exit code 0', async () => {
    const file = path.join(dir, 'genuine.json');
    await writeFile(file, JSON.stringify(genuine));
    const { code, stdout } = await cli(file);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /✓ ORDERER_SIGNATURE/);
    assert.match(stdout, /✓ RECORD/);
    assert.match(stdout, /"ticketId": "T-1"/);
    assert.match(stdout, /VALID: the receipt verifies/);
  });

  test('the CLI refuses a tampered receipt with exit code 1, naming the reason', async () => {
    const file = path.join(dir, 'tampered.json');
    await writeFile(file, JSON.stringify(tampered((r) => { r.record.value = r.record.value.replace('OPEN', 'OPEM'); })));
    const { code, stdout } = await cli(file);
    assert.equal(code, 1, stdout);
    assert.match(stdout, /✗ RECORD/);
    assert.match(stdout, /NOT VALID: RECORD_DIFFERS/);
  });

  test('the CLI exits 2 on a file that is missing or not JSON', async () => {
    const file = path.join(dir, 'not.json');
    await writeFile(file, 'this is not JSON');
    assert.equal((await cli(file)).code, 2);
    assert.equal((await cli(path.join(dir, 'missing.json'))).code, 2);
    const usage = await cli();
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /usage: node verify-receipt.mjs/);
  });

  test('the verifier bundled for the browser verifies too', async () => {
    const outfile = path.join(dir, 'browser', 'verify.js');
    await build({
      entryPoints: [path.join(frontend, 'src/receipt/verify.js')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      outfile,
      logLevel: 'silent',
    });
    const bundled = await import(pathToFileURL(outfile).href);
    const result = await bundled.verifyReceipt(genuine);
    assert.equal(result.valid, true, result.message);
    const refused = await bundled.verifyReceipt(tampered((r) => { r.txId = 'e'.repeat(64); }));
    assert.equal(refused.reason, 'TRANSACTION_NOT_AT_POSITION');
  });
});
