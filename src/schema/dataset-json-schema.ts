import * as z from "zod";
import { DatasetSchema } from "./dataset.js";

/**
 * The JSON Schema (draft 2020-12) of a dataset document, generated from the same
 * zod schemas the parser uses. The package ships it as `coalition/schema/dataset.schema.json`
 * for editors; cross-record rules (references, intervals) are checked by the parser only.
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
  return z.toJSONSchema(DatasetSchema, { io: "input", target: "draft-2020-12" }) as Record<string, unknown>;
}
