import * as z from "zod";
import { claimsOf } from "./internal/claims.js";
import { ConditionSchema } from "./condition.js";
import { LocationSchema } from "./location.js";
import {
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

/**
 * A named group with lead actors, dated participants and a coalition-wide condition.
 *
 * @example
 * ```ts
 * import { CoalitionSchema } from "coalition/schema";
 * const coalition = CoalitionSchema.parse({ id: "cotw", name: "Coalition of the willing", leads: ["GB", "FR"], participantCount: { claims: [{ value: 37, sources: ["report"] }] }, condition: { kind: "peace", form: "agreement", country: "UA" }, sources: ["report"] });
 * coalition.participants;
 * //=> []
 * coalition.participantCount?.claims[0]?.value;
 * //=> 37
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
  participantCount: claimsOf(z.int().min(0)).optional(),
  condition: ConditionSchema.optional().meta({ description: "Applies to every commitment offered to the coalition." }),
  sought: z.array(SoughtContributionSchema).optional(),
  sources: SourceRefsSchema,
  note: NoteSchema.optional(),
});
