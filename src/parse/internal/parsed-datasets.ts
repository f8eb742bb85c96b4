import type { Dataset } from "../../model/types.js";

// The datasets this copy of the parser returned. A base is trusted only when it is
// one of them: it was checked whole and frozen, so it is still valid. Anything else
// (a hand-built object, a spread or structured copy, a Proxy of a parsed dataset)
// could hold anything, and is refused. A WeakSet cannot be forged from outside and
// lets each dataset be collected; it is made on first use (no work at import).
let parsed: WeakSet<object> | undefined;

/** Records that the parser returned `dataset`. @internal */
export function markParsed(dataset: Dataset): Dataset {
  (parsed ??= new WeakSet()).add(dataset);
  return dataset;
}

/** Whether `value` is a dataset that this copy of the parser returned. @internal */
export function isParsed(value: unknown): value is Dataset {
  return typeof value === "object" && value !== null && parsed !== undefined && parsed.has(value);
}
