import * as z from "zod";
import { BUILTIN_COUNT_UNITS } from "../model/count-units.js";
import type { Count } from "../model/types.js";
import { NameSchema } from "./primitives.js";

const namespaced = /^[a-z0-9-]{1,63}$/;

/**
 * What a count counts: one of the built-in units (`countries`, `participants`,
 * `leaders`, `heads-of-government`, `heads-of-state`, `defence-ministers`, `delegations`,
 * `troops`) or a dataset's own, namespaced (`cotw:battalions`).
 *
 * @example
 * ```ts
 * import { CountUnitSchema } from "coalition/schema";
 * ["countries", "cotw:battalions", "soldiers"].map((unit) => CountUnitSchema.safeParse(unit).success);
 * //=> [true, true, false]
 * ```
 *
 * @category Parsing
 */
export const CountUnitSchema = z
  .union([z.enum(BUILTIN_COUNT_UNITS), z.templateLiteral([z.string().regex(namespaced), ":", z.string().regex(namespaced)])])
  .meta({ description: "What the count counts: a built-in unit, or a dataset's own as ns:name." });

const figure = z.int().min(0).max(1e12);
const counted = {
  of: CountUnitSchema,
  phrase: NameSchema.optional().meta({ description: 'The source\'s own words: "over 30", "some thirty".' }),
};

export const ExactCountSchema = z.strictObject({ kind: z.literal("exact"), value: figure, ...counted });

export const RangeCountSchema = z.strictObject({ kind: z.literal("range"), low: figure, high: figure, ...counted });

export const AtLeastCountSchema = z.strictObject({
  kind: z.literal("at-least"),
  value: figure.meta({ description: 'The least the count can be: "over 30" is at least 31.' }),
  ...counted,
});

export const AtMostCountSchema = z.strictObject({ kind: z.literal("at-most"), value: figure, ...counted });

export const ApproximateCountSchema = z.strictObject({
  kind: z.literal("approximate"),
  phrase: NameSchema.meta({ description: 'The source\'s own words: "about six", "dozens".' }),
  value: figure.optional().meta({ description: 'The figure the source gives: "about six" is 6.' }),
  low: figure.optional().meta({ description: "A lower bound the source itself gives." }),
  high: figure.optional().meta({ description: "An upper bound the source itself gives." }),
  of: CountUnitSchema,
});

/**
 * A count with its uncertainty, saying what it counts: exact, a range, at least, at
 * most, or approximate in the source's own words. Whole numbers from 0; a range's low
 * end at most its high end (the parser's issue `invalid_range` otherwise).
 *
 * @example
 * ```ts
 * import { CountSchema } from "coalition/schema";
 * CountSchema.safeParse({ kind: "at-least", value: 31, of: "countries", phrase: "over 30" }).success;
 * //=> true
 * CountSchema.safeParse({ kind: "approximate", phrase: "some thirty", value: 30, of: "countries" }).success;
 * //=> true
 * CountSchema.safeParse({ kind: "exact", value: 26 }).success;
 * //=> false
 * ```
 *
 * @category Parsing
 */
export const CountSchema = z.discriminatedUnion("kind", [
  ExactCountSchema,
  RangeCountSchema,
  AtLeastCountSchema,
  AtMostCountSchema,
  ApproximateCountSchema,
]);

/** A bare whole number, as participant counts were written before counts had a form: exact participants. */
function participants(value: number): Count {
  return { kind: "exact", value, of: "participants" };
}

/**
 * A {@link CountSchema | count}, or, as participant counts were written before counts had
 * a form, a bare whole number, read as that many participants exactly.
 *
 * @example
 * ```ts
 * import { ParticipantCountSchema } from "coalition/schema";
 * ParticipantCountSchema.parse(37);
 * //=> { kind: "exact", value: 37, of: "participants" }
 * ParticipantCountSchema.parse({ kind: "range", low: 30, high: 35, of: "countries" });
 * //=> { kind: "range", low: 30, high: 35, of: "countries" }
 * ```
 *
 * @category Parsing
 */
export const ParticipantCountSchema = z.union([figure.transform(participants), CountSchema]);
