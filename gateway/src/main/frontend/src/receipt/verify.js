// Verifies a FitLedger receipt (fitledger-receipt/1) without trusting FitLedger's servers: the
// transaction is in a block the ordering service signed, the peer marked it valid, a certified
// member signed it, certified peers endorsed it, and it wrote the record shown.
//
// No DOM and no node-only API here: the public page and the command line run the same checks
// with the platform's WebCrypto (globalThis.crypto.subtle).
//
// The receipt carries the organizations' root certificates itself, so a verified receipt proves
// that the block and transaction are consistent with those roots; compare the fingerprints in
// the result with the ones the organizations publish to trust the roots themselves.
import { concat, equalBytes, fromBase64, toHex } from './bytes.js';
import { blockHeaderDer } from './der.js';
import {
  chainsTo, fingerprint, organizationsById, parseCertificate, roleOf, verifySignature,
} from './certificates.js';
import {
  ENDORSER_TRANSACTION, SIGNATURES, TRANSACTIONS_FILTER, VALID, decodeBlock, decodeBlockSignatures,
  decodeEndorsedActions, decodeEnvelope, decodeIdentity, decodeSignatureHeaderCreator, decodeWrites,
  validationCodeName,
} from './protos.js';

export const RECEIPT_FORMAT = 'fitledger-receipt/1';

export const VALIDATION_NOTE = 'The validation flag is the verdict of the peer that stored the block; '
  + 'the orderers\' signature does not cover it, so the endorsements are checked again here.';

// Every check, in the order they run, with the reason it fails with unless it names another.
const CHECKS = [
  { code: 'RECEIPT', reason: 'RECEIPT_MALFORMED', run: checkWellFormed },
  { code: 'BLOCK_NUMBER', reason: 'BLOCK_NUMBER_MISMATCH', run: checkBlockNumber },
  { code: 'DATA_HASH', reason: 'DATA_HASH_MISMATCH', run: checkDataHash },
  { code: 'ORDERER_SIGNATURE', reason: 'ORDERER_SIGNATURE_INVALID', run: checkOrdererSignature },
  { code: 'TRANSACTION_POSITION', reason: 'TRANSACTION_NOT_AT_POSITION', run: checkPosition },
  { code: 'VALIDATION_FLAG', reason: 'TRANSACTION_INVALID', run: checkValidationFlag },
  { code: 'CREATOR', reason: 'CREATOR_NOT_CERTIFIED', run: checkCreator },
  { code: 'ENDORSEMENTS', reason: 'ENDORSEMENT_INVALID', run: checkEndorsements },
  { code: 'RECORD', reason: 'RECORD_NOT_WRITTEN', run: checkRecord },
];

const NOT_CHECKED = 'not checked';

/**
 * Verifies a parsed receipt. Resolves to { valid, reason, message, checks, block, transaction,
 * ordererSigners, certificates, record }; never rejects: bad input is a failed check.
 */
export async function verifyReceipt(receipt) {
  const result = emptyResult();
  const context = { receipt, result };
  for (const check of CHECKS) {
    if (result.reason !== null) {
      result.checks.push({ code: check.code, ok: false, detail: NOT_CHECKED });
      continue;
    }
    const outcome = await runCheck(check, context);
    result.checks.push({ code: check.code, ok: outcome.ok, detail: outcome.detail });
    if (!outcome.ok) {
      result.reason = outcome.reason ?? check.reason;
      result.message = outcome.detail;
    }
  }
  result.valid = result.reason === null;
  if (result.valid) {
    result.message = 'verified';
  }
  return result;
}

/** Lower-case hex SHA-256 of bytes (Uint8Array or ArrayBuffer), or of a string's UTF-8. */
export async function sha256Hex(bytes) {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return toHex(await globalThis.crypto.subtle.digest('SHA-256', data));
}

