// This phone's key. It is made here by WebCrypto (ECDSA P-256, not extractable: no script, not
// even this app's, can read it out) and kept in IndexedDB; the person's organization's CA
// certifies it through the gateway against a one-time enrolment code from their registrar. From
// then on the gateway holds no key of the person's: every write is prepared by the gateway,
// checked here against what the person entered, and signed here.
//
//   await enrol('inspector1', '7F3K-92QD-XM4T-PW8C');
//   await write('POST', '/api/v1/tickets/t-1/repair', { note, photoHashes });
import { ApiError, beginSession, call, profile } from './api.js';
import { sha256Hex } from './sha256.js';
import { KEYS, store } from './store.js';

const KEY = { name: 'ECDSA', namedCurve: 'P-256' };

// The protobuf and X.509 code is large and only needed by an enrolled phone: loaded on first use,
// into chunks the service worker keeps for offline use like the rest of the app.
const signing = () => import('@fitledger/signing/device.js');

/** The writes the field app makes, and the chaincode function each one proposes. */
const WRITES = [
  ['POST', /^\/api\/v1\/patrols$/, 'recordPatrol'],
  ['POST', /^\/api\/v1\/tickets\/([^/?]+)\/acknowledgement$/, 'acknowledgeTicket'],
  ['POST', /^\/api\/v1\/tickets\/([^/?]+)\/make-safe$/, 'makeTicketSafe'],
  ['POST', /^\/api\/v1\/tickets\/([^/?]+)\/repair$/, 'confirmRepair'],
  ['POST', /^\/api\/v1\/tickets\/([^/?]+)\/verification$/, 'verifyRepair'],
  ['POST', /^\/api\/v1\/reports\/([^/?]+)\/triage$/, 'triageReport'],
];

/**
 * What a write proposes, as the device checks it: the function, and what the person entered (the
 * path's ids, then the body as JSON).
 */
export function proposedBy(method, path, body) {
  for (const [writeMethod, pattern, fn] of WRITES) {
    const match = pattern.exec(path);
    if (writeMethod === method && match) {
      const ids = match.slice(1).map(decodeURIComponent);
      return { function: fn, entered: body === undefined ? ids : [...ids, JSON.stringify(body)] };
    }
  }
  return null;
}

/** Whether this browser can make and use a key: WebCrypto needs https (or localhost). */
export function canEnrol() {
  return globalThis.isSecureContext === true && globalThis.crypto?.subtle !== undefined;
}

/** The people this phone holds keys for. */
export async function enrolledHere() {
  return (await store.all(KEYS)).map((key) => key.username).sort();
}

/**
 * Signs the person in with this phone's key, no password: the gateway's one-time challenge,
 * signed here. Answers the person ({username, role, …}).
 */
export async function signInWithKey(username) {
  const key = await keyOf(username);
  if (!key) {
    throw new ApiError(401, 'UNAUTHENTICATED', 'This phone holds no key of this person.');
  }
  const { signBytes } = await signing();
  const { challenge } = await call('POST', '/api/v1/session/challenge', { body: { username }, anonymous: true });
  const signature = await signBytes(key.privateKey, new TextEncoder().encode(`fitledger-sign-in:${challenge}`));
  return beginSession(
    await call('POST', '/api/v1/session/device', { body: { username, challenge, signature: base64(signature) }, anonymous: true }),
  );
}

/** The key this phone holds for the person, or null: { username, mspId, certificate, … }. */
export async function keyOf(username) {
  return username ? ((await store.get(KEYS, username)) ?? null) : null;
}

/**
 * Enrols this phone for the person: makes the key, sends its certificate request with the code,
 * keeps the key with the certificate the CA issued, and signs the person in with the token the
 * enrolment answers. Answers the person ({username, role, …}).
 */
