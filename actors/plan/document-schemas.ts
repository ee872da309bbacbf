/**
 * Validates documents against the event-model JSON schemas (../shared/schemas/event-model/), which
 * are JSON Schema 2020-12 (`$defs`, `unevaluatedProperties`), hence ajv's 2020 build.
 */
import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import * as ajvFormats from 'ajv-formats';
import { BrightlineError, ErrorCode } from '../../lib/errors.js';

/** Document name (as in the envelope) to schema file. */
const SCHEMA_FILES: Readonly<Record<string, string>> = {
  start: 'run_start.json',
  stop: 'run_stop.json',
  descriptor: 'event_descriptor.json',
  event: 'event.json',
  event_page: 'event_page.json',
  resource: 'resource.json',
  datum: 'datum.json',
  datum_page: 'datum_page.json',
  stream_resource: 'stream_resource.json',
  stream_datum: 'stream_datum.json',
};

export class InvalidDocumentError extends BrightlineError {
  constructor(readonly documentName: string, readonly problems: readonly string[]) {
    super(ErrorCode.Internal, `invalid event-model '${documentName}' document: ${problems.join('; ')}`);
  }
}

/** Throws InvalidDocumentError naming the document kind and every schema violation. */
export type DocumentValidator = (name: string, doc: object) => void;

/** Loads the schemas in `dir` (a path or file URL ending in '/') and returns a validator. */
export async function loadEventModelValidator(dir: string | URL): Promise<DocumentValidator> {
  const base = typeof dir === 'string' ? new URL(`file://${dir.endsWith('/') ? dir : `${dir}/`}`) : dir;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajvFormats.default.default(ajv);
  const validators = new Map<string, ValidateFunction>();
  for (const [name, file] of Object.entries(SCHEMA_FILES)) {
    const schema = JSON.parse(await readFile(new URL(file, base), 'utf8')) as object;
    validators.set(name, ajv.compile(schema));
  }
  return (name, doc) => {
    const validate = validators.get(name);
    if (!validate) throw new InvalidDocumentError(name, [`no event-model schema for document kind '${name}'`]);
    if (!validate(doc)) throw new InvalidDocumentError(name, (validate.errors ?? []).map(formatError));
  };
}

function formatError(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(document)' : error.instancePath;
  const extra = error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties' ? ` ${JSON.stringify(error.params)}` : '';
  return `${where} ${error.message ?? error.keyword}${extra}`;
}
