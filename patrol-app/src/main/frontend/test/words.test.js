import assert from 'node:assert/strict';
import { test } from 'node:test';
import { messages } from '../src/messages.js';
import { inWords } from '../src/words.js';

const t = (key, params = {}) => messages.en[key].replace(/\{(\w+)\}/g, (_, name) => String(params[name]));

test('a patrol is put in words as the ledger will hold it', () => {
  const patrol = {
    id: 'p-1',
    inspections: [
      {
        equipmentId: 'EQ-1',
        level: 'ROUTINE',
        condition: 'DEFECT',
        notes: 'seen at dusk',
        photoHashes: ['ab'.repeat(32)],
        defect: { severity: 'MAJOR', category: 'MECHANICAL', description: 'loose bolt' },
      },
    ],
  };
  assert.equal(
    inWords(t, 'recordPatrol', [JSON.stringify(patrol)]),
    'EQ-1 · Routine · Defect (Major, Mechanical): “loose bolt” · “seen at dusk” · 1 photo(s)',
  );
});

test('ticket steps, verifications and triage say what they do to which record', () => {
  assert.equal(
    inWords(t, 'confirmRepair', ['T-1', JSON.stringify({ note: 'bolt replaced', photoHashes: ['cd'.repeat(32)] })]),
    'Confirm repair T-1 · “bolt replaced” · 1 photo(s)',
  );
  assert.equal(inWords(t, 'acknowledgeTicket', ['T-1', JSON.stringify({ note: '' })]), 'Acknowledge T-1');
  assert.equal(
    inWords(t, 'verifyRepair', ['T-1', JSON.stringify({ accepted: false, reason: 'still wobbles' })]),
    'Reject the repair of T-1 · “still wobbles”',
  );
  assert.equal(
    inWords(t, 'triageReport', ['R-1', JSON.stringify({ decision: 'CONFIRM', severity: 'MAJOR' })]),
    'Confirm report R-1 · Major',
  );
});
