// The phone's own storage (IndexedDB): the queue of records waiting for the ledger, their photos,
// the last answers of the lists shown offline, and the keys enrolled on this phone.
//
//   await store.put('queue', item);   await store.all('queue');   await store.get('photos', hash);

const DB_NAME = 'fitledger';
// 1: the three stores. 2: a synced record's transaction is `txId`, as in the API (was `transactionId`).
// 3: residents' reports waiting for a connection. 4: the keys enrolled on this phone.
const VERSION = 4;
export const QUEUE = 'queue';
export const RESIDENT_REPORTS = 'residentReports';
export const PHOTOS = 'photos';
export const ANSWERS = 'answers';
export const KEYS = 'keys';

let opening = null;

/** A queue item stored by version 1 as version 2 stores it. */
export function queueItemV2({ transactionId, ...item }) {
  return transactionId === undefined ? item : { ...item, txId: item.txId ?? transactionId };
}

function open() {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, VERSION);
    request.onupgradeneeded = (event) => {
      const db = request.result;
      if (event.oldVersion < 1) {
        db.createObjectStore(QUEUE, { keyPath: 'id' });
        db.createObjectStore(PHOTOS, { keyPath: 'hash' });
        db.createObjectStore(ANSWERS, { keyPath: 'key' });
      }
      if (event.oldVersion < 3) {
        db.createObjectStore(RESIDENT_REPORTS, { keyPath: 'localId' });
      }
      if (event.oldVersion < 4) {
        db.createObjectStore(KEYS, { keyPath: 'username' });
      }
      if (event.oldVersion < 2) {
        request.transaction.objectStore(QUEUE).openCursor().onsuccess = (opened) => {
          const cursor = opened.target.result;
          if (cursor) {
            cursor.update(queueItemV2(cursor.value));
            cursor.continue();
          }
        };
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return opening;
}

async function run(storeName, mode, work) {
  const db = await open();
  const transaction = db.transaction(storeName, mode);
  const result = work(transaction.objectStore(storeName));
  await new Promise((resolve, reject) => {
    transaction.oncomplete = resolve;
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error ?? new Error('aborted'));
  });
  return result instanceof IDBRequest ? result.result : result;
}

export const store = {
  get: (name, key) => run(name, 'readonly', (s) => s.get(key)),
  all: (name) => run(name, 'readonly', (s) => s.getAll()),
  put: (name, value) => run(name, 'readwrite', (s) => s.put(value)),
  delete: (name, key) => run(name, 'readwrite', (s) => s.delete(key)),
  /** Puts several records of several stores in one transaction: all or nothing. */
  async putAll(records) {
    const db = await open();
    const names = [...new Set(records.map((r) => r.store))];
    const transaction = db.transaction(names, 'readwrite');
    for (const record of records) {
      transaction.objectStore(record.store).put(record.value);
    }
    await new Promise((resolve, reject) => {
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error ?? new Error('aborted'));
    });
  },
};
