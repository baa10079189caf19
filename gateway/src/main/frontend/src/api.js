// The gateway's REST API as the signed-in supervisor: a bearer token from POST /api/v1/session,
// kept in sessionStorage so that it ends with the tab.

const STORAGE_KEY = 'fitledger.dashboard.session';
const PAGE_SIZE = 500;

/** A failed call: the HTTP status and the API's stable error code. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** A path with query parameters; empty values are left out. */
export function withQuery(path, params) {
  const url = new URL(path, 'http://gateway.invalid');
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') {
      url.searchParams.delete(name);
    } else {
      url.searchParams.set(name, String(value));
    }
  }
  return url.pathname + url.search;
}

/** The stored session, or null. */
export function storedSession() {
  try {
    return JSON.parse(sessionStorage.getItem(STORAGE_KEY));
  } catch {
    return null;
  }
}

export function signOut() {
  sessionStorage.removeItem(STORAGE_KEY);
}

/** Trades a name and password for a bearer token and keeps it. */
export async function signIn(username, password) {
  return beginSession(await postAnonymous('/api/v1/session', { username, password }));
}

/** Keeps the session an answer gave (a sign-in's, an enrolment's): its bearer token and person. */
export function beginSession(answer) {
  const session = {
    token: answer.accessToken ?? answer.token,
    username: answer.username,
    expiresAt: answer.expiresAt ?? null,
  };
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  return session;
}

/** POSTs JSON without a session (sign-in, enrolment) and answers the JSON, or throws ApiError. */
export async function postAnonymous(path, body) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = await bodyOf(response);
  if (!response.ok) {
    throw failure(response, answer);
  }
  return answer;
}

/** GETs JSON as the signed-in person. */
export async function getJson(path) {
  const response = await fetch(path, { headers: headers('application/json') });
  const body = await bodyOf(response);
  if (!response.ok) {
    throw failure(response, body);
  }
  return body;
}

/**
 * Every item of a paged list ({items, page, size, total}), page by page. A plain JSON array, as
 * older gateways answer, is returned as it is.
 */
export async function getAll(path) {
  const items = [];
  for (let page = 0; ; page++) {
    const body = await getJson(withQuery(path, { page, size: PAGE_SIZE }));
    if (Array.isArray(body)) {
      return body;
    }
    items.push(...body.items);
    if (body.items.length === 0 || items.length >= body.total) {
      return items;
    }
  }
}

/** Downloads a report as CSV under the file name the gateway gives it. */
export async function downloadCsv(path, fallbackName) {
  const response = await fetch(path, { headers: headers('text/csv') });
  if (!response.ok) {
    throw failure(response, await bodyOf(response));
  }
  const disposition = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '');
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = disposition ? disposition[1] : fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function headers(accept) {
  const session = storedSession();
  const result = { Accept: accept };
  if (session?.token) {
    result.Authorization = `Bearer ${session.token}`;
  }
  return result;
}

async function bodyOf(response) {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return { message: text };
  }
}

function failure(response, body) {
  const code = body?.code ?? `HTTP_${response.status}`;
  const message = body?.message ?? response.statusText;
  return new ApiError(response.status, code, message);
}
