// The queue of patrols recorded on this phone. A patrol and its photos are saved in one IndexedDB
// transaction before anything is sent; sync then sends each one under its client-chosen patrol
// id, so that a retry after a lost answer is a replay on the ledger and never a second record.
// Nothing leaves the queue by itself: a refused or conflicting record stays, shown with the
// ledger's reason, until the person discards it.
import { ApiError, authorization, profile } from './api.js';
import { captured, write } from './keys.js';
import { State, outcome, pending } from './outcome.js';
import { uploadPhoto } from './photos.js';
import { KEYS, PHOTOS, QUEUE, store } from './store.js';

const CONCURRENCY = 6;
const listeners = new Set();

/** Calls back after any change of the queue. */
export function onQueueChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed() {
  for (const listener of listeners) {
    listener();
  }
}

/** A random v4 UUID, also outside secure contexts (plain-http LAN). */
export function newId() {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Saves a patrol of one inspection, with its photos ({hash, blob}), for the signed-in person. With
 * a key on this phone the patrol is signed now, as captured, and the person's chain of captures
 * moves on in the same transaction: a record dropped, changed or reordered in the queue after this
 * is seen by the ledger.
 */
export async function enqueuePatrol(inspection, photos) {
  const owner = profile()?.username;
  if (!owner) {
    throw new ApiError(401, 'UNAUTHENTICATED', 'Sign in first.');
  }
  const id = newId();
  const signed = await captured({ id, inspections: [inspection] }, owner);
  const item = {
    id,
    owner,
    createdAt: new Date().toISOString(),
    body: signed.patrol,
    state: State.QUEUED,
    attempts: 0,
    nextAttemptAt: 0,
  };
  await store.putAll([
    { store: QUEUE, value: item },
    ...(signed.key ? [{ store: KEYS, value: signed.key }] : []),
    ...photos.map((photo) => ({ store: PHOTOS, value: { hash: photo.hash, blob: photo.blob, owner } })),
  ]);
  changed();
  return item;
}

/** The queue of the person last signed in, newest first. */
export async function queued() {
  const owner = profile()?.username;
  const items = await store.all(QUEUE);
  return items.filter((item) => item.owner === owner).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** How many records of the person still have to reach the ledger. */
export async function pendingCount() {
  return (await queued()).filter((item) => pending(item.state)).length;
}

/** Removes a record the ledger refused, on the person's explicit wish. */
export async function discard(id) {
  const item = await store.get(QUEUE, id);
  if (!item || pending(item.state)) {
    return;
  }
  await store.delete(QUEUE, id);
  await removePhotos(item);
  changed();
}

/** Sends a conflicting record again under a new patrol id. */
export async function resendAsNew(id) {
  const item = await store.get(QUEUE, id);
  if (!item || item.state !== State.CONFLICT) {
    return;
  }
  const copy = { ...item, id: newId(), state: State.QUEUED, attempts: 0, nextAttemptAt: 0, code: null, message: null };
  // A new id is a new patrol: signed again, as the next capture of the person's chain.
  const { capture, ...patrol } = item.body;
  const signed = await captured({ ...patrol, id: copy.id }, item.owner);
  copy.body = signed.patrol;
  await store.putAll([{ store: QUEUE, value: copy }, ...(signed.key ? [{ store: KEYS, value: signed.key }] : [])]);
  await store.delete(QUEUE, id);
  changed();
  sync();
}

/** Makes every waiting record due now (the "send now" button, and coming back online). */
export async function retryNow() {
  for (const item of await queued()) {
    if (pending(item.state) && item.nextAttemptAt > 0) {
      await store.put(QUEUE, { ...item, nextAttemptAt: 0 });
    }
  }
  return sync();
}

let running = null;

/** Sends every due record of the signed-in person; one run at a time, across tabs too. */
export function sync() {
  if (!running) {
    const work = () => drain().finally(() => (running = null));
    running = navigator.locks ? navigator.locks.request('fitledger-sync', work) : work();
  }
  return running;
}

async function drain() {
  if (!authorization() || !navigator.onLine) {
    return;
  }
  const now = Date.now();
  const due = (await queued())
    .filter((item) => pending(item.state) && item.nextAttemptAt <= now)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  // Records signed at capture are links of the person's chain: they go one at a time, oldest
  // first, and a run stops at the first that must wait, so that the ledger takes them in the order
  // they were captured. A refused one does not hold the others back.
  const inOrder = due.some((item) => item.body.capture);
  const worker = async () => {
    for (let item = due.shift(); item; item = due.shift()) {
      const state = await send(item);
      if (inOrder && pending(state)) {
        return;
      }
    }
  };
  await Promise.all(Array.from({ length: inOrder ? 1 : CONCURRENCY }, worker));
}

async function send(item) {
  const attempts = item.attempts + 1;
  await store.put(QUEUE, { ...item, state: State.SENDING });
  changed();
  let next;
  try {
    for (const hash of item.body.inspections.flatMap((inspection) => inspection.photoHashes)) {
      const photo = await store.get(PHOTOS, hash);
      if (photo) {
        await uploadPhoto(hash, photo.blob);
      }
    }
    const written = await write('POST', '/api/v1/patrols', item.body);
    next = outcome({ status: 201, body: written }, attempts);
  } catch (error) {
    next =
      error instanceof ApiError
        ? outcome(error.status === 0 ? { networkError: true } : { status: error.status, body: error }, attempts)
        : outcome({ status: 500, body: { code: 'APP_ERROR', message: String(error?.message ?? error) } }, attempts);
  }
  const saved = {
    ...item,
    attempts,
    state: next.state,
    code: next.code ?? null,
    message: next.message ?? null,
    nextAttemptAt: next.retryInMs ? Date.now() + next.retryInMs : 0,
    txId: next.txId ?? null,
    blockNumber: next.blockNumber ?? null,
    syncedAt: next.state === State.SYNCED ? new Date().toISOString() : null,
  };
  await store.put(QUEUE, saved);
  if (saved.state === State.SYNCED) {
    await removePhotos(saved);
  }
  changed();
  return saved.state;
}

async function removePhotos(item) {
  const stillNeeded = new Set(
    (await store.all(QUEUE))
      .filter((other) => other.id !== item.id && pending(other.state))
      .flatMap((other) => other.body.inspections.flatMap((inspection) => inspection.photoHashes)),
  );
  for (const hash of item.body.inspections.flatMap((inspection) => inspection.photoHashes)) {
    if (!stillNeeded.has(hash)) {
      await store.delete(PHOTOS, hash);
    }
  }
}
