import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distanceMeters, formatDistance } from '../src/geo.js';

test('one thousandth of a degree of latitude is about 111 m', () => {
  const d = distanceMeters({ latitude: 31.23, longitude: 121.47 }, { latitude: 31.231, longitude: 121.47 });
  assert.ok(Math.abs(d - 111.2) < 0.5, String(d));
});

test('distance is symmetric and zero for one point', () => {
  const a = { latitude: 31.2, longitude: 121.5 };
  const b = { latitude: 30.9, longitude: 121.9 };
  assert.equal(distanceMeters(a, a), 0);
  assert.equal(distanceMeters(a, b), distanceMeters(b, a));
});

test('metres below a kilometre, then kilometres', () => {
  assert.equal(formatDistance(849.6), '850 m');
  assert.equal(formatDistance(2449), '2.4 km');
  assert.equal(formatDistance(12_600), '13 km');
});
