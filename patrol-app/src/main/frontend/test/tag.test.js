import { test } from 'node:test';
import assert from 'node:assert/strict';
import { equipmentIdOf } from '../src/tag.js';

test('a bare id, trimmed', () => {
  assert.equal(equipmentIdOf(' EQ-0001 '), 'EQ-0001');
  assert.equal(equipmentIdOf('SH.PD:12_a'), 'SH.PD:12_a');
});

test('an id inside a link to the app', () => {
  assert.equal(equipmentIdOf('https://patrol.example.org/#/equipment/EQ-0042'), 'EQ-0042');
  assert.equal(equipmentIdOf('https://patrol.example.org/?equipment=EQ-7'), 'EQ-7');
});

test('anything else names no equipment', () => {
  for (const text of ['', '-EQ', 'EQ 1', 'a'.repeat(65), 'https://x.org/#/ticket/T-1', 'javascript:alert(1)', null]) {
    assert.equal(equipmentIdOf(text), null, String(text));
  }
});
