package org.fitledger.patrolapp;

import com.microsoft.playwright.Page;

/**
 * The field app's IndexedDB on a test phone, reached as anyone holding the phone could: to meddle
 * with the queue of records waiting for a connection, as a tampering app or a thief would.
 */
final class PhoneStorage {
  /** Script helpers: {@code open()} the app's database, {@code get} and {@code put} in a store. */
  static final String OPEN =
      " const open = () => new Promise((ok, fail) => { const r = indexedDB.open('fitledger');"
          + " r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });"
          + " const done = (r) => new Promise((ok, fail) => { r.onsuccess = () => ok(r.result);"
          + " r.onerror = () => fail(r.error); });"
          + " const get = (db, s, k) => done(db.transaction(s).objectStore(s).get(k));"
          + " const put = (db, s, v) => done(db.transaction(s, 'readwrite').objectStore(s).put(v));"
          + " const remove = (db, s, k) =>"
          + "   done(db.transaction(s, 'readwrite').objectStore(s).delete(k));";

  private PhoneStorage() {}

  /** Deletes a queued record, as if it never was. */
  static void dropQueued(Page page, String id) {
    page.evaluate("async id => {" + OPEN + " await remove(await open(), 'queue', id); }", id);
  }

  /** Changes the notes of a queued record's inspection, leaving its capture as it was signed. */
  static void changeNotes(Page page, String id, String notes) {
    page.evaluate(
        "async ([id, notes]) => {"
            + OPEN
            + " const db = await open(); const item = await get(db, 'queue', id);"
            + " item.body.inspections[0].notes = notes; await put(db, 'queue', item); }",
        new Object[] {id, notes});
  }
}
