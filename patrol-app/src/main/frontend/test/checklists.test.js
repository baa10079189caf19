import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anyFailed, checklistFor } from '../src/checklists.js';

test('every piece gets the common items', () => {
  assert.deepEqual(checklistFor(''), ['anchoring', 'fasteners', 'structure', 'edges', 'surface', 'signage']);
});

test('bars add grips, machines add moving parts, seated machines add the seat', () => {
  assert.ok(checklistFor('pull-up bar').includes('grips'));
  assert.ok(checklistFor('PULL_UP_BAR').includes('grips'));
  const walker = checklistFor('AIR_WALKER');
  assert.ok(walker.includes('bearings') && walker.includes('stops') && !walker.includes('seat'));
  const press = checklistFor('seated chest press');
  assert.ok(press.includes('seat') && press.includes('bearings'));
  assert.equal(new Set(press).size, press.length);
});

test('a single failed item makes a defect', () => {
  assert.equal(anyFailed({ anchoring: 'PASS', edges: 'NA' }), false);
  assert.equal(anyFailed({ anchoring: 'PASS', edges: 'FAIL' }), true);
});
