import { test } from 'node:test';
import assert from 'node:assert/strict';
import { State, outcome, pending, retryDelay } from '../src/outcome.js';

test('a written or replayed patrol is synced, with its transaction and block', () => {
  for (const status of [200, 201]) {
    const next = outcome({ status, body: { txId: 'tx1', blockNumber: 42 } });
    assert.deepEqual(next, { state: State.SYNCED, txId: 'tx1', blockNumber: 42 });
  }
});

test('no connection keeps the record queued, with a growing wait', () => {
  const first = outcome({ networkError: true }, 1);
  const third = outcome({ networkError: true }, 3);
  assert.equal(first.state, State.QUEUED);
  assert.equal(first.code, 'NETWORK_ERROR');
  assert.ok(third.retryInMs > first.retryInMs);
});

test('a busy or racing ledger is retried; the patrol id makes the retry harmless', () => {
  for (const [status, code] of [
    [409, 'COMMIT_FAILED'],
    [503, 'LEDGER_UNAVAILABLE'],
    [503, 'INDEX_UNAVAILABLE'],
    [502, 'ENDORSEMENT_FAILED'],
    [500, 'INTERNAL'],
    [429, 'HTTP_429'],
  ]) {
    assert.equal(outcome({ status, body: { code } }).state, State.QUEUED, code);
  }
});

test('an ended session waits for the person to sign in again', () => {
  const next = outcome({ status: 401, body: { code: 'UNAUTHENTICATED', message: 'expired' } });
  assert.equal(next.state, State.SIGN_IN);
  assert.ok(pending(next.state));
});

test('a reused patrol id with other content is a conflict, not a success', () => {
  const next = outcome({ status: 409, body: { code: 'PATROL_ID_CONFLICT', message: 'differs' } });
  assert.deepEqual(next, { state: State.CONFLICT, code: 'PATROL_ID_CONFLICT', message: 'differs' });
  assert.ok(!pending(next.state));
});

test('what the ledger refuses stays visible with its reason and is not retried', () => {
  for (const [status, code] of [
    [400, 'INVALID_INPUT'],
    [403, 'ACCESS_DENIED'],
    [404, 'EQUIPMENT_NOT_FOUND'],
    [409, 'EQUIPMENT_RETIRED'],
    [413, 'EVIDENCE_TOO_LARGE'],
  ]) {
    const next = outcome({ status, body: { code, message: 'why' } });
    assert.equal(next.state, State.REFUSED, code);
    assert.equal(next.code, code);
    assert.equal(next.message, 'why');
  }
});

test('retry delays double from 2 s up to 5 min', () => {
  assert.equal(retryDelay(1), 2000);
  assert.equal(retryDelay(2), 4000);
  assert.equal(retryDelay(50), 300000);
});

test('a record of a person who has not enrolled this phone waits for the enrolment, never refused', () => {
  const next = outcome({ status: 428, body: { code: 'SIGNATURE_REQUIRED', message: 'sign on your device' } });
  assert.equal(next.state, State.SIGN_IN);
  assert.equal(next.code, 'SIGNATURE_REQUIRED');
  assert.ok(pending(next.state));
});
