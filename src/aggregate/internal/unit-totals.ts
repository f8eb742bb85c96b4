import { chooseClaims, type ClaimPolicy } from "../../claims/choose-claims.js";
import { CoalitionError } from "../../errors/coalition-error.js";
import type { Commitment } from "../../model/types.js";
import type { Lookups } from "../../query/internal/lookups.js";
import type { ExchangeRates, UnitTotal } from "../types.js";
import { hasFigure, highOf, lowOf } from "./quantity-figures.js";

/** The running totals of one unit (money in one currency) in the bucket being built. */
interface Slot {
  readonly unit: string;
  readonly currency: string | undefined;
  readonly key: string;
  low: number;
  high: number;
  open: number;
  pledges: number;
  figures: number;
}

/** Sums quantities per output unit for one bucket at a time. @internal */
export type UnitTotals = ReturnType<typeof unitTotals>;

/**
 * Sums quantities per output unit (money converted to `rates.base` when given) for one
 * bucket at a time: `add` a commitment's claims, read as `policy` says, or `put` a
 * figure already read; `take` returns the bucket's totals and clears them.
 * @internal
 */
export function unitTotals(lookups: Lookups, policy: ClaimPolicy, rates: ExchangeRates | undefined) {
  const slots = new Map<string, Slot>();
  const used: Slot[] = [];
  const table = typeof rates?.rates === "function" ? undefined : rates?.rates;

  /** The slot of a unit, in the currency money is totalled in. */
  const slot = (unit: string, currency: string | undefined): Slot => {
    // Parsed money always names its currency.
    const target = unit === "money" ? ((rates?.base ?? currency) as string) : undefined;
    const key = target === undefined ? unit : `money:${target}`;
    let found = slots.get(key);
    if (found === undefined) {
      found = { unit, currency: target, key, low: 0, high: 0, open: 0, pledges: 0, figures: 0 };
      slots.set(key, found);
    }
    return found;
  };
  /** What one unit of `currency` is worth in the base currency (1 without rates). */
  const rate = (currency: string, date: string): number => {
    if (rates === undefined || currency === rates.base) return 1;
    const value =
      table === undefined
        ? (rates.rates as (currency: string, date: string) => number | undefined)(currency, date)
        : Object.hasOwn(table, currency)
          ? table[currency]
          : undefined;
    if (value === undefined || !Number.isFinite(value)) {
      throw new CoalitionError(
        "missing_exchange_rate",
        `no exchange rate from ${currency} to ${rates.base}${table === undefined ? ` for ${date}` : ""}`,
      );
    }
    return value;
  };
  /** Adds one pledge's figures (NaN high: open-ended) to a slot. */
  const put = (target: Slot, low: number, high: number, figure: boolean): void => {
    if (target.pledges === 0) used.push(target);
    target.low += low;
    if (high !== high) target.open++;
    else target.high += high;
    target.pledges++;
    if (figure) target.figures++;
  };

  return {
    slot,
    rate,
    put,
    /** Whether a rate depends on the date of the amount, so money must be read claim by claim. */
    datedRates: table === undefined && rates !== undefined,
    /** Adds a commitment's quantity: the claims the policy picks, one pledge per unit they are in. */
    add(claims: NonNullable<Commitment["quantity"]>["claims"]): void {
      const parts = new Map<Slot, [low: number, high: number, figure: boolean]>();
      for (const { value } of chooseClaims(claims, lookups, policy).claims) {
        const target = slot(value.unit, value.currency);
        // Parsed money always carries its currency and date.
        const r = value.unit === "money" ? rate(value.currency as string, value.date as string) : 1;
        const low = lowOf(value) * r;
        const high = highOf(value) * r;
        const part = parts.get(target);
        parts.set(
          target,
          part === undefined
            ? [low, high, hasFigure(value)]
            : [Math.min(part[0], low), Math.max(part[1], high), part[2] || hasFigure(value)],
        );
      }
      for (const [target, [low, high, figure]] of parts) put(target, low, high, figure);
    },
    /** The totals of the bucket, sorted by unit; clears them for the next bucket. */
    take(): UnitTotal[] {
      // Slots are distinct keys of a map: no two compare equal.
      used.sort((a, b) => (a.key < b.key ? -1 : 1));
      const result = used.map(({ unit, currency, low, high, open, pledges, figures }): UnitTotal => {
        const figuresOf = { low, high: open > 0 ? null : high, pledges, quantified: figures, unquantified: pledges - figures };
        return currency === undefined ? { unit, ...figuresOf } : { unit, currency, ...figuresOf };
      });
      for (const target of used) target.low = target.high = target.open = target.pledges = target.figures = 0;
      used.length = 0;
      return result;
    },
  };
}