/** The world-state key of a record: Fabric's composite key of its kind and id. */
export function recordKey(kind, id) {
  return `\u0000${kind}\u0000${id}\u0000`;
}

function emptyResult() {
  return {
    valid: false,
    reason: null,
    message: '',
    checks: [],
    block: null,
    transaction: null,
    ordererSigners: [],
    certificates: { fingerprints: [] },
    record: null,
  };
}

async function runCheck(check, context) {
  try {
    return await check.run(context);
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    return fail(check.reason, `${check.code === 'RECEIPT' ? 'The receipt cannot be read' : 'The check could not run'}: ${problem}.`);
  }
}

function pass(detail) {
  return { ok: true, detail };
}

function fail(reason, detail) {
  return { ok: false, reason, detail };
}

// 1. The receipt has every field, with the right type, and its block decodes.

async function checkWellFormed(context) {
  const problem = receiptProblem(context.receipt);
  if (problem) {
    return fail('RECEIPT_MALFORMED', `The receipt is malformed: ${problem}.`);
  }
  const { receipt, result } = context;
  result.record = { kind: receipt.record.kind, id: receipt.record.id, value: parsedJson(receipt.record.value) };
  let blockBytes;
  try {
    blockBytes = fromBase64(receipt.block);
  } catch {
    return fail('RECEIPT_MALFORMED', 'The receipt is malformed: its block is not base64.');
  }
  const block = decodeBlock(blockBytes);
  const header = block.getHeader();
  if (!header || !block.getData()) {
    return fail('RECEIPT_MALFORMED', 'The receipt is malformed: its block has no header or no data.');
  }
  context.block = block;
  context.header = {
    number: header.getNumber(),
    previousHash: header.getPreviousHash_asU8(),
    dataHash: header.getDataHash_asU8(),
  };
  result.block = {
    number: context.header.number,
    dataHash: toHex(context.header.dataHash),
    previousHash: toHex(context.header.previousHash),
  };
  context.orderers = organizationsById(receipt.ordererOrganizations);
  context.members = organizationsById(receipt.organizations);
  result.certificates.fingerprints = await rootFingerprints([...context.orderers.values(), ...context.members.values()]);
  return pass(`A ${RECEIPT_FORMAT} receipt for block ${context.header.number} of channel ${receipt.channel}.`);
}

/** What is wrong with the receipt's fields, or null. */
function receiptProblem(receipt) {
  if (!isObject(receipt)) {
    return 'it is not a JSON object';
  }
  if (receipt.format !== RECEIPT_FORMAT) {
    return `its format is not ${RECEIPT_FORMAT}`;
  }
  const fields = [
    ['channel', isName],
    ['chaincode', isName],
    ['txId', (value) => typeof value === 'string' && /^[0-9a-fA-F]+$/.test(value)],
    ['blockNumber', isCount],
    ['position', isCount],
    ['record', isRecord],
    ['block', (value) => typeof value === 'string' && value !== ''],
    ['ordererOrganizations', isOrganizations],
    ['organizations', isOrganizations],
  ];
  const wrong = fields.find(([name, valid]) => !valid(receipt[name]));
  return wrong ? `the field ${wrong[0]} is missing or not of the right type` : null;
}

function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isName(value) {
  return typeof value === 'string' && value !== '';
}

function isCount(value) {
  return Number.isSafeInteger(value) && value >= 0;
}

function isRecord(value) {
  return isObject(value) && isName(value.kind) && isName(value.id) && typeof value.value === 'string';
}

function isOrganizations(value) {
  const isPemList = (list) => Array.isArray(list) && list.every((pem) => typeof pem === 'string');
  return Array.isArray(value) && value.length > 0 && value.every((organization) => isObject(organization)
    && isName(organization.mspId)
    && isPemList(organization.rootCertificates) && organization.rootCertificates.length > 0
    && isPemList(organization.intermediateCertificates));
}

function parsedJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

