import { chooseClaims, type ClaimPolicy } from "../../internal/claims/choose-claims.js";
import { missingExchangeRate } from "../../internal/errors.js";
import type { Commitment } from "../../model/types.js";
import type { Lookups } from "../../internal/lookups.js";
import type { ExchangeRates, UnitTotal } from "../types.js";
import { checkedRate, checkExchangeRates, overflowed } from "./exchange-rates.js";
import { hasFigure, highOf, lowOf } from "./quantity-figures.js";

/** The running total of one unit (money in one currency) in the bucket being built: a `UnitTotal` whose high is NaN once open-ended. */
type Slot = { -readonly [K in keyof UnitTotal]-?: K extends "currency" ? string | undefined : UnitTotal[K] & {} };

/** Sums quantities per output unit for one bucket at a time. @internal */
export type UnitTotals = ReturnType<typeof unitTotals>;

/**
 * Sums quantities per output unit (money converted to `rates.base` when given) for one
 * bucket at a time: `add` a commitment's claims, read as `policy` says, or `put` a
 * figure already read into a `slot` (which lasts until `take`); `take` returns the
 * bucket's totals and clears them.
 * @internal
 */
export function unitTotals(lookups: Lookups, policy: ClaimPolicy, rates: ExchangeRates | undefined) {
  checkExchangeRates(rates);
  // The bucket's slots, by unit key (`unitKey`).
  const slots = new Map<string, Slot>();
  const table = typeof rates?.rates === "function" ? undefined : rates?.rates;

  /** The slot of a unit, in the currency money is totalled in. */
  const slot = (unit: string, currency: string | undefined): Slot => {
    // Parsed money always names its currency.
    const money = unit === "money" ? ((rates?.base ?? currency) as string) : undefined;
    const key = money === undefined ? unit : `${unit}:${money}`;
    let total = slots.get(key);
    // One shape for every slot (currency undefined but for money), so the code that sums stays monomorphic.
    if (total === undefined) slots.set(key, (total = { unit, currency: money, low: 0, high: 0, pledges: 0, quantified: 0, unquantified: 0 }));
    return total;
  };
  /** What one unit of `currency` is worth in the base currency (1 without rates). */
  const rate = (currency: string, date: string): number => {
    if (rates === undefined || currency === rates.base) return 1;
    // A table's rates were checked when it came in.
    if (table !== undefined) {
      if (Object.hasOwn(table, currency)) return table[currency] as number;
      throw missingExchangeRate(currency, `no exchange rate from ${currency} to ${rates.base}`);
    }
    const value: unknown = (rates.rates as (currency: string, date: string) => number | undefined)(currency, date);
    if (value === undefined) throw missingExchangeRate(currency, `no exchange rate from ${currency} to ${rates.base} for ${date}`);
    return checkedRate(value, currency, rates.base, date);
  };
  /**
   * Adds one pledge's figures (NaN high: open-ended) to a slot. A total past the
   * largest number is an error, never Infinity: JSON would write it as null.
   */
  const put = (target: Slot, low: number, high: number, figure: boolean): void => {
    target.pledges++;
    target.low += low;
    target.high += high;
    if (target.low === Infinity || target.high === Infinity || high === Infinity) overflowed(target.unit, target.currency);
    if (figure) target.quantified++;
    else target.unquantified++;
  };

  return {
    slot,
    rate,
    put,
    /** Adds a commitment's quantity: the claims the policy picks, one pledge per unit they are in. */
    add(claims: NonNullable<Commitment["quantity"]>["claims"]): void {
      // Per unit, the lowest low and the highest high of the claims in it (NaN, open-ended, wins).
      const parts = new Map<Slot, [low: number, high: number, figure: boolean]>();
      for (const { value } of chooseClaims(claims, lookups, policy).claims) {
        const target = slot(value.unit, value.currency);
        // Parsed money always carries its currency and date.
        const r = value.unit === "money" ? rate(value.currency as string, value.date as string) : 1;
        const part = parts.get(target) ?? [Infinity, -Infinity, false];
        parts.set(target, [Math.min(part[0], lowOf(value) * r), Math.max(part[1], highOf(value) * r), part[2] || hasFigure(value)]);
      }
      for (const [target, part] of parts) put(target, part[0], part[1], part[2]);
    },
    /** The totals of the bucket, sorted by unit; clears them for the next bucket. */
    take(): UnitTotal[] {
      // Keys are distinct: no two compare equal.
      const result = [...slots]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([, { unit, currency, low, high, pledges, quantified, unquantified }]): UnitTotal => {
          const figures = { low, high: Number.isNaN(high) ? null : high, pledges, quantified, unquantified };
          return currency === undefined ? { unit, ...figures } : { unit, currency, ...figures };
        });
      slots.clear();
      return result;
    },
  };
}
