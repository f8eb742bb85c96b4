import * as z from "zod";
import { SpeakerSchema, SupersedesSchema } from "./commitment.js";
import { ConditionSchema } from "./condition.js";
import { CountSchema } from "./count.js";
import { claimsOf } from "./internal/claims.js";
import { LocationSchema } from "./location.js";
import {
  DateOrUnknownSchema,
  IdSchema,
  NameSchema,
  NoteSchema,
  SourceRefsSchema,
  StanceSchema,
  TextSchema,
} from "./primitives.js";

/**
 * A named actor known to be among the actors of a pledge count, or known not to be,
 * with the sources that say so.
 *
 * @example
 * ```ts
 * import { PledgeCountActorSchema } from "coalition/schema";
 * PledgeCountActorSchema.safeParse({ actor: "JP", sources: ["tass-2025-09-05"] }).success;
 * //=> true
 * ```
 *
 * @category Parsing
 */
export const PledgeCountActorSchema = z.strictObject({
  actor: IdSchema,
  sources: SourceRefsSchema,
  note: NoteSchema.optional(),
});

/**
 * Actors known only by their number ("26 countries formally committed"): how many stand
 * at a stance on one contribution type, with the named actors known to be among them
 * and those known not to be.
 *
 * @example
 * ```ts
 * import { PledgeCountSchema } from "coalition/schema";
 * const count = { claims: [{ value: { kind: "exact", value: 26, of: "countries" }, sources: ["tass"] }] };
 * const base = { id: "macron-26", coalition: "coalition-of-the-willing", type: "personnel", stance: "committed", date: "2025-09-04", sources: ["tass"] };
 * PledgeCountSchema.safeParse({ ...base, count }).success;
 * //=> true
 * PledgeCountSchema.safeParse({ id: "p", type: "personnel", stance: "committed", count: { claims: [{ value: 26, sources: ["tass"] }] }, date: "2025-09-04", sources: ["tass"] }).success;
 * //=> false
 * ```
 *
 * @category Parsing
 */
export const PledgeCountSchema = z.strictObject({
  id: IdSchema,
  coalition: IdSchema.optional().meta({ description: "The coalition the actors pledge to." }),
  type: IdSchema.meta({ description: "A contribution type id, built in or declared by the dataset." }),
  location: LocationSchema.optional(),
  stance: StanceSchema,
  phrase: NameSchema.optional().meta({ description: "The source's words that set the stance; must map to it." }),
  condition: ConditionSchema.optional(),
  count: claimsOf(CountSchema).meta({ description: "How many, as each source counts them." }),
  members: z
    .array(PledgeCountActorSchema)
    .optional()
    .meta({ description: "Named actors known to be among them, each with the sources that say so." }),
  notAmong: z
    .array(PledgeCountActorSchema)
    .optional()
    .meta({ description: "Named actors known not to be among them, each with the sources that say so." }),
  statedBy: SpeakerSchema.optional(),
  date: DateOrUnknownSchema.meta({ description: 'When it was stated; "unknown" counts as of its earliest source.' }),
  sources: SourceRefsSchema,
  quote: TextSchema.optional(),
  supersedes: SupersedesSchema,
  note: NoteSchema.optional(),
});