async function rootFingerprints(organizations) {
  const fingerprints = [];
  for (const organization of organizations) {
    for (const root of organization.roots) {
      fingerprints.push({ mspId: organization.mspId, sha256: await fingerprint(root) });
    }
  }
  return fingerprints;
}

// 2. The block is the one the receipt names.

function checkBlockNumber({ receipt, header }) {
  if (header.number !== receipt.blockNumber) {
    return fail('BLOCK_NUMBER_MISMATCH', `The block is number ${header.number}, not ${receipt.blockNumber}.`);
  }
  return pass(`The block is number ${header.number}.`);
}

// 3. The header's data hash covers the block's transactions as they are.

async function checkDataHash(context) {
  const data = context.block.getData().getDataList_asU8();
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', concat(...data)));
  if (!equalBytes(digest, context.header.dataHash)) {
    return fail('DATA_HASH_MISMATCH',
      `The block's ${data.length} transactions hash to ${toHex(digest)}, not to the header's data hash ${toHex(context.header.dataHash)}.`);
  }
  return pass(`The block's ${data.length} transactions hash to the header's data hash ${toHex(digest)}.`);
}

// 4. The ordering service signed the header: metadata.value || signature_header || DER(header).

async function checkOrdererSignature(context) {
  const entry = metadataEntry(context.block, SIGNATURES);
  if (!entry || entry.length === 0) {
    return fail('ORDERER_SIGNATURE_INVALID', 'The block carries no orderer signature.');
  }
  const { value, signatures } = decodeBlockSignatures(entry);
  const headerDer = blockHeaderDer(context.header.number, context.header.previousHash, context.header.dataHash);
  const date = blockTime(context);
  const outcomes = [];
  for (const signature of signatures) {
    outcomes.push(await ordererSignatureOutcome(signature, value, headerDer, context.orderers, date));
  }
  const signers = outcomes.filter((outcome) => outcome.certified).map((outcome) => outcome.mspId);
  context.result.ordererSigners = [...new Set(signers)];
  if (signers.length > 0) {
    return pass(`The block header is signed by ${describeList(context.result.ordererSigners, 'an orderer of')}, certified by its certificate authority.`);
  }
  const uncertified = outcomes.find((outcome) => outcome.verified);
  if (uncertified) {
    return fail('ORDERER_NOT_CERTIFIED',
      `The block header's signature verifies, but the orderer's certificate (${uncertified.mspId}) does not chain to a root certificate of an ordering organization of the receipt.`);
  }
  const unsupported = outcomes.some((outcome) => outcome.unsupported);
  return fail('ORDERER_SIGNATURE_INVALID', signatures.length === 0
    ? 'The block carries no orderer signature.'
    : `None of the block's ${signatures.length} orderer signatures verifies over its header${unsupported ? ' (signatures by consenter identifier, as BFT orderers make, are not supported)' : ''}.`);
}

async function ordererSignatureOutcome(signature, value, headerDer, orderers, date) {
  if (signature.signatureHeader.length === 0) {
    return { verified: false, certified: false, unsupported: signature.identifierHeader.length > 0 };
  }
  let identity;
  let certificate;
  try {
    identity = decodeIdentity(decodeSignatureHeaderCreator(signature.signatureHeader));
    certificate = parseCertificate(identity.pem);
  } catch {
    return { verified: false, certified: false };
  }
  const signed = concat(value, signature.signatureHeader, headerDer);
  const verified = await verifySignature(certificate, signed, signature.signature);
  const organization = orderers.get(identity.mspId);
  const certified = verified && organization !== undefined && await chainsTo(certificate, organization, date);
  return { mspId: identity.mspId, verified, certified };
}

/**
 * When the orderer's certificate must have been valid: the block header has no time, so the
 * time of the receipt's transaction stands for it, or now if that cannot be read.
 */
