import { test } from 'node:test';
import assert from 'node:assert/strict';
import { queueItemV2 } from '../src/store.js';

test('a synced item stored by version 1 keeps its transaction under the API name txId', () => {
  const stored = { id: 'p-1', state: 'SYNCED', transactionId: 'ab12', blockNumber: 7 };

  assert.deepEqual(queueItemV2(stored), { id: 'p-1', state: 'SYNCED', txId: 'ab12', blockNumber: 7 });
});

test('an item without a transaction is left as it was', () => {
  const waiting = { id: 'p-2', state: 'WAITING', attempts: 1 };

  assert.deepEqual(queueItemV2(waiting), waiting);
});
