// The low and high of a count, the one reading every total of counts is built on.
import type { Count } from "../model/types.js";

/** The figures a count allows: `high` null where it is open-ended, never Infinity. @internal */
export interface CountBounds {
  readonly low: number;
  readonly high: number | null;
}

/**
 * The least and the most a count can be: exact v is v..v; a range low..high; at least v
 * is v..open; at most v is 0..v; an approximate count reads its own bounds where it gives
 * them, else its figure, and without either it is 0..open: it stays in a total, never
 * as zero.
 * @internal
 */
export function countBounds(count: Count): CountBounds {
  switch (count.kind) {
    case "exact":
      return { low: count.value, high: count.value };
    case "range":
      return { low: count.low, high: count.high };
    case "at-least":
      return { low: count.value, high: null };
    case "at-most":
      return { low: 0, high: count.value };
    case "approximate":
      return { low: count.low ?? count.value ?? 0, high: count.high ?? count.value ?? null };
  }
}
