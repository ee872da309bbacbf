import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { InvalidAssetDocumentError, RunAssets, parseAssetDocument } from '../../actors/plan/asset-documents.js';
import type { AssetDocument } from '../../actors/plan/documents.js';

const resource = (uid: string, extra: Record<string, string> = {}): AssetDocument => ({
  name: 'resource',
  doc: { spec: 'NPY_SEQ', root: '/data', resource_path: 'cam', resource_kwargs: {}, uid, ...extra },
});
const datum = (resourceUid: string, index: number): AssetDocument => ({
  name: 'datum',
  doc: { datum_id: `${resourceUid}/${index}`, resource: resourceUid, datum_kwargs: { index } },
});
const ids = (assets: readonly AssetDocument[]): string[] =>
  assets.map((a) => `${a.name} ${String(a.name === 'datum' ? a.doc.datum_id : a.doc.uid)}`);

describe('asset documents', () => {
  it('parses wire asset documents and names the device and the problem of a bad one', () => {
    assert.deepEqual(parseAssetDocument('cam', 'datum', '{"datum_id":"r/0","resource":"r","datum_kwargs":{}}'), {
      name: 'datum', doc: { datum_id: 'r/0', resource: 'r', datum_kwargs: {} },
    });
    assert.equal(parseAssetDocument('cam', 'resource', JSON.stringify(resource('r').doc)).name, 'resource');
    const invalid = (name: string, json: string, problem: RegExp): void =>
      assert.throws(() => parseAssetDocument('cam', name, json), (error: unknown) =>
        error instanceof InvalidAssetDocumentError && /device 'cam'/.test(error.message) && problem.test(error.message));
    invalid('frame', '{}', /'frame'.*unknown kind/);
    invalid('resource', '{', /not JSON/);
    invalid('resource', '[1]', /not a JSON object/);
    invalid('resource', '{"spec":"NPY_SEQ"}', /no 'uid'/);
    invalid('datum', '{"uid":"x"}', /no 'datum_id'/);
  });

  it('emits each uid once per run, Resources first, with run_start filled in when missing', () => {
    const run = new RunAssets('run-1');
    const first = run.take([datum('r', 0), resource('r')], 'desc-1');
    assert.deepEqual(ids(first), ['resource r', 'datum r/0']);
    assert.equal(first[0]?.doc['run_start'], 'run-1');
    assert.equal(first[1]?.doc['run_start'], undefined, 'a Datum has no run_start');
    assert.deepEqual(ids(run.take([resource('r'), datum('r', 0)], 'desc-1')), [], 'the same frame read again adds nothing');
    assert.deepEqual(ids(run.take([resource('r'), datum('r', 1)], 'desc-1')), ['datum r/1']);
    assert.deepEqual(ids(run.take([resource('s'), datum('s', 0)], 'desc-1')), ['resource s', 'datum s/0'], 'a new Resource');
    assert.equal(run.take([resource('t', { run_start: 'elsewhere' })], 'desc-1')[0]?.doc['run_start'], 'elsewhere', 'kept when set');
  });

  it('starts afresh for each run, and gives a StreamDatum its descriptor', () => {
    const assets = [resource('r'), datum('r', 0)];
    new RunAssets('run-1').take(assets, 'desc-1');
    const second = new RunAssets('run-2').take(assets, 'desc-2');
    assert.deepEqual(ids(second), ['resource r', 'datum r/0']);
    assert.equal(second[0]?.doc['run_start'], 'run-2');
    assert.equal(assets[0]?.doc['run_start'], undefined, 'what the device returned is not modified');
    const streamed = new RunAssets('run-3').take(
      [
        { name: 'stream_datum', doc: { uid: 'sr/0', stream_resource: 'sr', seq_nums: { start: 1, stop: 2 }, indices: { start: 0, stop: 1 } } },
        { name: 'stream_resource', doc: { uid: 'sr', data_key: 'cam_image', mimetype: 'application/x-hdf5', uri: 'file:///d.h5', parameters: {} } },
      ],
      'desc-3',
    );
    assert.deepEqual(ids(streamed), ['stream_resource sr', 'stream_datum sr/0']);
    assert.equal(streamed[0]?.doc['run_start'], 'run-3');
    assert.equal(streamed[1]?.doc['descriptor'], 'desc-3');
  });
});
