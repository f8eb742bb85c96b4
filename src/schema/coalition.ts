import * as z from "zod";
import { ParticipantCountSchema } from "./count.js";
import { claimsOf } from "./internal/claims.js";
import { ConditionSchema } from "./condition.js";
import { LocationSchema } from "./location.js";
import {
  CountryCodeSchema,
  DateOrUnknownSchema,
  IdSchema,
  NameSchema,
  NoteSchema,
  PartialDateSchema,
  SourceRefsSchema,
  TextSchema,
} from "./primitives.js";

/**
 * An actor's dated participation in a coalition.
 *
 * @example
 * ```ts
 * import { ParticipationSchema } from "coalition/schema";
 * ParticipationSchema.safeParse({ actor: "JP", from: "unknown", sources: ["report"] }).success;
 * //=> true
 * ```
 *
 * @category Parsing
 */
export const ParticipationSchema = z.strictObject({
  actor: IdSchema,
  from: DateOrUnknownSchema.meta({ description: '"unknown" counts as of its earliest source.' }),
  to: PartialDateSchema.optional(),
  sources: SourceRefsSchema,
  note: NoteSchema.optional(),
});

/**
 * A kind of contribution a coalition seeks from its participants.
 *
 * @example
 * ```ts
 * import { SoughtContributionSchema } from "coalition/schema";
 * SoughtContributionSchema.safeParse({ type: "minesweepers", askedOf: "those that ruled out sending troops to Ukraine", sources: ["report"] }).success;
 * //=> true
 * ```
 *
 * @category Parsing
 */
export const SoughtContributionSchema = z.strictObject({
  type: IdSchema,
  location: LocationSchema.optional(),
  askedOf: NameSchema.optional().meta({ description: 'Whom it was asked of: "those that ruled out troops".' }),
  sources: SourceRefsSchema,
  quote: TextSchema.optional(),
  note: NoteSchema.optional(),
});

export const SUBGROUP_KINDS = ["planning-group", "working-group", "other"] as const;

/**
 * A group within a coalition (the planning group for land, sea or air), with its own
 * participants and leads. Subgroup ids are their own space, unique in a dataset.
 *
 * @example
 * ```ts
 * import { SubgroupSchema } from "coalition/schema";
 * SubgroupSchema.safeParse({ id: "air-planning-group", name: "Air planning group", kind: "planning-group", from: "2025-03-21", sources: ["pm-call"] }).success;
 * //=> true
 * SubgroupSchema.safeParse({ id: "air", name: "Air", kind: "task-force", sources: ["pm-call"] }).success;
 * //=> false
 * ```
 *
 * @category Parsing
 */
export const SubgroupSchema = z.strictObject({
  id: IdSchema.meta({ description: "Unique among the subgroups of the dataset." }),
  name: NameSchema,
  purpose: TextSchema.optional(),
  kind: z.enum(SUBGROUP_KINDS).optional(),
  participants: z.array(ParticipationSchema).optional(),
  leads: z.array(IdSchema).optional().meta({ description: "The actors that lead it." }),
  from: DateOrUnknownSchema.optional().meta({ description: "When it was formed." }),
  to: PartialDateSchema.optional().meta({ description: "When it ended." }),
  sources: SourceRefsSchema,
  note: NoteSchema.optional(),
});

/**
 * A place: a country, and a city in it where the source names one.
 *
 * @example
 * ```ts
 * import { PlaceSchema } from "coalition/schema";
 * PlaceSchema.safeParse({ country: "FR", city: "Paris" }).success;
 * //=> true
 * ```
 *
 * @category Parsing
 */
export const PlaceSchema = z.strictObject({
  country: CountryCodeSchema,
  city: NameSchema.optional(),
});

const planned = z
  .literal("planned")
  .optional()
  .meta({ description: 'Announced for the interval but not (yet) in effect: "planned". Absent: in effect.' });

