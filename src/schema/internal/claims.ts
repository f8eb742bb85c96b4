import * as z from "zod";
import { NoteSchema, SourceRefsSchema } from "../primitives.js";

/**
 * A value that sources may disagree on, held as one claim per version, each with its
 * sources. Queries say which claim they used instead of silently picking one.
 */
export function claimsOf<T extends z.ZodType>(value: T) {
  return z.strictObject({
    claims: z
      .array(z.strictObject({ value, sources: SourceRefsSchema, note: NoteSchema.optional() }))
      .min(1),
  });
}
