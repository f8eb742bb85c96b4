// The explorer's state (the facts set and the day) as a URL fragment and back, so that a
// reader can share "this scenario" and a reload restores it:
//
//   #as-of=2025-03-13&peace:agreement:UA=true&request:*:CH=false
//
// Keys are percent-encoded but for `:` and `*`, which read better as they are (a fact key
// always holds a colon, so none can be taken for `as-of`). A fragment is anyone's input:
// reading one keeps only the facts the dataset's conditions read, set to `true` or
// `false`, and a day within the dataset's span; anything else is left out.
import type { ExplorerSpan, ExplorerState } from "./engine.js";

const AS_OF = "as-of";
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The fragment (without `#`) of a state, its facts in the order of `order`. */
export function fragmentOf(state: ExplorerState, order: readonly string[]): string {
  const parts = state.asOf === undefined ? [] : [`${AS_OF}=${state.asOf}`];
  for (const key of order) {
    const value = state.facts[key];
    if (value !== undefined) parts.push(`${encodeKey(key)}=${String(value)}`);
  }
  return parts.join("&");
}

/**
 * The state a fragment holds, or undefined when it holds none (empty, or an anchor such as
 * `#sources`: nothing in it is the explorer's). `known` are the fact keys of the dataset.
 */
export function stateOfFragment(fragment: string, known: ReadonlySet<string>, span: ExplorerSpan | undefined): ExplorerState | undefined {
  const facts = new Map<string, unknown>();
  let asOf: string | undefined;
  let found = false;
  for (const part of fragment.replace(/^#/, "").split("&")) {
    const at = part.indexOf("=");
    const key = decoded(at < 0 ? part : part.slice(0, at));
    const value = at < 0 ? "" : part.slice(at + 1);
    if (key === AS_OF) asOf = value;
    else if (key === undefined || !known.has(key)) continue;
    else facts.set(key, value === "true" ? true : value === "false" ? false : undefined);
    found = true;
  }
  return found ? knownState(facts, asOf, known, span) : undefined;
}

/**
 * A state with only what the explorer can show: the facts of `known` set to a boolean,
 * and the day if it is a whole day within the span (else the span's last day).
 */
export function knownState(
  facts: ReadonlyMap<string, unknown>,
  asOf: string | undefined,
  known: ReadonlySet<string>,
  span: ExplorerSpan | undefined,
): ExplorerState {
  const kept: Record<string, boolean> = {};
  for (const [key, value] of facts) {
    // A fact key holds a colon, so it is never `__proto__`.
    if (known.has(key) && typeof value === "boolean") kept[key] = value;
  }
  const day = span !== undefined && asOf !== undefined && DAY.test(asOf) && asOf >= span.first && asOf <= span.last ? asOf : span?.last;
  return { facts: kept, asOf: day };
}

function encodeKey(key: string): string {
  return encodeURIComponent(key).replace(/%3A/g, ":");
}

function decoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
