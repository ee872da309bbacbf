/**
 * Asset documents (Resource, Datum, StreamResource, StreamDatum) that a file-writing device returns
 * with every read: parsed from the wire, then emitted by the run engine once per run each, Resources
 * before Datums, completed with what only the run engine knows (`run_start`, a StreamDatum's
 * `descriptor`), as Bluesky's RunBundler does.
 */
import { BrightlineError, ErrorCode, describeError } from '../../lib/errors.js';
import { AssetName, documentUid, type AssetDocument } from './documents.js';
import type { JsonObject } from './msg.js';

/** A device returned an asset document the run engine cannot pass on. */
export class InvalidAssetDocumentError extends BrightlineError {
  constructor(readonly device: string, readonly assetName: string, problem: string) {
    super(ErrorCode.Internal, `device '${device}' returned an invalid '${assetName}' asset document: ${problem}`);
  }
}

const ASSET_NAMES: ReadonlySet<string> = new Set(Object.values(AssetName));

/** Parses one wire AssetDocument ({name, json}); throws InvalidAssetDocumentError naming the device. */
export function parseAssetDocument(device: string, name: string, json: string): AssetDocument {
  if (!ASSET_NAMES.has(name)) throw new InvalidAssetDocumentError(device, name, `unknown kind (expected one of ${[...ASSET_NAMES].join(', ')})`);
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (error) {
    throw new InvalidAssetDocumentError(device, name, `not JSON (${describeError(error)})`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new InvalidAssetDocumentError(device, name, 'not a JSON object');
  const body = doc as JsonObject;
  const idField = name === AssetName.Datum ? 'datum_id' : 'uid';
  const id = body[idField];
  if (typeof id !== 'string' || id === '') throw new InvalidAssetDocumentError(device, name, `no '${idField}'`);
  return name === AssetName.Datum
    ? { name, doc: { ...body, datum_id: id } }
    : { name: name as Exclude<AssetName, 'datum'>, doc: { ...body, uid: id } };
}

/** Resources first: a Datum must never reach a consumer before the Resource it names. */
const ORDER: Readonly<Record<AssetName, number>> = { resource: 0, stream_resource: 0, datum: 1, stream_datum: 1 };

/** The asset documents of one run: which have been emitted, and how to complete the new ones. */
export class RunAssets {
  private readonly emitted = new Set<string>();

  constructor(private readonly runStart: string) {}

  /**
   * Of `assets` (as read, for an Event of `descriptor`), those not yet emitted in this run, ordered
   * Resources before Datums and completed; they count as emitted from now on. A device repeats its
   * Resource on every read and its Datum until the next frame, so most reads add little or nothing.
   */
  take(assets: readonly AssetDocument[], descriptor: string): AssetDocument[] {
    const fresh: AssetDocument[] = [];
    for (const asset of [...assets].sort((a, b) => ORDER[a.name] - ORDER[b.name])) {
      const key = `${asset.name}:${documentUid(asset.doc)}`;
      if (this.emitted.has(key)) continue;
      this.emitted.add(key);
      fresh.push(this.complete(asset, descriptor));
    }
    return fresh;
  }

  private complete(asset: AssetDocument, descriptor: string): AssetDocument {
    switch (asset.name) {
      case AssetName.Resource:
      case AssetName.StreamResource:
        return asset.doc['run_start'] ? asset : { name: asset.name, doc: { ...asset.doc, run_start: this.runStart } };
      case AssetName.StreamDatum:
        return asset.doc['descriptor'] ? asset : { name: asset.name, doc: { ...asset.doc, descriptor } };
      case AssetName.Datum:
        return asset;
    }
  }
}
