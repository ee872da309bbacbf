import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EventTable } from '../../cli/event-table.js';

describe('live event table', () => {
  const table = new EventTable({
    uid: 'd1',
    data_keys: { m1: { precision: 2 }, det: { precision: 1 }, m1_setpoint: { precision: 2 } },
    hints: { m1: { fields: ['m1'] }, det: { fields: ['det'] } },
  });

  it('puts hinted fields first and keeps every row as wide as the header', () => {
    const [top, names, rule] = table.header();
    assert.match(names ?? '', /\| seq_num \|\s+time \|\s+m1 \|\s+det \| m1_setpoint \|/);
    assert.equal(top, rule);
    const row = table.row({ seq_num: 3, time: 1_700_000_000.25, data: { m1: -0.5, det: 1234.56, m1_setpoint: -0.5 } });
    assert.equal(row.length, (names ?? '').length);
    assert.match(row, /\|\s+3 \| \d\d:\d\d:\d\d\.250 \|\s+-0\.50 \|\s+1234\.6 \|\s+-0\.50 \|/);
  });

  it('shows a missing value as a dash rather than failing', () => {
    assert.match(table.row({ seq_num: 1, time: 0, data: { m1: 1 } }), /\|\s+- \|/);
  });
});
