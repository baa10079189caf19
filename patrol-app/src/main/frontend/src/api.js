// The gateway's API through the patrol app, as the signed-in person. The token lives in the tab's
// sessionStorage and ends with it; who the person is (name, role, districts) is remembered on the
// phone, so that the app can go on recording offline and send under that person's token later.
import { ANSWERS, store } from './store.js';

const TOKEN_KEY = 'fitledger.token';
const PROFILE_KEY = 'fitledger.profile';

/** A failed call: the HTTP status (0: no connection) and the API's stable error code. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** The token and when it expires, or null. */
export function token() {
  try {
    const stored = JSON.parse(sessionStorage.getItem(TOKEN_KEY));
    return stored && Date.parse(stored.expiresAt) > Date.now() ? stored : null;
  } catch {
    return null;
  }
}

/** The person last signed in on this phone ({username, role, districts, company}), or null. */
export function profile() {
  try {
    return JSON.parse(localStorage.getItem(PROFILE_KEY));
  } catch {
    return null;
  }
}

export async function signIn(username, password) {
  return beginSession(await call('POST', '/api/v1/session', { body: { username, password }, anonymous: true }));
}

/** Keeps an issued token ({accessToken, expiresAt | expiresIn}) and the person it names. */
export async function beginSession(issued) {
  const expiresAt = issued.expiresAt ?? new Date(Date.now() + issued.expiresIn * 1000).toISOString();
  sessionStorage.setItem(TOKEN_KEY, JSON.stringify({ value: issued.accessToken, expiresAt }));
  const me = await call('GET', '/api/v1/me');
  localStorage.setItem(PROFILE_KEY, JSON.stringify(me));
  return me;
}

/** Forgets the token; the profile stays so that queued records keep their owner. */
export function signOut() {
  sessionStorage.removeItem(TOKEN_KEY);
}

/** Forgets the person too (another person takes the phone). */
export function forgetPerson() {
  signOut();
  localStorage.removeItem(PROFILE_KEY);
}

export function authorization() {
  const current = token();
  return current ? `Bearer ${current.value}` : null;
}

/**
 * One JSON call. Rejects with ApiError: status 0 and NETWORK_ERROR when the patrol app cannot be
 * reached, status 401 UNAUTHENTICATED without a valid token. A call of the signing API (`signing`,
 * see keys.js) asks to sign on this phone and answers {status, body}, as a 202 asks for a
 * signature where another answer is the write's own.
 */
export async function call(method, path, { body, anonymous = false, signing = false } = {}) {
  const headers = { Accept: 'application/json' };
  if (signing) {
    headers['Fitledger-Signing'] = 'device';
  }
  if (!anonymous) {
    const auth = authorization();
    if (!auth && !navigator.onLine) {
      throw new ApiError(0, 'NETWORK_ERROR', 'No connection.');
    }
    if (!auth) {
      throw new ApiError(401, 'UNAUTHENTICATED', 'Sign in again.');
    }
    headers.Authorization = auth;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'No connection.');
  }
  const json = await jsonOf(response);
  if (!response.ok) {
    if (response.status === 401) {
      signOut();
    }
    throw new ApiError(response.status, json?.code ?? `HTTP_${response.status}`, json?.message ?? response.statusText);
  }
  return signing ? { status: response.status, body: json } : json;
}

async function jsonOf(response) {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

/**
 * A GET whose last answer is kept on the phone: offline, the kept answer is returned with the time
 * it was fetched ({body, fetchedAt, offline}).
 */
export async function cachedGet(path) {
  const key = `${profile()?.username}:${path}`;
  try {
    const body = await call('GET', path);
    const fetchedAt = new Date().toISOString();
    await store.put(ANSWERS, { key, body, fetchedAt });
    return { body, fetchedAt, offline: false };
  } catch (error) {
    if (error.status !== 0) {
      throw error;
    }
    const kept = await store.get(ANSWERS, key);
    if (!kept) {
      throw error;
    }
    return { body: kept.body, fetchedAt: kept.fetchedAt, offline: true };
  }
}

/** A path with query parameters; empty ones are left out. */
export function withQuery(path, params) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      query.set(name, String(value));
    }
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
