import * as z from "zod";
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
  participantCount: claimsOf(z.int().min(0)).optional(),
  sources: SourceRefsSchema,
  note: NoteSchema.optional(),
});
