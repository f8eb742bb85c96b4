import * as z from "zod";
import { isCountryCode } from "../model/country-codes.js";
import { isCurrencyCode } from "../model/currency-codes.js";
import { LIMITS } from "../model/limits.js";
import { datePrecision } from "../model/partial-date.js";
import { STANCES } from "../model/stance.js";

/** A custom zod check whose issue carries one of the library's own codes. */
function checked<T extends z.ZodType>(schema: T, test: (value: z.output<T>) => boolean, code: string, message: string) {
  return schema.refine(test, { message, params: { code } });
}

/**
 * An id: 1 to 128 characters, letters, digits and `. _ : / + -`, starting with a letter
 * or digit. Unique among the records of its kind.
 *
 * @example
 * ```ts
 * import { IdSchema } from "coalition/schema";
 * IdSchema.safeParse("GB.head-of-government").success;
 * //=> true
 * IdSchema.safeParse("-starts-with-a-dash").success;
 * //=> false
 * ```
 *
 * @category Parsing
 */
export const IdSchema = z
  .string()
  .min(1)
  .max(LIMITS.idLength)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:/+-]*$/, {
    message: "an id starts with a letter or digit and holds only letters, digits and . _ : / + -",
  })
  .meta({ description: "An identifier, unique among the records of its kind." });

export const NameSchema = z.string().min(1).max(LIMITS.nameLength);
export const TextSchema = z.string().min(1).max(LIMITS.textLength);
/**
 * A web address: an `http:` or `https:` URL only. Other schemes (`javascript:`,
 * `data:`, `file:`) are refused, since reports turn addresses into links. The JSON
 * Schema says the same with a pattern.
 */
export const UrlSchema = z
  .url({ protocol: /^https?$/, error: "an address must be an http:// or https:// URL" })
  .max(LIMITS.urlLength)
  .meta({ pattern: "^[Hh][Tt][Tt][Pp][Ss]?://" });

/**
 * An officially assigned ISO 3166-1 alpha-2 country code (`GB`); codes that name no
 * country (`EU`, `UN`) are rejected with the issue code `invalid_country_code`.
 *
 * @example
 * ```ts
 * import { CountryCodeSchema } from "coalition/schema";
 * CountryCodeSchema.safeParse("UA").success;
 * //=> true
 * CountryCodeSchema.safeParse("EU").success;
 * //=> false
 * ```
 *
 * @category Parsing
 */
export const CountryCodeSchema = checked(z.string(), isCountryCode, "invalid_country_code", "not an ISO 3166-1 alpha-2 country code").meta({
  id: "CountryCode",
  description: "An ISO 3166-1 alpha-2 country code, e.g. GB.",
});

/**
 * An active ISO 4217 currency code (`EUR`); anything else is rejected with the issue
 * code `invalid_currency_code`.
 *
 * @example
 * ```ts
 * import { CurrencyCodeSchema } from "coalition/schema";
 * CurrencyCodeSchema.safeParse("GBP").success;
 * //=> true
 * CurrencyCodeSchema.safeParse("XYZ").success;
 * //=> false
 * ```
 *
 * @category Parsing
 */
export const CurrencyCodeSchema = checked(z.string(), isCurrencyCode, "invalid_currency_code", "not an active ISO 4217 currency code").meta({
  id: "CurrencyCode",
  description: "An active ISO 4217 currency code, e.g. EUR.",
});

/**
 * A real calendar date at day, month or year precision (`2025-03-13`, `2025-03`,
 * `2025`), kept as written; anything else is rejected with the issue code
 * `invalid_date`.
 *
 * @example
 * ```ts
 * import { PartialDateSchema } from "coalition/schema";
 * ["2025-03-13", "2025-03", "2025", "2025-02-30", "unknown"].map((date) => PartialDateSchema.safeParse(date).success);
 * //=> [true, true, true, false, false]
 * ```
 *
 * @category Parsing
 */
export const PartialDateSchema = checked(
  z.string(),
  (value) => {
    const precision = datePrecision(value);
    return precision !== undefined && precision !== "unknown";
  },
  "invalid_date",
  "not a real date as YYYY-MM-DD, YYYY-MM or YYYY",
).meta({ id: "PartialDate", description: "An ISO date at day, month or year precision: 2025-03-13, 2025-03 or 2025." });

/**
 * A {@link PartialDateSchema | partial date}, or `"unknown"` where the source gives none
 * (a record dated `"unknown"` counts as of its earliest source).
 *
 * @example
 * ```ts
 * import { DateOrUnknownSchema } from "coalition/schema";
 * ["2025-03", "unknown", "soon"].map((date) => DateOrUnknownSchema.safeParse(date).success);
 * //=> [true, true, false]
 * ```
 *
 * @category Parsing
 */
export const DateOrUnknownSchema = checked(
  z.string(),
  (value) => datePrecision(value) !== undefined,
  "invalid_date",
  'not a real date as YYYY-MM-DD, YYYY-MM or YYYY, nor "unknown"',
).meta({ id: "DateOrUnknown", description: 'An ISO date at day, month or year precision, or "unknown".' });

/**
 * One of the six stances, strongest first: `committed`, `ready`, `open`, `undecided`,
 * `opposed`, `refused`.
 *
 * @example
 * ```ts
 * import { StanceSchema } from "coalition/schema";
 * StanceSchema.options;
 * //=> ["committed", "ready", "open", "undecided", "opposed", "refused"]
 * StanceSchema.safeParse("maybe").success;
 * //=> false
 * ```
 *
 * @category Parsing
 */
export const StanceSchema = z.enum(STANCES);

/** Where each record comes from: one source at least. */
export const SourceRefsSchema = z.array(IdSchema).min(1).meta({ description: "Ids of the sources of the record." });

export const NoteSchema = TextSchema.meta({ description: "Why the record is as it is, where the source is vague." });
