// Positions: distances for "nearest first" and how a fix is shown.

const EARTH_RADIUS_M = 6_371_008.8;
const rad = (degrees) => (degrees * Math.PI) / 180;

/** Great-circle distance in metres between two {latitude, longitude}. */
export function distanceMeters(a, b) {
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** "850 m" or "2.4 km". */
export function formatDistance(meters) {
  if (meters < 1000) {
    return `${Math.round(meters)} m`;
  }
  return `${(meters / 1000).toFixed(meters < 10_000 ? 1 : 0)} km`;
}

/** The fix the ledger records, from a GeolocationPosition. */
export function fixOf(position) {
  return {
    latitude: position.coords.latitude,
    longitude: position.coords.longitude,
    accuracyMeters: Math.round(position.coords.accuracy * 10) / 10,
  };
}

/** The phone's position, or a rejection with a stable code. */
export function locate(timeoutMs = 15_000) {
  if (!navigator.geolocation) {
    return Promise.reject(Object.assign(new Error('no geolocation'), { code: 'NO_LOCATION' }));
  }
  return new Promise((resolve, reject) => {
    navigator.geolocation.getCurrentPosition(
      (position) => resolve(fixOf(position)),
      (error) => reject(Object.assign(new Error(error.message), { code: 'NO_LOCATION' })),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 30_000 },
    );
  });
}
