// RFC 8785 JSON Canonicalization Scheme: the one byte string a log leaf's record is hashed as.
import { InvalidInput } from '../domain/errors.js';

/** A JSON value. Object members whose value is `undefined` are left out, as if absent. */
export type JsonValue =
  null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue | undefined };

const MAX_DEPTH = 500;
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * The RFC 8785 canonical form of `value`: no whitespace, object members sorted by the UTF-16 code units of
 * their names (§3.2.3), numbers as ECMAScript serializes them (§3.2.2.3), strings with the minimal JSON
 * escapes (§3.2.2.2). Throws InvalidInput, naming the JSON path, for what I-JSON cannot hold: non-finite
 * numbers, strings with lone surrogates, anything but null/boolean/number/string/array/plain object, cycles,
 * and nesting deeper than 500.
 */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  write(value, '$', parts, new Set(), 0);
  return parts.join('');
}

/** canonicalJson(value) as UTF-8 bytes: the exact bytes of a log leaf. */
export function canonicalJsonBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(canonicalJson(value));
}

function write(value: unknown, path: string, out: string[], open: Set<object>, depth: number): void {
  if (value === null) {
    out.push('null');
    return;
  }
  switch (typeof value) {
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'number':
      // RFC 8785 §3.2.2.3: ECMAScript Number serialization; NaN and ±Infinity are not JSON.
      if (!Number.isFinite(value)) fail(path, `a finite number, found ${String(value)}`);
      out.push(JSON.stringify(value));
      return;
    case 'string':
      out.push(quote(value, path));
      return;
    case 'object':
      break;
    default:
      fail(path, `a JSON value, found ${typeof value}`);
  }
  const object = value;
  if (depth >= MAX_DEPTH) fail(path, `at most ${MAX_DEPTH} levels of nesting`);
  if (open.has(object)) fail(path, 'a tree of values, found a cycle');
  open.add(object);
  if (Array.isArray(object)) {
    out.push('[');
    object.forEach((item: unknown, i) => {
      if (i > 0) out.push(',');
      if (item === undefined) fail(`${path}[${i}]`, 'a JSON value, found undefined');
      write(item, `${path}[${i}]`, out, open, depth + 1);
    });
    out.push(']');
  } else {
    const proto: unknown = Object.getPrototypeOf(object);
    if (proto !== Object.prototype && proto !== null) {
      fail(path, `a plain object, found ${object.constructor.name}`);
    }
    const record = object as Record<string, unknown>;
    // RFC 8785 §3.2.3: sort member names by their UTF-16 code units (what Array.prototype.sort compares).
    const names = Object.keys(record)
      .filter((name) => record[name] !== undefined)
      .sort();
    out.push('{');
    names.forEach((name, i) => {
      if (i > 0) out.push(',');
      out.push(quote(name, `${path} (a member name)`), ':');
      write(record[name], `${path}.${name}`, out, open, depth + 1);
    });
    out.push('}');
  }
  open.delete(object);
}

function quote(text: string, path: string): string {
  // RFC 8785 §3.2.2.2 / I-JSON (RFC 7493 §2.1): strings MUST be valid Unicode.
  if (LONE_SURROGATE.test(text)) fail(path, 'a string of valid Unicode, found a lone surrogate');
  // JSON.stringify escapes exactly as RFC 8785 §3.2.2.2 asks: \b \t \n \f \r \" \\ and \u00xx (lowercase) below U+0020.
  return JSON.stringify(text);
}

function fail(path: string, expected: string): never {
  throw new InvalidInput(`canonical JSON: expected ${expected} at ${path}`);
}
