import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CATEGORIES, serviceCode } from '../src/resident.js';

test('each category is the gateway Open311 service of that fault', () => {
  assert.deepEqual(CATEGORIES.map(serviceCode), [
    'fitness-structural',
    'fitness-mechanical',
    'fitness-surface',
    'fitness-signage',
    'fitness-missing-part',
    'fitness-other',
  ]);
});
