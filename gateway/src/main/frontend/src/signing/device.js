// The person's own device as a signer of the gateway's signing API (`Fitledger-Signing: device`):
// it reads what the gateway asks it to sign, refuses anything that is not what the person entered,
// and signs with a key that never leaves it (a WebCrypto ECDSA P-256 key, which may be
// non-extractable). Fabric wants DER signatures with a low S; WebCrypto makes raw r || s, so the
// signature is encoded here with asn1js.
import * as asn1js from 'asn1js';
import { common, msp, proposal as proposals, transaction as transactions } from '../receipt/protos.js';
import chaincode from '@hyperledger/fabric-protos/lib/peer/chaincode_pb.js';
import { equalBytes, toHex } from '../receipt/bytes.js';

/** The order n of the P-256 group: a signature's S above n / 2 is replaced by n - S. */
export const P256_ORDER = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;

const SIGNING = { name: 'ECDSA', hash: 'SHA-256' };

/** The device refused to sign, and says why. */
export class Refused extends Error {}

function expect(condition, why) {
  if (!condition) {
    throw new Refused(why);
  }
}

function toBigInt(bytes) {
  return bytes.reduce((value, byte) => (value << 8n) | BigInt(byte), 0n);
}

/**
 * The DER form of a raw P-256 ECDSA signature (r || s, 64 bytes, as WebCrypto makes it), with a
 * low S: SEQUENCE { INTEGER r, INTEGER min(s, n - s) }.
 */
export function rawToDerLowS(raw) {
  const bytes = new Uint8Array(raw);
  if (bytes.length !== 64) {
    throw new Error(`a raw P-256 signature has 64 bytes, not ${bytes.length}`);
  }
  const r = toBigInt(bytes.subarray(0, 32));
  let s = toBigInt(bytes.subarray(32));
  if (r === 0n || s === 0n || r >= P256_ORDER || s >= P256_ORDER) {
    throw new Error('the signature lies outside the curve');
  }
  if (s > P256_ORDER >> 1n) {
    s = P256_ORDER - s;
  }
  const sequence = new asn1js.Sequence({
    value: [asn1js.Integer.fromBigInt(r), asn1js.Integer.fromBigInt(s)],
  });
  return new Uint8Array(sequence.toBER(false));
}

/** Signs bytes with the device's key: ECDSA over SHA-256, DER with a low S. */
export async function signBytes(privateKey, bytes) {
  const raw = await globalThis.crypto.subtle.sign(SIGNING, privateKey, bytes);
  return rawToDerLowS(raw);
}

async function transactionId(nonce, creator) {
  const joined = new Uint8Array(nonce.length + creator.length);
  joined.set(nonce);
  joined.set(creator, nonce.length);
  return toHex(await globalThis.crypto.subtle.digest('SHA-256', joined));
}

/**
 * Checks a transaction header: an endorser transaction on the device's channel, created by the
 * device's person, with the transaction id its nonce and creator make. Answers the id.
 */
async function checkHeader(header, me) {
  const channelHeader = common.ChannelHeader.deserializeBinary(header.getChannelHeader_asU8());
  expect(channelHeader.getType() === common.HeaderType.ENDORSER_TRANSACTION, 'not an endorser transaction');
  expect(channelHeader.getChannelId() === me.channel, `the transaction is for channel ${channelHeader.getChannelId()}`);
  const signatureHeader = common.SignatureHeader.deserializeBinary(header.getSignatureHeader_asU8());
  const creator = msp.SerializedIdentity.deserializeBinary(signatureHeader.getCreator_asU8());
  expect(
    creator.getMspid() === me.mspId && new TextDecoder().decode(creator.getIdBytes_asU8()) === me.certificate,
    'the transaction names another creator than this person',
  );
  const derived = await transactionId(signatureHeader.getNonce_asU8(), signatureHeader.getCreator_asU8());
  expect(derived === channelHeader.getTxId(), 'the transaction id is not the one its nonce and creator make');
  return derived;
}

