// Builds real FitLedger receipts for the verifier's tests: certificate authorities and members
// with WebCrypto P-256 keys and @peculiar/x509, and a Fabric block of endorser transactions,
// signed by creators, endorsing peers and an orderer as Fabric signs them.
//
// The DER of the block header and of the signatures is written here by hand, apart from the
// verifier's own code, so that a mistake there cannot hide behind the same mistake here.
import '../src/receipt/reflect.js';
import * as x509 from '@peculiar/x509';
import timestampProto from 'google-protobuf/google/protobuf/timestamp_pb.js';
import { common, msp, proposal, proposalResponse, rwset, kvrwset, transaction } from '../src/receipt/protos.js';

const { subtle } = globalThis.crypto;
const KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' };
const SIGNING_ALGORITHM = { name: 'ECDSA', hash: 'SHA-256' };
const DAY = 24 * 60 * 60 * 1000;
const FABRIC_CA_ATTRIBUTES = '1.2.3.4.5.6.7.8.1';

export const CHANNEL = 'maintenance';
export const CHAINCODE = 'fitledger';
export const PEOPLE_NAMES = ['Alice Supervisor', 'Ivan Inspector', 'Old Timer'];

let serial = 1;

// ---- certificates ----

async function newKeys() {
  return subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify']);
}

/** A self-signed certificate authority for an organization, with new keys unless given some. */
export async function makeCa(mspId, name = `ca.${mspId.toLowerCase()}.fitledger.test`, keys = undefined) {
  keys ??= await newKeys();
  const now = Date.now();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: (serial++).toString(16).padStart(2, '0'),
    name: `CN=${name}, O=${mspId}`,
    notBefore: new Date(now - 2 * 365 * DAY),
    notAfter: new Date(now + 5 * 365 * DAY),
    keys,
    signingAlgorithm: SIGNING_ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
    ],
  });
  return { mspId, cert, keys, pem: cert.toString('pem') };
}

/** A certificate issued by `issuer`: an intermediate CA if `ca`, else a member's. */
async function issue(issuer, { mspId, subject, ca = false, attributes, notBefore, notAfter }) {
  const keys = await newKeys();
  const now = Date.now();
  const extensions = [
    new x509.BasicConstraintsExtension(ca, undefined, true),
    new x509.KeyUsagesExtension(ca ? x509.KeyUsageFlags.keyCertSign : x509.KeyUsageFlags.digitalSignature, true),
  ];
  if (attributes) {
    extensions.push(new x509.Extension(FABRIC_CA_ATTRIBUTES, false,
      new TextEncoder().encode(JSON.stringify({ attrs: attributes }))));
  }
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: (serial++).toString(16).padStart(2, '0'),
    subject,
    issuer: issuer.cert.subjectName,
    notBefore: notBefore ?? new Date(now - DAY),
    notAfter: notAfter ?? new Date(now + 365 * DAY),
    publicKey: keys.publicKey,
    signingKey: issuer.keys.privateKey,
    signingAlgorithm: SIGNING_ALGORITHM,
    extensions,
  });
  const pem = cert.toString('pem');
  return { mspId, cert, keys, pem, serialized: serializedIdentity(mspId, pem) };
}

function serializedIdentity(mspId, pem) {
  const identity = new msp.SerializedIdentity();
  identity.setMspid(mspId);
  identity.setIdBytes(new TextEncoder().encode(pem));
  return identity.serializeBinary();
}

/**
 * The channel's organizations and people: an ordering organization with one orderer,
 * AuthorityMSP (a supervisor, an expired member, a peer) and PatrolMSP, whose members' certificates
 * come from an intermediate CA (an inspector, a peer), and an outside CA nobody belongs to.
 */
