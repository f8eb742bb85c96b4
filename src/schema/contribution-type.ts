import * as z from "zod";
import { IdSchema, NameSchema, StanceSchema, TextSchema } from "./primitives.js";

/** A dataset's own contribution type, namespaced (`ns:name`) under a built-in or declared parent. */
export const ContributionTypeSchema = z.strictObject({
  id: IdSchema.regex(/^[a-z0-9-]+:[a-z0-9-]+$/, {
    message: "a dataset's own contribution type is namespaced, e.g. kiel:heavy-weapons",
  }),
  parent: IdSchema.optional(),
  label: NameSchema,
  description: TextSchema.optional(),
});

/** A phrase a dataset adds to the stance mapping. */
export const StancePhraseSchema = z.strictObject({
  phrase: NameSchema,
  stance: StanceSchema,
});
