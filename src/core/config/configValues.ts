/** Describing saved values in the messages of repaired settings, and telling plain objects apart. */

const MAX_SHOWN_STRING = 40;

export function describe(value: unknown, depth = 0): string {
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'boolean':
      return String(value);
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value}n`;
    case 'string': {
      const shown = value.length > MAX_SHOWN_STRING ? `${value.slice(0, MAX_SHOWN_STRING - 1)}…` : value;
      return JSON.stringify(shown);
    }
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      break;
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    if (value.length === 0) return 'an empty list';
    if (depth === 0 && value.length <= 3) {
      return `[${value.map((v) => describe(v, depth + 1)).join(', ')}]`;
    }
    return value.length === 1 ? 'a list of 1 item' : `a list of ${value.length} items`;
  }
  // "a Date", "a Map"…: anything but a plain object says what it is.
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  return tag === 'Object' ? 'an object' : `a ${tag}`;
}

/** Valid values are JSON: show them as JSON (`5`, `true`, `"none"`, `null`, `["before","info"]`). */
export function show(valid: unknown): string {
  return JSON.stringify(valid) ?? String(valid);
}

export function pathOf(...segments: string[]): string {
  return segments.map((s, i) => (/^[A-Za-z0-9_-]+$/.test(s) ? (i === 0 ? s : `.${s}`) : `[${describe(s)}]`)).join('');
}

export function isRecordObject(value: unknown): value is Record<string, unknown> {
  // Plain objects only (same or other realm): not lists, dates, maps. The tag alone decides:
  // null, undefined and every primitive have their own tag ("[object Null]", "[object String]"…).
  return Object.prototype.toString.call(value) === '[object Object]';
}
