import * as z from "zod";
import { isCountryCode } from "../model/country-codes.js";
import { isCurrencyCode } from "../model/currency-codes.js";
import { LIMITS } from "../model/limits.js";
import { COLLECTION_NAMES, DatasetSchema } from "./dataset.js";
import { CountryCodeSchema, CurrencyCodeSchema, DateOrUnknownSchema, PartialDateSchema } from "./primitives.js";

/**
 * The JSON Schema (draft 2020-12) of a dataset document, generated from the same
 * zod schemas the parser uses, with the dates (a real calendar day), country and
 * currency codes and the lengths of lists (`LIMITS`) checked as the parser checks them. The package ships it as
 * `coalition/schema/dataset.schema.json` for editors; cross-record rules (references,
 * duplicate ids, intervals, phrases) and the nesting limit are checked by the parser only.
 *
 * @returns The JSON Schema as a plain object, a new one on each call.
 *
 * @example
 * ```ts
 * import { datasetJsonSchema } from "coalition/schema";
 * datasetJsonSchema().required;
 * //=> ["id", "title"]
 * ```
 *
 * @category Interchange
 */
export function datasetJsonSchema(): Record<string, unknown> {
  // The checks the parser runs in code (a real calendar day, an assigned code) are
  // stated here too, so that an editor refuses what the parser refuses.
  const codes = (length: number, valid: (code: string) => boolean) => allCodes(length).filter(valid);
  // The collections' arrays: their limit is LIMITS.collectionLength; every other list's, LIMITS.listLength.
  const collections = new Set<unknown>(COLLECTION_NAMES.map((name) => (DatasetSchema.shape[name] as z.ZodDefault).unwrap()));
  return z.toJSONSchema(DatasetSchema, {
    io: "input",
    target: "draft-2020-12",
    override: ({ zodSchema, jsonSchema }) => {
      if (jsonSchema.type === "array") jsonSchema.maxItems = collections.has(zodSchema) ? LIMITS.collectionLength : LIMITS.listLength;
      if (zodSchema === CountryCodeSchema) jsonSchema.enum = codes(2, isCountryCode);
      else if (zodSchema === CurrencyCodeSchema) jsonSchema.enum = codes(3, isCurrencyCode);
      else if (zodSchema === PartialDateSchema) jsonSchema.pattern = `^${CALENDAR_DATE}$`;
      else if (zodSchema === DateOrUnknownSchema) jsonSchema.pattern = `^(?:${CALENDAR_DATE}|unknown)$`;
    },
  }) as Record<string, unknown>;
}

/** A year 0000 to 9999 that is a leap year (every fourth, but not the centuries not divisible by 400). */
const LEAP_YEAR = "(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)";

/**
 * A real calendar date, as `datePrecision` accepts it: a year, a month of a year, or a
 * day that month has (the 29th of February in leap years only).
 */
const CALENDAR_DATE =
  "(?:\\d{4}(?:-(?:0[1-9]|1[0-2]))?" +
  "|\\d{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)" +
  `|${LEAP_YEAR}-02-29)`;

/** Every string of `length` capital letters A to Z, in order. */
function allCodes(length: number): string[] {
  let codes = [""];
  for (let i = 0; i < length; i++) codes = codes.flatMap((prefix) => Array.from({ length: 26 }, (_, letter) => prefix + String.fromCharCode(65 + letter)));
  return codes;
}
