import type { PathSegment } from "../../parse/dataset-issue.js";

/** A key that an object of a JSON text holds twice. @internal */
export interface DuplicateKey {
  /** Where: the keys and indexes down to the second occurrence of the key, the key last. */
  readonly path: readonly PathSegment[];
  /** The offset in the text of the second occurrence's opening quote. */
  readonly offset: number;
}

type Frame =
  | { readonly kind: "object"; keys: string[] | Set<string>; key: string; expectKey: boolean }
  | { readonly kind: "array"; index: number };

// Objects of a dataset hold few keys: a list is faster to search than a set is to build.
const LIST_KEYS = 16;

/**
 * The first key held twice by one object of `text`, which must be valid JSON, or undefined.
 * `JSON.parse` keeps the last value of a repeated key without a word; the second value
 * may be an edit that the first one silently undoes, or the other way round. One pass
 * over the text, without recursion (a document may nest deeply). @internal
 */
export function findDuplicateKey(text: string): DuplicateKey | undefined {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 /* " */) {
      const end = closingQuote(text, i);
      const top = stack[stack.length - 1];
      if (top?.kind === "object" && top.expectKey) {
        const raw = text.slice(i + 1, end);
        // A key with an escape ("\u0069d") is the same key as the one written plainly ("id").
        const key = raw.includes("\\") ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        top.expectKey = false;
        top.key = key;
        if (seenBefore(top, key)) return { path: stack.map((frame) => (frame.kind === "object" ? frame.key : frame.index)), offset: i };
      }
      i = end;
    } else if (code === 0x7b /* { */) {
      stack.push({ kind: "object", keys: [], key: "", expectKey: true });
    } else if (code === 0x5b /* [ */) {
      stack.push({ kind: "array", index: 0 });
    } else if (code === 0x7d /* } */ || code === 0x5d /* ] */) {
      stack.pop();
    } else if (code === 0x2c /* , */) {
      // A comma of valid JSON is inside an object or an array.
      const top = stack[stack.length - 1] as Frame;
      if (top.kind === "object") top.expectKey = true;
      else top.index++;
    }
  }
  return undefined;
}

/** The offset of the quote that closes the string opening at `start` (valid JSON has one). */
function closingQuote(text: string, start: number): number {
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c /* \ */) backslashes++;
    if (backslashes % 2 === 0) return quote;
    from = quote + 1;
  }
}

function seenBefore(frame: { keys: string[] | Set<string> }, key: string): boolean {
  const keys = frame.keys;
  if (keys instanceof Set) return keys.size === keys.add(key).size;
  if (keys.includes(key)) return true;
  keys.push(key);
  if (keys.length > LIST_KEYS) frame.keys = new Set(keys);
  return false;
}
