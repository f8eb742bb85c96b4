import * as z from "zod";
import { LIMITS } from "../model/limits.js";
import { CurrencyCodeSchema, NameSchema, PartialDateSchema } from "./primitives.js";

/** The built-in count units; a dataset adds its own as `ns:unit`. */
export const COUNT_UNITS = ["people", "aircraft", "vessels", "tanks", "vehicles", "systems"] as const;

/** What a quantity counts: a built-in count unit, a namespaced one (`ns:unit`), or money. */
export const UnitSchema = z.union([
  z.enum(COUNT_UNITS),
  z.literal("money"),
  // As long as an id at most: a unit is named in every total that counts it.
  z
    .string()
    .max(LIMITS.idLength)
    .regex(/^[a-z0-9-]+:[a-z0-9-]+$/, { message: "a dataset's own unit is namespaced, e.g. kiel:howitzers" }),
]);

const amount = z.number().nonnegative().max(1e15);

const moneyFields = {
  unit: UnitSchema,
  currency: CurrencyCodeSchema.optional().meta({ description: "ISO 4217 code; required when unit is money." }),
  date: PartialDateSchema.optional().meta({ description: "The date of a money amount; required when unit is money." }),
};

export const ExactQuantitySchema = z.strictObject({
  kind: z.literal("exact"),
  ...moneyFields,
  value: amount,
});

export const RangeQuantitySchema = z.strictObject({
  kind: z.literal("range"),
  ...moneyFields,
  low: amount,
  high: amount,
});

export const ApproximateQuantitySchema = z.strictObject({
  kind: z.literal("approximate"),
  ...moneyFields,
  phrase: NameSchema.meta({ description: 'The source\'s own words: "several thousand", "a small contribution".' }),
  value: amount.optional().meta({ description: 'The figure the source gives: "about 200" is 200.' }),
  low: amount.optional().meta({ description: "A lower bound the source itself gives." }),
  high: amount.optional().meta({ description: "An upper bound the source itself gives." }),
});

/**
 * How much is offered: exact, a range, or the source's approximate words, in one
 * unit. Money carries its currency and the date of the amount.
 *
 * @example
 * ```ts
 * import { QuantitySchema } from "coalition/schema";
 * QuantitySchema.safeParse({ kind: "range", unit: "people", low: 100, high: 200 }).success;
 * //=> true
 * QuantitySchema.safeParse({ kind: "approximate", unit: "people", phrase: "several thousand", low: 2000 }).success;
 * //=> true
 * QuantitySchema.safeParse({ kind: "exact", unit: "litres", value: 5 }).success;
 * //=> false
 * ```
 *
 * @category Parsing
 */
export const QuantitySchema = z.discriminatedUnion("kind", [
  ExactQuantitySchema,
  RangeQuantitySchema,
  ApproximateQuantitySchema,
]);