export async function enrol(username, code) {
  if (!canEnrol()) {
    throw new ApiError(400, 'INSECURE_CONTEXT', 'This page must be opened over https to enrol a phone.');
  }
  const keys = await crypto.subtle.generateKey(KEY, false, ['sign', 'verify']);
  const { certificateRequest } = await import('@fitledger/signing/csr.js');
  const enrolled = await call('POST', '/api/v1/enrolments', {
    body: { username, code, certificateRequest: await certificateRequest(username, keys) },
    anonymous: true,
  });
  await store.put(KEYS, {
    username: enrolled.username,
    mspId: enrolled.mspId,
    certificate: enrolled.certificate,
    serialNumber: enrolled.serialNumber,
    channel: enrolled.channel,
    chaincode: enrolled.chaincode,
    privateKey: keys.privateKey,
    publicKey: base64(new Uint8Array(await crypto.subtle.exportKey('spki', keys.publicKey))),
    // The chain of captures is the person's, not the phone's: a new phone goes on from the last.
    lastCapture: enrolled.lastCapture ?? null,
    enrolledAt: new Date().toISOString(),
  });
  return beginSession(enrolled);
}

function base64(bytes) {
  return btoa(String.fromCharCode(...bytes));
}

function unbase64(text) {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/** The bytes the gateway asks to sign, and where the signature goes (a path of this origin). */
function toSign(answer) {
  return { message: unbase64(answer.message), path: new URL(answer.signatureUrl, location.href).pathname };
}

/**
 * A write of the signed-in person. With a key on this phone, the gateway prepares the proposal,
 * this phone reads it and signs it only if it proposes exactly what the person entered, then
 * signs the endorsed transaction carrying that very proposal; the answer is the write's own. A
 * person without a key on this phone writes as before.
 *
 * Rejects with ApiError DEVICE_REFUSED (400) when the gateway asked to sign something else: the
 * record is refused, never sent unsigned or retried as it is.
 */
export async function write(method, path, body) {
  const key = await keyOf(profile()?.username);
  if (!key) {
    return call(method, path, { body });
  }
  const proposed = proposedBy(method, path, body);
  if (!proposed) {
    throw new ApiError(400, 'DEVICE_REFUSED', `This phone signs no ${method} ${path}.`);
  }
  const me = { mspId: key.mspId, certificate: key.certificate, channel: key.channel, chaincode: key.chaincode };
  const { Refused, checkEntered, readProposal, readTransaction, signBytes } = await signing();
  try {
    let answer = await call(method, path, { body, signing: true });
    if (answer.status !== 202) {
      return answer.body;
    }
    const proposal = toSign(answer.body);
    const read = await readProposal(proposal.message, me);
    checkEntered(read, proposed);
    answer = await call('POST', proposal.path, {
      body: { signature: base64(await signBytes(key.privateKey, proposal.message)) },
      signing: true,
    });
    if (answer.status !== 202) {
      return answer.body;
    }
    const transaction = toSign(answer.body);
    await readTransaction(transaction.message, me, read.txId, read.invocation);
    answer = await call('POST', transaction.path, {
      body: { signature: base64(await signBytes(key.privateKey, transaction.message)) },
      signing: true,
    });
    return answer.body;
  } catch (error) {
    if (error instanceof Refused) {
      throw new ApiError(400, 'DEVICE_REFUSED', `This phone refused to sign: ${error.message}`);
    }
    throw error;
  }
}

/**
 * Signs a patrol as it is captured, linked to the person's previous capture on this phone: the
 * patrol with its `capture` ({signed, signature}), and the key record with the new chain head,
 * to be saved together. A person without a key on this phone gets the patrol unchanged.
 */
export async function captured(patrol, username) {
  const key = await keyOf(username);
  if (!key) {
    return { patrol, key: null };
  }
  const { signBytes } = await signing();
  const signed = JSON.stringify({ patrol, previous: key.lastCapture });
  const signature = base64(await signBytes(key.privateKey, new TextEncoder().encode(signed)));
  return { patrol: { ...patrol, capture: { signed, signature } }, key: { ...key, lastCapture: await sha256Hex(new TextEncoder().encode(signed)) } };
}
