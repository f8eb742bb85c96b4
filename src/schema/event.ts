import * as z from "zod";
import { ParticipantCountSchema } from "./count.js";
import { claimsOf } from "./internal/claims.js";
import {
  CountryCodeSchema,
  DateOrUnknownSchema,
  IdSchema,
  NameSchema,
  NoteSchema,
  PartialDateSchema,
  SourceRefsSchema,
} from "./primitives.js";

/**
 * A numbered series of meetings an event belongs to: the n-th meeting of a coalition's leaders.
 *
 * @example
 * ```ts
 * import { EventSeriesSchema } from "coalition/schema";
 * EventSeriesSchema.safeParse({ id: "cotw-leaders-meetings", number: 3 }).success;
 * //=> true
 * EventSeriesSchema.safeParse({ id: "cotw-leaders-meetings", number: 0 }).success;
 * //=> false
 * ```
 *
 * @category Parsing
 */
export const EventSeriesSchema = z.strictObject({
  id: IdSchema.meta({ description: "The series' own id: events that share it are meetings of one series." }),
  number: z.int().min(1).max(1_000_000).optional().meta({ description: "Which meeting of the series it is, from 1." }),
});

export const EVENT_KINDS = ["meeting", "call", "summit", "negotiations", "presentation", "other"] as const;

/**
 * A dated meeting or call, with its hosts and participants (or only their count).
 *
 * @example
 * ```ts
 * import { EventSchema } from "coalition/schema";
 * EventSchema.safeParse({ id: "leaders-call", title: "Leaders' call", kind: "call", status: "planned", from: "2025-03-15", to: "2025-03-16", dateAsStated: "this weekend", sources: ["report"] }).success;
 * //=> true
 * EventSchema.safeParse({ id: "call", title: "A call", kind: "call", status: "rumoured", from: "unknown", sources: ["report"] }).success;
 * //=> false
 * ```
 *
 * @category Parsing
 */
export const EventSchema = z.strictObject({
  id: IdSchema,
  title: NameSchema,
  kind: z.enum(EVENT_KINDS),
  status: z.enum(["held", "planned"]).meta({ description: "As of the source's date." }),
  from: DateOrUnknownSchema,
  to: PartialDateSchema.optional().meta({ description: "The last day, for an event over several days." }),
  dateAsStated: NameSchema.optional().meta({
    description: 'The source\'s relative words ("this weekend"), resolved into from/to.',
  }),
  country: CountryCodeSchema.optional(),
  hosts: z.array(IdSchema).optional(),
  participants: z.array(IdSchema).optional(),
  persons: z.array(IdSchema).optional(),
  participantCount: claimsOf(ParticipantCountSchema)
    .optional()
    .meta({ description: "How many took part, as each source counts them; a bare number counts participants." }),
  series: EventSeriesSchema.optional(),
  coalition: IdSchema.optional().meta({ description: "The coalition whose event it is." }),
  subgroup: IdSchema.optional().meta({ description: "The coalition's subgroup whose event it is." }),
  sources: SourceRefsSchema,
  note: NoteSchema.optional(),
});
