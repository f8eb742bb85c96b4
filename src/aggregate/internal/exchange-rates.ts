// Exchange rates come from the caller: each is checked before it multiplies anything,
// since a negative rate makes a negative total and one of 1e308 an infinite one, which
// JSON writes as null (the value an open-ended total has).
import { invalidArgument } from "../../internal/errors.js";
import { isCurrencyCode } from "../../model/currency-codes.js";
import type { ExchangeRates } from "../types.js";

/**
 * Checks `exchangeRates` as given: an object with an active ISO 4217 `base` and
 * `rates` that are a table of currency codes to positive finite numbers, or a function.
 * (A function's rates are checked as it returns them: see {@link checkedRate}.)
 *
 * @throws {CoalitionError} `invalid_argument` naming what is wrong.
 * @internal
 */
export function checkExchangeRates(rates: ExchangeRates | undefined): void {
  if (rates === undefined) return;
  if (typeof rates !== "object" || rates === null) {
    throw invalidArgument("exchangeRates", `exchangeRates must be an object with a base currency and rates, not ${shown(rates)}`);
  }
  const { base, rates: table } = rates;
  if (typeof base !== "string" || !isCurrencyCode(base)) {
    throw invalidArgument("exchangeRates", `exchangeRates.base must be an active ISO 4217 currency code such as "EUR", not ${shown(base)}`);
  }
  if (typeof table === "function") return;
  if (typeof table !== "object" || table === null) {
    throw invalidArgument("exchangeRates", `exchangeRates.rates must be a table of rates or a function, not ${shown(table)}`);
  }
  for (const currency of Object.keys(table)) {
    // Money in a code that is not an active currency never parses: a rate for it is a slip.
    if (!isCurrencyCode(currency)) {
      throw invalidArgument("exchangeRates", `exchangeRates.rates has a rate for ${shown(currency)}, which is not an active ISO 4217 currency code`);
    }
    checkedRate(table[currency], currency, base, undefined);
  }
}

/**
 * A rate, once it is known to be a positive finite number.
 *
 * @throws {CoalitionError} `invalid_argument` naming the currency (and the date, for a
 *   rate by date) and the rate given.
 * @internal
 */
export function checkedRate(value: unknown, currency: string, base: string, date: string | undefined): number {
  if (typeof value === "number" && value > 0 && value < Number.POSITIVE_INFINITY) return value;
  const which = date === undefined ? `from ${currency} to ${base}` : `from ${currency} to ${base} for ${date}`;
  throw invalidArgument("exchangeRates", `the exchange rate ${which} is ${shown(value)}: a rate must be a positive, finite number`);
}

/**
 * Throws when a running total has overflowed to Infinity: JSON would write it as null,
 * the value that means "open-ended".
 *
 * @throws {CoalitionError} `invalid_argument`.
 * @internal
 */
export function overflowed(unit: string, currency: string | undefined): never {
  const what = currency === undefined ? unit : `money in ${currency}`;
  // A parsed dataset's counts cannot get there (each figure is at most 10^15): rates can.
  const advice = currency === undefined ? "check the figures" : "check the exchange rates";
  throw invalidArgument("exchangeRates", `the total of ${what} is beyond the largest number a total can hold (about 1.8e308): ${advice}`);
}

/** A value in an error message: short, on one line, whatever it is. */
function shown(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value);
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
