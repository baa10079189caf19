// A resident's reports, without sign-in: the photo goes to the evidence store and the report to
// the gateway's Open311 interface through the patrol app, which files it under the field app's key.
// A report made offline (or when the app cannot be reached) waits on the phone, photo and all, and
// is sent once there is signal; sending it again is safe, as the ledger answers a report of a fault
// already awaiting a check with that report. The ids of the phone's reports are kept so that the
// resident can follow them.
import { ApiError } from './api.js';
import { RESIDENT_REPORTS, store } from './store.js';

const MINE = 'fitledger.myReports';
const SERVICES = ['STRUCTURAL', 'MECHANICAL', 'SURFACE', 'SIGNAGE', 'MISSING_PART', 'OTHER'];

/** The fault categories a resident chooses from, in the order shown. */
export const CATEGORIES = Object.freeze(SERVICES);

/** The Open311 service code of a category: MISSING_PART is fitness-missing-part. */
export function serviceCode(category) {
  return `fitness-${category.toLowerCase().replace('_', '-')}`;
}

/** The ids of the reports filed from this phone, newest first. */
export function myReports() {
  try {
    const ids = JSON.parse(localStorage.getItem(MINE) ?? '[]');
    return Array.isArray(ids) ? ids.filter((id) => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function remember(id) {
  localStorage.setItem(MINE, JSON.stringify([id, ...myReports().filter((known) => known !== id)].slice(0, 50)));
}

function headersFor(json, blob) {
  if (json !== undefined) {
    return { 'Content-Type': 'application/json', Accept: 'application/json' };
  }
  if (blob !== undefined) {
    return { 'Content-Type': blob.type || 'image/jpeg', Accept: 'application/json' };
  }
  return { Accept: 'application/json' };
}

async function send(method, path, { json, blob } = {}) {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: headersFor(json, blob),
      body: json !== undefined ? JSON.stringify(json) : blob,
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'No connection.');
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    throw new ApiError(response.status, body?.code ?? `HTTP_${response.status}`, body?.message ?? response.statusText);
  }
  return body;
}

async function deliver(report) {
  if (report.photo) {
    await send('PUT', `/resident/evidence/${report.photo.hash}`, { blob: report.photo.blob });
  }
  const filed = await send('POST', '/resident/reports', {
    json: { ...report.body, photo: report.photo?.hash ?? null },
  });
  remember(filed.id);
  return filed;
}

/**
 * Files a report ({equipmentId, category, description, danger, contact}) with an optional photo
 * ({hash, blob}): {id, notice} once filed, or {queued: true} when it waits on the phone for signal.
 * A refusal (bad input, too many reports) is thrown and nothing is kept.
 */
export async function fileReport({ equipmentId, category, description, danger, contact }, photo) {
  const report = {
    localId: `${Date.now()}-${Math.random().toString(36).slice(2)}`,
    body: { equipmentId, serviceCode: serviceCode(category), description, danger, contact },
    photo: photo ?? null,
  };
  if (navigator.onLine) {
    try {
      return await deliver(report);
    } catch (error) {
      if (error.status !== 0 && error.status < 500) {
        throw error;
      }
    }
  }
  await store.put(RESIDENT_REPORTS, report);
  return { queued: true };
}

/** Sends the reports waiting on the phone; answers how many were filed. */
export async function sendWaiting() {
  let filed = 0;
  for (const report of await store.all(RESIDENT_REPORTS)) {
    try {
      await deliver(report);
      filed++;
    } catch (error) {
      if (error.status === 0 || error.status >= 500 || error.status === 429) {
        break;
      }
      // refused for good: the page said why when it was made; keeping it would retry forever
    }
    await store.delete(RESIDENT_REPORTS, report.localId);
  }
  return filed;
}

/** The active machines within 1 km of a position, nearest first: {id, type, site, distanceMeters}. */
export function machinesNear({ latitude, longitude }) {
  return send('GET', `/public/v1/machines?lat=${latitude.toFixed(6)}&long=${longitude.toFixed(6)}`);
}

/** How many reports wait on the phone. */
export async function waitingCount() {
  return (await store.all(RESIDENT_REPORTS)).length;
}

/** The status of a report: {id, status, notes, serviceCode, equipmentId, updated, expected}. */
export function reportStatus(id) {
  return send('GET', `/resident/reports/${encodeURIComponent(id)}`);
}