function blockTime(context) {
  try {
    const data = context.block.getData().getDataList_asU8();
    return decodeEnvelope(data[context.receipt.position]).timestamp ?? new Date();
  } catch {
    return new Date();
  }
}

function metadataEntry(block, index) {
  const metadata = block.getMetadata();
  return metadata ? metadata.getMetadataList_asU8()[index] : undefined;
}

// 5. The transaction at the receipt's position is the receipt's, on its channel.

function checkPosition(context) {
  const { receipt, block, result } = context;
  const data = block.getData().getDataList_asU8();
  if (receipt.position >= data.length) {
    return fail('TRANSACTION_NOT_AT_POSITION',
      `The block holds ${data.length} transactions; there is none at position ${receipt.position}.`);
  }
  let envelope;
  try {
    envelope = decodeEnvelope(data[receipt.position]);
  } catch {
    return fail('TRANSACTION_NOT_AT_POSITION', `The block's entry at position ${receipt.position} is not a transaction.`);
  }
  const problem = positionProblem(envelope, receipt);
  if (problem) {
    return fail('TRANSACTION_NOT_AT_POSITION', problem);
  }
  context.envelope = envelope;
  result.transaction = {
    txId: envelope.txId,
    position: receipt.position,
    timestamp: envelope.timestamp.toISOString(),
    channel: envelope.channelId,
    creator: null,
    endorsers: [],
    validation: null,
    validationNote: VALIDATION_NOTE,
  };
  return pass(`Transaction ${envelope.txId} is at position ${receipt.position} of block ${context.header.number} on channel ${envelope.channelId}.`);
}

function positionProblem(envelope, receipt) {
  const at = `The transaction at position ${receipt.position}`;
  if (envelope.txId !== receipt.txId) {
    return `${at} is ${envelope.txId || 'without an id'}, not ${receipt.txId}.`;
  }
  if (envelope.channelId !== receipt.channel) {
    return `${at} is on channel ${envelope.channelId || '(none)'}, not ${receipt.channel}.`;
  }
  if (envelope.type !== ENDORSER_TRANSACTION) {
    return `${at} is not an endorser transaction (header type ${envelope.type}).`;
  }
  if (!envelope.timestamp) {
    return `${at} has no timestamp.`;
  }
  return null;
}

// 6. The peer marked the transaction valid. This flag is each peer's own verdict, written into
// the block's metadata after ordering: the orderers' signature does not cover it, which is why
// the endorsements are checked again below.

function checkValidationFlag(context) {
  const { receipt, result } = context;
  const flags = metadataEntry(context.block, TRANSACTIONS_FILTER);
  if (!flags || flags.length <= receipt.position) {
    return fail('TRANSACTION_INVALID', `The block carries no validation flag for position ${receipt.position}.`);
  }
  const code = flags[receipt.position];
  const name = validationCodeName(code);
  result.transaction.validation = name;
  if (code !== VALID) {
    return fail('TRANSACTION_INVALID',
      `The peer marked the transaction ${name} (code ${code}): it did not change the ledger.`);
  }
  return pass(`The peer marked the transaction VALID. ${VALIDATION_NOTE}`);
}

// 7. A certified member created and signed the transaction.

async function checkCreator(context) {
  const { envelope, result } = context;
  let identity;
  let certificate;
  try {
    identity = decodeIdentity(envelope.creator);
    certificate = parseCertificate(identity.pem);
  } catch {
    return fail('CREATOR_NOT_CERTIFIED', 'The transaction\'s creator has no readable certificate.');
  }
  const creator = { mspId: identity.mspId, role: roleOf(certificate) };
  result.transaction.creator = creator;
  const who = describeIdentity(creator);
  if (!await verifySignature(certificate, envelope.payloadBytes, envelope.signature)) {
    return fail('CREATOR_SIGNATURE_INVALID', `The transaction's signature by ${who} does not verify.`);
  }
  const organization = context.members.get(identity.mspId);
  if (!organization) {
    return fail('CREATOR_NOT_CERTIFIED', `The creator's organization ${identity.mspId} is not among the receipt's organizations.`);
  }
  if (!await chainsTo(certificate, organization, envelope.timestamp)) {
    return fail('CREATOR_NOT_CERTIFIED',
      `The certificate of ${who} does not chain to ${identity.mspId}'s root certificate or was not valid at ${envelope.timestamp.toISOString()}.`);
  }
  return pass(`Signed by ${who}, certified by ${identity.mspId}'s certificate authority.`);
}

