import * as z from "zod";
import { IdSchema, NameSchema, NoteSchema, PartialDateSchema, UrlSchema } from "./primitives.js";
import { SOURCE_KINDS } from "../model/source-kinds.js";

/**
 * Where records come from. Every commitment, position, event and membership names one.
 *
 * @example
 * ```ts
 * import { SourceSchema } from "coalition/schema";
 * SourceSchema.safeParse({ id: "bloomberg-2025-03-13", kind: "media-unnamed-sources", publisher: "Bloomberg", date: "2025-03-13" }).success;
 * //=> true
 * SourceSchema.safeParse({ id: "rumour", kind: "gossip", publisher: "Someone", date: "2025" }).success;
 * //=> false
 * ```
 *
 * @category Parsing
 */
export const SourceSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(SOURCE_KINDS),
  publisher: NameSchema.meta({ description: "Who first published it: Bloomberg, the UK Government." }),
  outlet: NameSchema.optional().meta({ description: "The outlet that relayed it, where it is not the publisher." }),
  title: NameSchema.optional(),
  date: PartialDateSchema,
  url: UrlSchema.optional(),
  document: NameSchema.optional().meta({ description: "A local copy of the document, e.g. a path in shared/sources." }),
  note: NoteSchema.optional(),
});
