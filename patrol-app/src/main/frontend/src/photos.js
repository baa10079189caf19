// Photos as evidence: resized on the phone and re-encoded as JPEG, which leaves every EXIF tag
// (the GPS position among them) behind; their SHA-256 is what the ledger records, and the same
// bytes go to the patrol app's evidence store under that hash.
import { ApiError, authorization } from './api.js';
import { sha256Hex } from './sha256.js';

export const MAX_PHOTOS = 6;
const MAX_EDGE = 1600;
const QUALITY = 0.82;

/** {hash, blob} of a photo ready for the ledger: at most 1600 px on its long edge, no metadata. */
export async function preparePhoto(file) {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  const scale = Math.min(1, MAX_EDGE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d').drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('encoding failed'))), 'image/jpeg', QUALITY),
  );
  const hash = await sha256Hex(new Uint8Array(await blob.arrayBuffer()));
  return { hash, blob };
}

/** Puts a photo into the evidence store unless it is there already. */
export async function uploadPhoto(hash, blob) {
  const auth = authorization();
  if (!auth) {
    throw new ApiError(401, 'UNAUTHENTICATED', 'Sign in again.');
  }
  const path = `/evidence/${hash}`;
  const headers = { Authorization: auth };
  let response;
  try {
    response = await fetch(path, { method: 'HEAD', headers, cache: 'no-store', credentials: 'omit' });
    if (response.ok) {
      return;
    }
    response = await fetch(path, {
      method: 'PUT',
      headers: { ...headers, 'Content-Type': blob.type || 'image/jpeg' },
      body: blob,
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'No connection.');
  }
  if (!response.ok) {
    let body = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    throw new ApiError(response.status, body?.code ?? `HTTP_${response.status}`, body?.message ?? response.statusText);
  }
}
