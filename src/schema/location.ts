import * as z from "zod";
import { CountryCodeSchema, IdSchema, NameSchema } from "./primitives.js";

/**
 * Where a contribution would be deployed. Separate from its type: troops in a
 * country and troops in its neighbours are the same type at other locations. Some
 * places lie within a country (`region`, `areas`, `line-of-contact`,
 * `behind-demarcation-line`) or within its neighbours (`bloc-territory` adjacent to it).
 *
 * @example
 * ```ts
 * import { LocationSchema } from "coalition/schema";
 * LocationSchema.safeParse({ kind: "neighbouring-countries", of: "UA", region: "European" }).success;
 * //=> true
 * LocationSchema.safeParse({ kind: "areas", country: "UA", description: "strategic areas", awayFromLineOfContact: true }).success;
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
  z.strictObject({
    kind: z.literal("region"),
    country: CountryCodeSchema,
    name: NameSchema.meta({ description: 'The region\'s name: "Odesa oblast".' }),
  }),
  z.strictObject({
    kind: z.literal("areas"),
    country: CountryCodeSchema,
    description: NameSchema.meta({ description: 'How the source names them: "strategic areas".' }),
    awayFromLineOfContact: z
      .boolean()
      .optional()
      .meta({ description: 'Whether the source places them away from the line of contact ("not on the front line").' }),
  }),
  z.strictObject({
    kind: z.literal("bloc-territory"),
    bloc: IdSchema.meta({ description: "The organization whose members' territory is meant." }),
    adjacentTo: CountryCodeSchema.optional().meta({ description: "The country it borders, where the source says so." }),
  }),
]);
