import { test } from 'node:test';
import assert from 'node:assert/strict';
import chaincode from '@hyperledger/fabric-protos/lib/peer/chaincode_pb.js';
import { makeNetwork, CHANNEL, CHAINCODE } from './receipt-fixtures.js';
import { common, msp, proposal as proposals, transaction as transactions } from '../src/receipt/protos.js';
import { ecdsaDerToRaw } from '../src/receipt/der.js';
import { toHex } from '../src/receipt/bytes.js';
import {
  P256_ORDER, Refused, checkEntered, rawToDerLowS, readProposal, readTransaction, signBytes,
} from '../src/signing/device.js';

const { subtle } = globalThis.crypto;
const network = await makeNetwork();
const inspector = network.inspector;
const me = { mspId: inspector.mspId, certificate: inspector.pem, channel: CHANNEL, chaincode: CHAINCODE };
const PATROL = JSON.stringify({ id: 'p-1', inspections: [{ equipmentId: 'eq-1', condition: 'OK', gps: { accuracyMeters: 5 } }] });

function serialized(mspId, pem) {
  const identity = new msp.SerializedIdentity();
  identity.setMspid(mspId);
  identity.setIdBytes(new TextEncoder().encode(pem));
  return identity.serializeBinary();
}

async function header({ creator = serialized(inspector.mspId, inspector.pem), channel = CHANNEL, txId } = {}) {
  const nonce = globalThis.crypto.getRandomValues(new Uint8Array(24));
  const joined = new Uint8Array([...nonce, ...creator]);
  const channelHeader = new common.ChannelHeader();
  channelHeader.setType(common.HeaderType.ENDORSER_TRANSACTION);
  channelHeader.setChannelId(channel);
  channelHeader.setTxId(txId ?? toHex(await subtle.digest('SHA-256', joined)));
  const signatureHeader = new common.SignatureHeader();
  signatureHeader.setCreator(creator);
  signatureHeader.setNonce(nonce);
  const built = new common.Header();
  built.setChannelHeader(channelHeader.serializeBinary());
  built.setSignatureHeader(signatureHeader.serializeBinary());
  return { header: built, txId: channelHeader.getTxId() };
}

function invocation(args, { name = CHAINCODE, transient = false } = {}) {
  const input = new chaincode.ChaincodeInput();
  input.setArgsList(args.map((arg) => new TextEncoder().encode(arg)));
  const id = new chaincode.ChaincodeID();
  id.setName(name);
  const spec = new chaincode.ChaincodeSpec();
  spec.setChaincodeId(id);
  spec.setInput(input);
  const call = new chaincode.ChaincodeInvocationSpec();
  call.setChaincodeSpec(spec);
  const payload = new proposals.ChaincodeProposalPayload();
  payload.setInput(call.serializeBinary());
  if (transient) {
    payload.getTransientmapMap().set('contact', new TextEncoder().encode('+86 138'));
  }
  return payload.serializeBinary();
}

async function proposalOf(args, options = {}) {
  const { header: built, txId } = await header(options);
  const made = new proposals.Proposal();
  made.setHeader(built.serializeBinary());
  made.setPayload(invocation(args, options));
  return { message: made.serializeBinary(), txId, header: built, invocation: made.getPayload_asU8() };
}

/** The endorsed transaction of a proposal (its header), carrying an invocation. */
function transactionOf(built, invocationBytes) {
  const actionPayload = new transactions.ChaincodeActionPayload();
  actionPayload.setChaincodeProposalPayload(invocationBytes);
  const action = new transactions.TransactionAction();
  action.setPayload(actionPayload.serializeBinary());
  const transaction = new transactions.Transaction();
  transaction.setActionsList([action]);
  const payload = new common.Payload();
  payload.setHeader(built);
  payload.setData(transaction.serializeBinary());
  return payload.serializeBinary();
}

const honest = { function: 'recordPatrol', entered: [PATROL] };

