import * as z from "zod";
import { IdSchema } from "./primitives.js";

/**
 * A dataset another builds on: its id, and where a file-based tool finds it (a path
 * relative to the extending file). The library itself never reads files.
 *
 * @example
 * ```ts
 * import { ExtendsRefSchema } from "coalition/schema";
 * ExtendsRefSchema.safeParse({ id: "reference-blocs", path: "reference.json" }).success;
 * //=> true
 * ExtendsRefSchema.safeParse({ path: "reference.json" }).success;
 * //=> false
 * ```
 *
 * @category Parsing
 */
export const ExtendsRefSchema = z.strictObject({
  id: IdSchema.meta({ description: "The id of the dataset this one builds on." }),
  path: z
    .string()
    .min(1)
    .max(2_048)
    .optional()
    .meta({ description: "Where a file-based tool finds it, relative to this file." }),
});

/**
 * What a dataset assumes where its records are silent. `unrecordedCommitments`: how a
 * condition on another actor's commitment reads when that actor has no statement on
 * record, `"unknown"` (open world, the default) or `"false"` (closed world).
 *
 * @example
 * ```ts
 * import { DatasetAssumptionsSchema } from "coalition/schema";
 * DatasetAssumptionsSchema.safeParse({ unrecordedCommitments: "false" }).success;
 * //=> true
 * DatasetAssumptionsSchema.safeParse({ unrecordedCommitments: "no" }).success;
 * //=> false
 * ```
 *
 * @category Parsing
 */
export const DatasetAssumptionsSchema = z.strictObject({
  unrecordedCommitments: z
    .enum(["unknown", "false"])
    .optional()
    .meta({ description: 'A commitment nobody recorded reads as "unknown" (open world, the default) or "false" (closed world).' }),
});
