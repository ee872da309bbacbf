import type { brightline } from '../gen/proto.js';

type WireValue = brightline.v1.Value.$Properties;

/** The JavaScript side of a protobuf `Value`. */
export type PlainValue = number | string | boolean | PlainValue[];

export function toWireValue(value: PlainValue): WireValue {
  if (typeof value === 'number') return { number: value };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'boolean') return { flag: value };
  return { list: { items: value.map(toWireValue) } };
}

/** Returns undefined for an empty `Value`, so callers decide whether absence is an error. */
export function fromWireValue(value: WireValue | null | undefined): PlainValue | undefined {
  if (!value) return undefined;
  if (value.number !== undefined && value.number !== null) return value.number;
  if (value.text !== undefined && value.text !== null) return value.text;
  if (value.flag !== undefined && value.flag !== null) return value.flag;
  if (value.list) {
    const items: PlainValue[] = [];
    for (const item of value.list.items ?? []) {
      const plain = fromWireValue(item);
      if (plain !== undefined) items.push(plain);
    }
    return items;
  }
  return undefined;
}

export function toWireMap(values: Readonly<Record<string, PlainValue>>): Record<string, WireValue> {
  const out: Record<string, WireValue> = {};
  for (const [key, value] of Object.entries(values)) out[key] = toWireValue(value);
  return out;
}

export function fromWireMap(values: Readonly<Record<string, WireValue>> | null | undefined): Record<string, PlainValue> {
  const out: Record<string, PlainValue> = {};
  for (const [key, value] of Object.entries(values ?? {})) {
    const plain = fromWireValue(value);
    if (plain !== undefined) out[key] = plain;
  }
  return out;
}
