// What a sync attempt means for a queued record. Pure: the queue and the tests share it.
//
//   outcome({ status: 201, body })          → { state: 'synced', … }
//   outcome({ status: 409, body: { code: 'PATROL_ID_CONFLICT' } }) → { state: 'conflict', … }
//   outcome({ networkError: true })         → { state: 'queued', retryInMs: … }

/** The states a queued record can be in. Only 'synced' ends its journey; nothing is ever dropped. */
export const State = Object.freeze({
  QUEUED: 'queued',
  SENDING: 'sending',
  SYNCED: 'synced',
  SIGN_IN: 'sign-in',
  CONFLICT: 'conflict',
  REFUSED: 'refused',
});

// Codes after which the same request may succeed later: the ledger was busy or a concurrent
// transaction won an MVCC race. The patrol id makes the retry harmless.
const TRANSIENT_CODES = new Set([
  'COMMIT_FAILED',
  'ENDORSEMENT_FAILED',
  'LEDGER_UNAVAILABLE',
  'LEDGER_ERROR',
  'INDEX_UNAVAILABLE',
  'INTERNAL',
  'GATEWAY_UNAVAILABLE',
  'GATEWAY_TIMEOUT',
]);

const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 5 * 60_000;

/** Milliseconds to wait before attempt number {@code attempts} (1 = the first retry). */
export function retryDelay(attempts) {
  const exponent = Math.max(0, Math.min(attempts - 1, 16));
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** exponent);
}

/**
 * The state after one attempt.
 *
 * @param {{status?: number, body?: any, networkError?: boolean}} result what the attempt got
 * @param {number} attempts the attempts made so far, this one included
 */
export function outcome(result, attempts = 1) {
  if (result.networkError) {
    return retry('NETWORK_ERROR', 'No connection; the record waits in the queue.', attempts);
  }
  const status = result.status;
  const body = result.body ?? {};
  const code = body.code ?? `HTTP_${status}`;
  const message = body.message ?? '';
  if (status >= 200 && status < 300) {
    return {
      state: State.SYNCED,
      txId: body.txId ?? null,
      blockNumber: body.blockNumber ?? null,
    };
  }
  // Signed out, or a person who signs on their phone and has not enrolled this one: the record
  // waits until they sign in or enrol, and is then signed and sent.
  if (status === 401 || code === 'SIGNATURE_REQUIRED') {
    return { state: State.SIGN_IN, code, message };
  }
  if (code === 'PATROL_ID_CONFLICT') {
    return { state: State.CONFLICT, code, message };
  }
  if (status >= 500 || status === 408 || status === 429 || TRANSIENT_CODES.has(code)) {
    return retry(code, message, attempts);
  }
  return { state: State.REFUSED, code, message };
}

function retry(code, message, attempts) {
  return { state: State.QUEUED, code, message, retryInMs: retryDelay(attempts) };
}

/** Whether a record in this state still needs to reach the ledger. */
export function pending(state) {
  return state === State.QUEUED || state === State.SENDING || state === State.SIGN_IN;
}