test('signs with a low S in DER that verifies against the key', async () => {
  for (let i = 0; i < 20; i += 1) {
    const message = new TextEncoder().encode(`proposal ${i}`);
    const der = await signBytes(inspector.keys.privateKey, message);
    const raw = ecdsaDerToRaw(der, 32);
    assert.ok(await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, inspector.keys.publicKey, raw, message));
    const s = BigInt(`0x${toHex(raw.subarray(32))}`);
    assert.ok(s <= P256_ORDER >> 1n);
    const high = new Uint8Array(raw);
    high.set(Uint8Array.from((P256_ORDER - s).toString(16).padStart(64, '0').match(/../g), (h) => parseInt(h, 16)), 32);
    assert.deepEqual(rawToDerLowS(high), der);
  }
  assert.throws(() => rawToDerLowS(new Uint8Array(63)), /64 bytes/);
  assert.throws(() => rawToDerLowS(new Uint8Array(64)), /outside the curve/);
});

test('reads and accepts the proposal of what the person entered, and the transaction that carries it', async () => {
  const made = await proposalOf(['recordPatrol', JSON.stringify({ ...JSON.parse(PATROL), extra: 'derived by the gateway' })]);
  const read = await readProposal(made.message, me);
  assert.equal(read.txId, made.txId);
  assert.equal(read.function, 'recordPatrol');
  checkEntered(read, honest);
  checkEntered(read, { function: 'recordPatrol', entered: [JSON.stringify({ ...JSON.parse(PATROL), defect: null })] });
  assert.throws(
    () => checkEntered(read, { function: 'recordPatrol', entered: [JSON.stringify({ ...JSON.parse(PATROL), extra: null })] }),
    /do not hold/,
  );
  await readTransaction(transactionOf(made.header, read.invocation), me, read.txId, read.invocation);
});

test('refuses a proposal that says anything but what the person entered', async () => {
  const altered = JSON.stringify({ ...JSON.parse(PATROL), inspections: [{ equipmentId: 'eq-1', condition: 'DEFECT', gps: { accuracyMeters: 5 } }] });
  const cases = [
    [['recordPatrol', altered], /do not hold/],
    [['recordPatrol', PATROL, 'more'], /nobody entered/],
    [['verifyRepair', PATROL], /calls verifyRepair/],
  ];
  for (const [args, why] of cases) {
    const read = await readProposal((await proposalOf(args)).message, me);
    assert.throws(() => checkEntered(read, honest), (e) => e instanceof Refused && why.test(e.message));
  }
  const refusedAtRead = [
    [{ creator: serialized(network.supervisor.mspId, network.supervisor.pem) }, /another creator/],
    [{ channel: 'elsewhere' }, /channel elsewhere/],
    [{ txId: 'ab'.repeat(32) }, /transaction id/],
    [{ name: 'othercode' }, /another chaincode/],
    [{ transient: true }, /transient/],
  ];
  for (const [options, why] of refusedAtRead) {
    const made = await proposalOf(['recordPatrol', PATROL], options);
    await assert.rejects(readProposal(made.message, me), (e) => e instanceof Refused && why.test(e.message));
  }
  await assert.rejects(readProposal(new Uint8Array([0xff, 0xff, 0xff]), me), Refused);
});

test('refuses a transaction that is not the one of the proposal it signed', async () => {
  const made = await proposalOf(['recordPatrol', PATROL]);
  const read = await readProposal(made.message, me);
  const other = invocation(['recordPatrol', JSON.stringify({ id: 'p-2', inspections: [] })]);
  await assert.rejects(
    readTransaction(transactionOf(made.header, other), me, read.txId, read.invocation),
    /another invocation/,
  );
  const otherTx = await proposalOf(['recordPatrol', PATROL]);
  await assert.rejects(
    readTransaction(transactionOf(otherTx.header, read.invocation), me, read.txId, read.invocation),
    /not transaction/,
  );
});
