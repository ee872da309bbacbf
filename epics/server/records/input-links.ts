/**
 * Input links between records, written as in an EPICS database: a PV name (with or without the
 * database prefix, `.FIELD` optional) and at most one modifier after a space. `CP` (the default
 * here) follows the target's monitors; `NPP` reads the target's current value whenever the record
 * processes and never subscribes, so it may even read the record's own VAL (a first-order lag).
 */

export const LinkMode = {
  /** Subscribe: the record processes when the target posts a value or alarm change. */
  Monitor: 'CP',
  /** No subscription: the target is read when the record processes (periodic scan, a put). */
  Read: 'NPP',
} as const;
export type LinkMode = (typeof LinkMode)[keyof typeof LinkMode];

const MODES: readonly string[] = Object.values(LinkMode);

export interface ParsedLink {
  /** The PV name without its modifier. */
  readonly pv: string;
  readonly mode: LinkMode;
}

/**
 * `'temp'`, `'temp CP'` and `'temp.VAL NPP'`; an unknown modifier, or more than one, returns why.
 * A PV name cannot hold whitespace, so whatever follows the first space is a modifier.
 */
export function parseLink(text: string): ParsedLink | { readonly problem: string } {
  const [pv = '', ...modifiers] = text.trim().split(/\s+/);
  if (pv === '') return { problem: 'must name a PV' };
  if (modifiers.length > 1) return { problem: `'${text}' has ${modifiers.length} modifiers, at most one of ${MODES.join(', ')} is supported` };
  const modifier = modifiers[0];
  if (modifier === undefined) return { pv, mode: LinkMode.Monitor };
  if (!MODES.includes(modifier)) return { problem: `'${text}': unknown link modifier '${modifier}' (supported: ${MODES.join(', ')})` };
  return { pv, mode: modifier as LinkMode };
}

/** A link a record reads through, for the database to check before it links the records. */
export interface InputLink {
  /** Where the link is in the definition, e.g. `inputs.A`; problems are reported there. */
  readonly path: string;
  /** The target without its modifier, with or without the database prefix. */
  readonly pv: string;
  readonly mode: LinkMode;
  /** What reads the value, for messages: `a calc input`. */
  readonly role: string;
}

/** The record a field belongs to: its PV name up to the dot, which a record name cannot hold. */
export function recordOf(fieldName: string): string {
  const dot = fieldName.indexOf('.');
  return dot >= 0 ? fieldName.slice(0, dot) : fieldName;
}
