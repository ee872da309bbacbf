import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadEventModelValidator, InvalidDocumentError } from '../../actors/plan/document-schemas.js';
import { composeRunStart, composeRunStop } from '../../actors/plan/documents.js';
import { EVENT_MODEL_SCHEMAS } from '../harness/event-model.js';

const SCHEMAS = EVENT_MODEL_SCHEMAS;

describe('event-model validator', () => {
  it('accepts composed documents and names the kind and problems of a bad one', async () => {
    const validate = await loadEventModelValidator(SCHEMAS);
    const start = composeRunStart({
      uid: 'r1', timeS: 1, scanId: 3, beamline: 'BL01', planItemUid: 'i1',
      planMetadata: { plan_name: 'count', uid: 'ignored' }, userMetadata: { sample: { name: 'Si' }, scan_id: 99 },
    });
    assert.equal(start.uid, 'r1');
    assert.equal(start.scan_id, 3);
    validate('start', start);
    validate('stop', composeRunStop({ uid: 's1', runStart: 'r1', timeS: 2, exitStatus: 'abort', reason: 'x', numEvents: {} }));
    assert.throws(
      () => validate('stop', { uid: 's1', run_start: 'r1', time: 2, exit_status: 'exploded' }),
      (error: unknown) => error instanceof InvalidDocumentError && /'stop'/.test(error.message) && /exit_status/.test(error.message),
    );
    assert.throws(() => validate('event', { uid: 'e', descriptor: 'd', seq_num: 1, time: 0, data: {}, timestamps: {}, extra: 1 }), /'event'.*extra/);
  });
});