/**
 * Reads a proposal to sign (the `message` of a `ToSign` whose `sign` is PROPOSAL): its header,
 * no transient data, the device's chaincode. Answers its transaction id, function, arguments (as
 * text) and invocation (kept to check the transaction against).
 *
 * `me` is { mspId, certificate (PEM), channel, chaincode }.
 */
export async function readProposal(message, me) {
  let parsed;
  try {
    parsed = proposals.Proposal.deserializeBinary(message);
  } catch (e) {
    throw new Refused(`the proposal cannot be read: ${e.message}`);
  }
  const txId = await checkHeader(common.Header.deserializeBinary(parsed.getHeader_asU8()), me);
  const payload = proposals.ChaincodeProposalPayload.deserializeBinary(parsed.getPayload_asU8());
  expect(payload.getTransientmapMap().getLength() === 0, 'the proposal carries hidden transient data');
  const spec = chaincode.ChaincodeInvocationSpec.deserializeBinary(payload.getInput_asU8()).getChaincodeSpec();
  expect(spec?.getChaincodeId()?.getName() === me.chaincode, 'the proposal calls another chaincode');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const args = spec.getInput().getArgsList_asU8().map((arg) => decoder.decode(arg));
  expect(args.length > 0, 'the proposal calls no function');
  return { txId, function: args[0], args: args.slice(1), invocation: parsed.getPayload_asU8() };
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Whether `actual` holds every field of `entered` with the same value (numbers by value). */
export function holds(actual, entered) {
  if (isObject(entered)) {
    // A field entered as null is a field not given: the gateway may leave it out.
    return isObject(actual) && Object.keys(entered).every(
      (name) => (name in actual ? holds(actual[name], entered[name]) : entered[name] === null),
    );
  }
  if (Array.isArray(entered)) {
    return Array.isArray(actual) && actual.length === entered.length && entered.every((item, i) => holds(actual[i], item));
  }
  return actual === entered;
}

/**
 * Checks a read proposal against what the person entered: `write` is { function, entered }, the
 * entered arguments being the path's ids and the body (JSON text). Every argument must be
 * something the person entered (an id, or a JSON object holding every field of a body they
 * entered, the path's id as its `id` at most added), and everything they entered must be in one.
 */
export function checkEntered(read, write) {
  expect(read.function === write.function, `the proposal calls ${read.function}, not ${write.function}`);
  const unused = [...read.args];
  for (const entered of write.entered) {
    const body = parseJson(entered);
    let index;
    if (isObject(body)) {
      index = unused.findIndex((arg) => holds(parseJson(arg), body));
    } else {
      index = unused.indexOf(entered);
      if (index < 0 && read.args.some((arg) => parseJson(arg)?.id === entered)) {
        continue;
      }
    }
    expect(index >= 0, `the proposal's arguments do not hold ${entered}`);
    unused.splice(index, 1);
  }
  expect(unused.length === 0, `the proposal carries arguments nobody entered: ${unused.join(', ')}`);
}

/**
 * Reads an endorsed transaction to sign (the `message` of a `ToSign` whose `sign` is
 * TRANSACTION): its header, and that it carries one action whose invocation is, byte for byte,
 * the one of the proposal this device signed (`invocation` from `readProposal`).
 */
export async function readTransaction(message, me, txId, invocation) {
  let payload;
  try {
    payload = common.Payload.deserializeBinary(message);
  } catch (e) {
    throw new Refused(`the transaction cannot be read: ${e.message}`);
  }
  const header = payload.getHeader();
  expect(header !== undefined, 'the transaction has no header');
  expect((await checkHeader(header, me)) === txId, `this is not transaction ${txId}`);
  const actions = transactions.Transaction.deserializeBinary(payload.getData_asU8()).getActionsList();
  expect(actions.length === 1, 'the transaction holds other actions');
  const action = transactions.ChaincodeActionPayload.deserializeBinary(actions[0].getPayload_asU8());
  expect(
    equalBytes(action.getChaincodeProposalPayload_asU8(), invocation),
    'the transaction carries another invocation than the proposal signed',
  );
}
