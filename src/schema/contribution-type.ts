import * as z from "zod";
import { IdSchema, NameSchema, StanceSchema, TextSchema } from "./primitives.js";

/**
 * A dataset's own contribution type, namespaced (`ns:name`) under a built-in or declared
 * parent.
 *
 * @example
 * ```ts
 * import { ContributionTypeSchema } from "coalition/schema";
 * ContributionTypeSchema.safeParse({ id: "kiel:howitzers", parent: "land-equipment", label: "Howitzers" }).success;
 * //=> true
 * ContributionTypeSchema.safeParse({ id: "howitzers", parent: "land-equipment", label: "Howitzers" }).success;
 * //=> false
 * ```
 *
 * @category Parsing
 */
export const ContributionTypeSchema = z.strictObject({
  id: IdSchema.regex(/^[a-z0-9-]+:[a-z0-9-]+$/, {
    message: "a dataset's own contribution type is namespaced, e.g. kiel:heavy-weapons",
  }),
  parent: IdSchema.optional(),
  label: NameSchema,
  description: TextSchema.optional(),
});

/**
 * A phrase a dataset adds to the stance mapping.
 *
 * @example
 * ```ts
 * import { StancePhraseSchema } from "coalition/schema";
 * StancePhraseSchema.safeParse({ phrase: "stands ready to", stance: "ready" }).success;
 * //=> true
 * ```
 *
 * @category Parsing
 */
export const StancePhraseSchema = z.strictObject({
  phrase: NameSchema,
  stance: StanceSchema,
});
