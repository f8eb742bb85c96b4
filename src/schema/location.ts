import * as z from "zod";
import { CountryCodeSchema, NameSchema } from "./primitives.js";

/**
 * Where a contribution would be deployed. Separate from its type: troops in a
 * country and troops in its neighbours are the same type at other locations.
 *
 * @example
 * ```ts
 * import { LocationSchema } from "coalition/schema";
 * LocationSchema.safeParse({ kind: "neighbouring-countries", of: "UA", region: "European" }).success;
 * //=> true
 * LocationSchema.safeParse({ kind: "in-country" }).success;
 * //=> false
 * ```
 *
 * @category Parsing
 */
export const LocationSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("in-country"), country: CountryCodeSchema }),
  z.strictObject({ kind: z.literal("line-of-contact"), country: CountryCodeSchema }),
  z.strictObject({ kind: z.literal("behind-demarcation-line"), country: CountryCodeSchema }),
  z.strictObject({
    kind: z.literal("neighbouring-countries"),
    of: CountryCodeSchema,
    region: NameSchema.optional().meta({ description: 'How the source narrows it: "European".' }),
  }),
  z.strictObject({ kind: z.literal("at-sea"), area: NameSchema.optional() }),
  z.strictObject({ kind: z.literal("remote"), description: NameSchema.optional() }),
]);
