// This browser's keys of the supervisors who enrolled it. Each key is made here by WebCrypto
// (ECDSA P-256, not extractable: no script, not even this page's, can read it out) and kept in
// IndexedDB; the Authority's CA certifies it through the gateway against a one-time enrolment code
// from the registrar (./fitledger enrol-code PERSON). The supervisor then signs in with the key, no
// password: the gateway's one-time challenge, signed here.
//
//   await enrol('supervisor1', '7F3K-92QD-XM4T-PW8C');
//   await signInWithKey('supervisor1');
import { ApiError, beginSession, postAnonymous } from './api.js';

const KEY = { name: 'ECDSA', namedCurve: 'P-256' };
const DB = 'fitledger-dashboard';
const STORE = 'keys';

/** Whether this browser can make and use a key: WebCrypto needs https (or localhost). */
export function canEnrol() {
  return globalThis.isSecureContext === true && globalThis.crypto?.subtle !== undefined;
}

/** The people this browser holds keys of, by name. */
export async function enrolledHere() {
  if (!globalThis.indexedDB) {
    return [];
  }
  return (await stored((keys) => keys.getAllKeys())).map(String).sort();
}

/**
 * Enrols this browser for the person: makes the key, sends its certificate request with the code,
 * keeps the key with the certificate the CA issued, and begins the session the enrolment answers.
 */
export async function enrol(username, code) {
  if (!canEnrol()) {
    throw new ApiError(400, 'INSECURE_CONTEXT', 'This page must be opened over https to enrol a browser.');
  }
  const keys = await crypto.subtle.generateKey(KEY, false, ['sign', 'verify']);
  const { certificateRequest } = await import('./signing/csr.js');
  const enrolled = await postAnonymous('/api/v1/enrolments', {
    username,
    code,
    certificateRequest: await certificateRequest(username, keys),
  });
  const publicKey = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.exportKey('spki', keys.publicKey))));
  await stored(
    (store) =>
      store.put({
        username: enrolled.username,
        certificate: enrolled.certificate,
        serialNumber: enrolled.serialNumber,
        privateKey: keys.privateKey,
        publicKey,
        enrolledAt: new Date().toISOString(),
      }),
    'readwrite',
  );
  return beginSession(enrolled);
}

/** Signs the person in with this browser's key: the gateway's one-time challenge, signed here. */
export async function signInWithKey(username) {
  const key = await stored((store) => store.get(username));
  if (!key) {
    throw new ApiError(401, 'UNAUTHENTICATED', 'This browser holds no key of this person.');
  }
  const { signBytes } = await import('./signing/device.js');
  const { challenge } = await postAnonymous('/api/v1/session/challenge', { username });
  const signature = await signBytes(key.privateKey, new TextEncoder().encode(`fitledger-sign-in:${challenge}`));
  return beginSession(
    await postAnonymous('/api/v1/session/device', {
      username,
      challenge,
      signature: btoa(String.fromCharCode(...signature)),
    }),
  );
}

/** Runs one request on the key store in a transaction of its own, and answers its result. */
function stored(request, mode = 'readonly') {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DB, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'username' });
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const transaction = db.transaction(STORE, mode);
      const result = request(transaction.objectStore(STORE));
      transaction.oncomplete = () => {
        db.close();
        resolve(result.result);
      };
      transaction.onerror = () => {
        db.close();
        reject(transaction.error);
      };
    };
  });
}