export async function makeNetwork() {
  const now = Date.now();
  const ordererCa = await makeCa('OrdererMSP');
  const authorityCa = await makeCa('AuthorityMSP');
  const patrolCa = await makeCa('PatrolMSP');
  const patrolIntermediate = await issue(patrolCa, {
    mspId: 'PatrolMSP', subject: 'CN=ica.patrolmsp.fitledger.test, O=PatrolMSP', ca: true,
  });
  return {
    ordererCa,
    authorityCa,
    patrolCa,
    patrolIntermediate,
    outsideCa: await makeCa('OrdererMSP', 'ca.somebody-else.test'),
    orderer: await issue(ordererCa, { mspId: 'OrdererMSP', subject: 'CN=orderer0.fitledger.test, OU=orderer, O=OrdererMSP' }),
    supervisor: await issue(authorityCa, {
      mspId: 'AuthorityMSP',
      subject: `CN=${PEOPLE_NAMES[0]}, OU=client, O=AuthorityMSP`,
      attributes: { 'fitledger.role': 'supervisor', 'hf.EnrollmentID': 'alice', 'hf.Type': 'client' },
    }),
    expiredMember: await issue(authorityCa, {
      mspId: 'AuthorityMSP',
      subject: `CN=${PEOPLE_NAMES[2]}, OU=client, O=AuthorityMSP`,
      attributes: { 'fitledger.role': 'supervisor' },
      notBefore: new Date(now - 2 * 365 * DAY),
      notAfter: new Date(now - 365 * DAY),
    }),
    authorityPeer: await issue(authorityCa, { mspId: 'AuthorityMSP', subject: 'CN=peer0.authority.fitledger.test, OU=peer, O=AuthorityMSP' }),
    inspector: await issue(patrolIntermediate, {
      mspId: 'PatrolMSP',
      subject: `CN=${PEOPLE_NAMES[1]}, OU=client, O=PatrolMSP`,
      attributes: { 'fitledger.role': 'inspector', 'hf.Type': 'client' },
    }),
    patrolPeer: await issue(patrolIntermediate, { mspId: 'PatrolMSP', subject: 'CN=peer0.patrol.fitledger.test, OU=peer, O=PatrolMSP' }),
  };
}

/** An organization entry of a receipt. */
export function organization(mspId, roots, intermediates = []) {
  return {
    mspId,
    rootCertificates: roots.map((ca) => ca.pem),
    intermediateCertificates: intermediates.map((ca) => ca.pem),
  };
}

// ---- hand-written DER ----

function derLength(length) {
  if (length < 0x80) {
    return [length];
  }
  const bytes = [];
  for (let rest = length; rest > 0; rest >>= 8) {
    bytes.unshift(rest & 0xff);
  }
  return [0x80 | bytes.length, ...bytes];
}

function derTlv(tag, content) {
  return Uint8Array.from([tag, ...derLength(content.length), ...content]);
}

function derUnsignedInteger(bytes) {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) {
    start += 1;
  }
  const digits = Array.from(bytes.subarray(start));
  return derTlv(0x02, digits[0] & 0x80 ? [0, ...digits] : digits);
}

/** DER of SEQUENCE { INTEGER number, OCTET STRING previousHash, OCTET STRING dataHash }. */
export function headerDer(number, previousHash, dataHash) {
  let hex = BigInt(number).toString(16);
  hex = hex.length % 2 ? `0${hex}` : hex;
  const numberBytes = Uint8Array.from(hex.match(/../g).map((pair) => parseInt(pair, 16)));
  return derTlv(0x30, [
    ...derUnsignedInteger(numberBytes),
    ...derTlv(0x04, Array.from(previousHash)),
    ...derTlv(0x04, Array.from(dataHash)),
  ]);
}

/** Signs as Fabric does: ECDSA P-256 over SHA-256, the signature in DER. */
export async function sign(identity, data) {
  const raw = new Uint8Array(await subtle.sign(SIGNING_ALGORITHM, identity.keys.privateKey, data));
  return derTlv(0x30, [...derUnsignedInteger(raw.subarray(0, 32)), ...derUnsignedInteger(raw.subarray(32))]);
}

// ---- transactions ----

