import * as z from "zod";
import { claimsOf } from "./claims.js";
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

/** An actor's dated participation in a coalition. */
export const ParticipationSchema = z.strictObject({
  actor: IdSchema,
  from: DateOrUnknownSchema.meta({ description: '"unknown" counts as of its earliest source.' }),
  to: PartialDateSchema.optional(),
  sources: SourceRefsSchema,
  note: NoteSchema.optional(),
});

/** A kind of contribution a coalition seeks from its participants. */
export const SoughtContributionSchema = z.strictObject({
  type: IdSchema,
  location: LocationSchema.optional(),
  askedOf: NameSchema.optional().meta({ description: 'Whom it was asked of: "those that ruled out troops".' }),
  sources: SourceRefsSchema,
  quote: TextSchema.optional(),
  note: NoteSchema.optional(),
});

/** A named group with lead actors, dated participants and a coalition-wide condition. */
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