// 8. Certified peers endorsed every action: signature over proposal_response_payload || endorser.

async function checkEndorsements(context) {
  const { envelope, result } = context;
  let actions;
  try {
    actions = decodeEndorsedActions(envelope.data);
  } catch {
    return fail('ENDORSEMENT_INVALID', 'The transaction\'s endorsed actions cannot be read.');
  }
  context.actions = actions;
  if (actions.length === 0) {
    return fail('ENDORSEMENT_INVALID', 'The transaction has no endorsed action.');
  }
  const endorsers = [];
  for (const [index, action] of actions.entries()) {
    if (action.endorsements.length === 0) {
      return fail('ENDORSEMENT_INVALID', `Action ${index} of the transaction has no endorsement.`);
    }
    for (const endorsement of action.endorsements) {
      const problem = await endorsementProblem(endorsement, action.proposalResponsePayload, context);
      if (problem) {
        return fail('ENDORSEMENT_INVALID', problem);
      }
      endorsers.push(decodeIdentity(endorsement.endorser).mspId);
    }
  }
  result.transaction.endorsers = [...new Set(endorsers)];
  return pass(`Endorsed by ${describeList(result.transaction.endorsers, 'a peer of')}, each certified by its organization.`);
}

async function endorsementProblem(endorsement, proposalResponsePayload, context) {
  let identity;
  let certificate;
  try {
    identity = decodeIdentity(endorsement.endorser);
    certificate = parseCertificate(identity.pem);
  } catch {
    return 'An endorser has no readable certificate.';
  }
  const signed = concat(proposalResponsePayload, endorsement.endorser);
  if (!await verifySignature(certificate, signed, endorsement.signature)) {
    return `The endorsement by a peer of ${identity.mspId} does not verify.`;
  }
  const organization = context.members.get(identity.mspId);
  if (!organization || !await chainsTo(certificate, organization, context.envelope.timestamp)) {
    return `The endorsing peer of ${identity.mspId} is not certified by an organization of the receipt.`;
  }
  return null;
}

// 9. The transaction wrote the record, byte for byte.

function checkRecord(context) {
  const { receipt } = context;
  const { kind, id, value } = receipt.record;
  const key = recordKey(kind, id);
  const written = context.actions
    .flatMap((action) => decodeWrites(action.proposalResponsePayload, receipt.chaincode))
    .filter((write) => write.key === key && !write.isDelete);
  if (written.length === 0) {
    return fail('RECORD_NOT_WRITTEN', `The transaction wrote no ${kind} ${id} in ${receipt.chaincode}.`);
  }
  const expected = new TextEncoder().encode(value);
  if (!written.some((write) => equalBytes(write.value, expected))) {
    return fail('RECORD_DIFFERS', `The transaction wrote ${kind} ${id}, but not the value the receipt shows.`);
  }
  return pass(`The transaction wrote ${kind} ${id} in ${receipt.chaincode} exactly as shown.`);
}

// How people appear: by role and organization, never by name.

function describeIdentity({ mspId, role }) {
  if (!role) {
    return `a member of ${mspId}`;
  }
  return `${/^[aeiou]/i.test(role) ? 'an' : 'a'} ${role} of ${mspId}`;
}

function describeList(mspIds, prefix) {
  return mspIds.map((mspId) => `${prefix} ${mspId}`).join(', ');
}