/**
 * Where a coalition's body sits over an interval; a move is a second interval.
 *
 * @example
 * ```ts
 * import { BodySiteSchema } from "coalition/schema";
 * BodySiteSchema.safeParse({ place: { country: "GB", city: "London" }, from: "2026-07", status: "planned", sources: ["reuters"] }).success;
 * //=> true
 * ```
 *
 * @category Parsing
 */
export const BodySiteSchema = z.strictObject({
  place: PlaceSchema,
  from: DateOrUnknownSchema,
  to: PartialDateSchema.optional().meta({ description: "The day it left the place." }),
  status: planned,
  sources: SourceRefsSchema,
  note: NoteSchema.optional(),
});

/**
 * Who leads a coalition's body over an interval; a rotation is a second interval.
 *
 * @example
 * ```ts
 * import { BodyLeadSchema } from "coalition/schema";
 * BodyLeadSchema.safeParse({ actors: ["FR"], from: "2025-07-10", to: "2026-07", sources: ["reuters"] }).success;
 * //=> true
 * BodyLeadSchema.safeParse({ actors: [], from: "2025-07-10", sources: ["reuters"] }).success;
 * //=> false
 * ```
 *
 * @category Parsing
 */
export const BodyLeadSchema = z.strictObject({
  actors: z.array(IdSchema).min(1).meta({ description: "The actors that lead it then, one at least." }),
  from: DateOrUnknownSchema,
  to: PartialDateSchema.optional().meta({ description: "The day their lead ended." }),
  status: planned,
  sources: SourceRefsSchema,
  note: NoteSchema.optional(),
});

export const BODY_KINDS = ["headquarters", "secretariat", "command", "other"] as const;

/**
 * A body of a coalition (a headquarters, a secretariat, a command), with the places it
 * sits and the actors that lead it, each over dated intervals. Body ids are their own
 * space, unique in a dataset.
 *
 * @example
 * ```ts
 * import { CoalitionBodySchema } from "coalition/schema";
 * CoalitionBodySchema.safeParse({ id: "hq", name: "Headquarters", kind: "headquarters", leads: [{ actors: ["FR"], from: "2025-07-10", sources: ["reuters"] }], sources: ["reuters"] }).success;
 * //=> true
 * ```
 *
 * @category Parsing
 */
export const CoalitionBodySchema = z.strictObject({
  id: IdSchema.meta({ description: "Unique among the bodies of the dataset." }),
  name: NameSchema,
  kind: z.enum(BODY_KINDS),
  sites: z.array(BodySiteSchema).optional(),
  leads: z.array(BodyLeadSchema).optional(),
  sources: SourceRefsSchema,
  note: NoteSchema.optional(),
});

/**
 * A named group with lead actors, dated participants and a coalition-wide condition,
 * and its subgroups and bodies. Its participant count is a claimed {@link CountSchema | count}
 * (a bare number in a document counts participants exactly).
 *
 * @example
 * ```ts
 * import { CoalitionSchema } from "coalition/schema";
 * const coalition = CoalitionSchema.parse({ id: "cotw", name: "Coalition of the willing", leads: ["GB", "FR"], participantCount: { claims: [{ value: 37, sources: ["report"] }] }, condition: { kind: "peace", form: "agreement", country: "UA" }, sources: ["report"] });
 * coalition.participants;
 * //=> []
 * coalition.participantCount?.claims[0]?.value;
 * //=> { kind: "exact", value: 37, of: "participants" }
 * ```
 *
 * @category Parsing
 */
export const CoalitionSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  purpose: TextSchema.optional(),
  leads: z.array(IdSchema).min(1),
  participants: z.array(ParticipationSchema).default([]),
  participantCount: claimsOf(ParticipantCountSchema)
    .optional()
    .meta({ description: "How many take part, as each source counts them; a bare number counts participants." }),
  condition: ConditionSchema.optional().meta({ description: "Applies to every commitment offered to the coalition." }),
  sought: z.array(SoughtContributionSchema).optional(),
  subgroups: z.array(SubgroupSchema).optional(),
  bodies: z.array(CoalitionBodySchema).optional(),
  sources: SourceRefsSchema,
  note: NoteSchema.optional(),
});