function concat(...parts) {
  const joined = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

function randomBytes(length) {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

/** The composite key of a record, written out by hand. */
export function compositeKey(kind, id) {
  return `\u0000${kind}\u0000${id}\u0000`;
}

function readWriteSet(writes) {
  const kv = new kvrwset.KVRWSet();
  kv.setWritesList(writes.map(({ key, value, isDelete = false }) => {
    const write = new kvrwset.KVWrite();
    write.setKey(key);
    write.setIsDelete(isDelete);
    write.setValue(new TextEncoder().encode(value));
    return write;
  }));
  const ns = new rwset.NsReadWriteSet();
  ns.setNamespace(CHAINCODE);
  ns.setRwset(kv.serializeBinary());
  const txRwset = new rwset.TxReadWriteSet();
  txRwset.setDataModel(rwset.TxReadWriteSet.DataModel.KV);
  txRwset.setNsRwsetList([ns]);
  return txRwset.serializeBinary();
}

function proposalResponsePayload(writes) {
  const response = new proposalResponse.Response();
  response.setStatus(200);
  const action = new proposal.ChaincodeAction();
  action.setResults(readWriteSet(writes));
  action.setResponse(response);
  const payload = new proposalResponse.ProposalResponsePayload();
  payload.setProposalHash(randomBytes(32));
  payload.setExtension$(action.serializeBinary());
  return payload.serializeBinary();
}

async function endorsement(peer, responsePayload, corrupt) {
  const signature = await sign(peer, concat(responsePayload, peer.serialized));
  if (corrupt) {
    signature[signature.length - 3] ^= 0x01;
  }
  const result = new proposalResponse.Endorsement();
  result.setEndorser(peer.serialized);
  result.setSignature(signature);
  return result;
}

function timestamp(date) {
  const value = new timestampProto.Timestamp();
  value.setSeconds(Math.floor(date.getTime() / 1000));
  value.setNanos((date.getTime() % 1000) * 1e6);
  return value;
}

/**
 * The envelope bytes of an endorser transaction by `creator` that wrote `writes`
 * ([{ key, value }]) in the chaincode's namespace, endorsed by `endorsers`; signed by everyone,
 * with one endorsement's signature altered if `corruptEndorsement`.
 */
export async function endorserTransaction({
  txId, creator, endorsers, writes, channel = CHANNEL, type = common.HeaderType.ENDORSER_TRANSACTION,
  at = new Date(Date.now() - 60 * 60 * 1000), corruptEndorsement = false,
}) {
  const responsePayload = proposalResponsePayload(writes);
  const endorsed = new transaction.ChaincodeEndorsedAction();
  endorsed.setProposalResponsePayload(responsePayload);
  endorsed.setEndorsementsList(await Promise.all(endorsers.map(
    (peer, index) => endorsement(peer, responsePayload, corruptEndorsement && index === endorsers.length - 1))));
  const actionPayload = new transaction.ChaincodeActionPayload();
  actionPayload.setChaincodeProposalPayload(randomBytes(16));
  actionPayload.setAction(endorsed);

  const signatureHeader = new common.SignatureHeader();
  signatureHeader.setCreator(creator.serialized);
  signatureHeader.setNonce(randomBytes(24));
  const action = new transaction.TransactionAction();
  action.setHeader(signatureHeader.serializeBinary());
  action.setPayload(actionPayload.serializeBinary());
  const tx = new transaction.Transaction();
  tx.setActionsList([action]);

  const channelHeader = new common.ChannelHeader();
  channelHeader.setType(type);
  channelHeader.setTimestamp(timestamp(at));
  channelHeader.setChannelId(channel);
  channelHeader.setTxId(txId);
  const header = new common.Header();
  header.setChannelHeader(channelHeader.serializeBinary());
  header.setSignatureHeader(signatureHeader.serializeBinary());
  const payload = new common.Payload();
  payload.setHeader(header);
  payload.setData(tx.serializeBinary());

  const envelope = new common.Envelope();
  const payloadBytes = payload.serializeBinary();
  envelope.setPayload(payloadBytes);
  envelope.setSignature(await sign(creator, payloadBytes));
  return envelope.serializeBinary();
}

// ---- blocks ----

/** A block of the envelopes, its data hash computed, signed by the orderer, all flags VALID. */
export async function makeBlock(network, envelopes, { number = 42, previousHash = randomBytes(32) } = {}) {
  const block = new common.Block();
  const header = new common.BlockHeader();
  header.setNumber(number);
  header.setPreviousHash(previousHash);
  block.setHeader(header);
  const data = new common.BlockData();
  data.setDataList(envelopes);
  block.setData(data);
  const metadata = new common.BlockMetadata();
  metadata.setMetadataList([new Uint8Array(), new Uint8Array(), new Uint8Array(envelopes.length), new Uint8Array(), new Uint8Array()]);
  block.setMetadata(metadata);
  await seal(network, block);
  return block;
}

/** Recomputes the block's data hash and signs its header as the orderer, as an orderer does. */
export async function seal(network, block) {
  const envelopes = block.getData().getDataList_asU8();
  const dataHash = new Uint8Array(await subtle.digest('SHA-256', concat(...envelopes)));
  const header = block.getHeader();
  header.setDataHash(dataHash);

  const lastConfig = new common.LastConfig();
  lastConfig.setIndex(0);
  const ordererMetadata = new common.OrdererBlockMetadata();
  ordererMetadata.setLastConfig(lastConfig);
  const value = ordererMetadata.serializeBinary();
  const signatureHeader = new common.SignatureHeader();
  signatureHeader.setCreator(network.orderer.serialized);
  signatureHeader.setNonce(randomBytes(24));
  const signatureHeaderBytes = signatureHeader.serializeBinary();
  const signed = concat(value, signatureHeaderBytes,
    headerDer(header.getNumber(), header.getPreviousHash_asU8(), dataHash));
  const signature = new common.MetadataSignature();
  signature.setSignatureHeader(signatureHeaderBytes);
  signature.setSignature(await sign(network.orderer, signed));
  const signatures = new common.Metadata();
  signatures.setValue(value);
  signatures.setSignaturesList([signature]);
  setMetadata(block, common.BlockMetadataIndex.SIGNATURES, signatures.serializeBinary());
}

/** Replaces one entry of the block's metadata. */
export function setMetadata(block, index, bytes) {
  const list = block.getMetadata().getMetadataList_asU8().slice();
  list[index] = bytes;
  block.getMetadata().setMetadataList(list);
}

/** Standard base64 of bytes. */
export function base64(bytes) {
  return Buffer.from(bytes).toString('base64');
}

/** A block decoded from a receipt, to alter; write it back with `withBlock`. */
export function blockOf(receipt) {
  return common.Block.deserializeBinary(Buffer.from(receipt.block, 'base64'));
}

/** A copy of the receipt holding `block`. */
export function withBlock(receipt, block) {
  return { ...structuredClone(receipt), block: base64(block.serializeBinary()) };
}

export const TICKET = {
  ticketId: 'T-1',
  equipmentId: 'EQ-204',
  severity: 'HIGH',
  state: 'OPEN',
  openedAt: '2025-03-02T08:15:00Z',
  note: 'Zugseil gerissen – «cable» snapped',
};

/**
 * A genuine receipt for ticket T-1, opened by the supervisor, at position 1 of a block of three
 * endorser transactions. `options` alter the receipt's transaction as its creator and endorsers
 * would have signed it: { writtenValue, corruptEndorsement, creator, at }.
 */
export async function makeReceipt(network, options = {}) {
  const value = JSON.stringify(TICKET);
  const txIds = ['a1', 'b2', 'c3'].map((prefix) => prefix + '0'.repeat(60) + prefix);
  const both = [network.authorityPeer, network.patrolPeer];
  const envelopes = [
    await endorserTransaction({
      txId: txIds[0], creator: network.inspector, endorsers: both,
      writes: [{ key: compositeKey('ticket', 'T-0'), value: '{"ticketId":"T-0"}' }],
    }),
    await endorserTransaction({
      txId: txIds[1],
      creator: options.creator ?? network.supervisor,
      endorsers: both,
      writes: [
        { key: compositeKey('equipment', 'EQ-204'), value: '{"equipmentId":"EQ-204","condition":"BROKEN"}' },
        { key: compositeKey('ticket', 'T-1'), value: options.writtenValue ?? value },
      ],
      corruptEndorsement: options.corruptEndorsement,
      at: options.at,
    }),
    await endorserTransaction({
      txId: txIds[2], creator: network.inspector, endorsers: [network.patrolPeer],
      writes: [{ key: compositeKey('ticket', 'T-2'), value: '{"ticketId":"T-2"}' }],
    }),
  ];
  const block = await makeBlock(network, envelopes);
  return {
    format: 'fitledger-receipt/1',
    channel: CHANNEL,
    chaincode: CHAINCODE,
    txId: txIds[1],
    blockNumber: 42,
    position: 1,
    record: { kind: 'ticket', id: 'T-1', value },
    block: base64(block.serializeBinary()),
    ordererOrganizations: [organization('OrdererMSP', [network.ordererCa])],
    organizations: [
      organization('AuthorityMSP', [network.authorityCa]),
      organization('PatrolMSP', [network.patrolCa], [network.patrolIntermediate]),
      organization('ContractorMSP', [await makeCa('ContractorMSP')]),
    ],
  };
}
