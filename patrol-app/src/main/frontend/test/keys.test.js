import assert from 'node:assert/strict';
import { test } from 'node:test';
import { proposedBy } from '../src/keys.js';

test('each write of the field app names the function it proposes and what the person entered', () => {
  const patrol = { id: 'p-1', inspections: [{ equipmentId: 'EQ-1', notes: 'ok' }] };
  assert.deepEqual(proposedBy('POST', '/api/v1/patrols', patrol), {
    function: 'recordPatrol',
    entered: [JSON.stringify(patrol)],
  });
  assert.deepEqual(proposedBy('POST', '/api/v1/tickets/T%2F1/make-safe', { note: 'taped off' }), {
    function: 'makeTicketSafe',
    entered: ['T/1', JSON.stringify({ note: 'taped off' })],
  });
  assert.equal(proposedBy('POST', '/api/v1/tickets/T-1/verification', { accepted: true }).function, 'verifyRepair');
  assert.equal(proposedBy('POST', '/api/v1/reports/R-1/triage', { decision: 'REJECT' }).function, 'triageReport');
});

test('a call that is no write of the field app proposes nothing, so the phone signs nothing for it', () => {
  assert.equal(proposedBy('GET', '/api/v1/patrols', undefined), null);
  assert.equal(proposedBy('POST', '/api/v1/equipment', {}), null);
  assert.equal(proposedBy('POST', '/api/v1/tickets/T-1/repair/extra', {}), null);
  assert.equal(proposedBy('PUT', '/api/v1/patrols', {}), null);
});
