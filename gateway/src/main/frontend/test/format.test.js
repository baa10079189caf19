import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cellText, columnsOf, districtTree, normalized, percent, signerOf } from '../src/format.js';

const TX = 'a'.repeat(64);

test('the signer is the API own when it gives one', () => {
  assert.deepEqual(signerOf({ signer: { name: 'inspector1', msp: 'PatrolMSP' } }), { name: 'inspector1', msp: 'PatrolMSP' });
});

test('a ticket was signed by whoever took the step its txId wrote', () => {
  const ticket = {
    txId: TX,
    openedBy: 'inspector1',
    steps: [
      { action: 'OPEN', by: 'inspector1', byMsp: 'PatrolMSP', txId: 'b'.repeat(64) },
      { action: 'ACKNOWLEDGE', by: 'contractor1', byMsp: 'ContractorMSP', txId: TX },
    ],
  };
  assert.deepEqual(signerOf(ticket), { name: 'contractor1', msp: 'ContractorMSP' });
});

test('a record without any signer reads as a dash', () => {
  assert.equal(signerOf({ txId: TX }), null);
  assert.equal(cellText('signer', null), '–');
});

test('every list shows txId, block and signer last, after the fields its records carry', () => {
  const columns = columnsOf([{ ticketId: 'T-1', step: 'repair', onTime: false, txId: TX, blockNumber: 7, nested: {} }]);
  assert.deepEqual(columns, ['ticketId', 'step', 'onTime', 'txId', 'blockNumber', 'signer']);
});

test('an overdue ticket shows the deadline of its overdue step', () => {
  const record = normalized({ id: 'T-1', overdueStep: 'repair', deadlines: { acknowledge: 'x', repair: '2026-11-30T00:00:00Z' } });
  assert.equal(record.deadline, '2026-11-30T00:00:00Z');
});

test('figures read as people write them', () => {
  assert.equal(percent(0.9), '90%');
  assert.equal(percent(null), '–');
  assert.equal(cellText('onTime', false), 'late');
  assert.equal(cellText('signer', { name: 'supervisor1', msp: 'AuthorityMSP' }), 'supervisor1 (AuthorityMSP)');
  assert.equal(cellText('blockNumber', 0), '0');
});

test('the district choices are the person own districts and every level below that holds equipment', () => {
  const tree = districtTree(['SH/PD'], ['SH/PD/ZJ/C01', 'SH/PD/ZJ/C02', 'SH/PD/LJ/C01', 'SH/XH/A/B']);
  assert.deepEqual(tree, ['SH/PD', 'SH/PD/LJ', 'SH/PD/LJ/C01', 'SH/PD/ZJ', 'SH/PD/ZJ/C01', 'SH/PD/ZJ/C02']);
});

test('a record shows the steps the API allows its reader, or a dash when there are none', () => {
  assert.equal(normalized({ id: 'T-1', allowedActions: ['REASSIGN', 'CONFIRM_REPAIR'] }).yourSteps, 'reassign, confirm repair');
  assert.equal(normalized({ id: 'T-1', allowedActions: [] }).yourSteps, '–');
  assert.equal(normalized({ id: 'T-1' }).yourSteps, undefined);
  assert.deepEqual(columnsOf([normalized({ id: 'T-1', state: 'OPEN', allowedActions: ['CANCEL'], txId: TX })]).slice(0, 3), ['id', 'state', 'yourSteps']);
});
