import * as z from "zod";
import { LocationSchema } from "./location.js";
import { SpeakerSchema } from "./commitment.js";
import {
  DateOrUnknownSchema,
  IdSchema,
  NameSchema,
  NoteSchema,
  SourceRefsSchema,
  StanceSchema,
  TextSchema,
} from "./primitives.js";
import { QuantitySchema } from "./quantity.js";

/** A contribution a proposal asks for, or explicitly leaves out. */
export const ProvisionSchema = z.strictObject({
  provider: IdSchema.optional().meta({ description: "Who would provide it; absent for the force as a whole." }),
  type: IdSchema,
  location: LocationSchema.optional(),
  quantity: QuantitySchema.optional(),
  note: NoteSchema.optional(),
});

/** A plan put forward by one or more actors on a date. */
export const ProposalSchema = z.strictObject({
  id: IdSchema,
  title: NameSchema,
  description: TextSchema.optional(),
  proposedBy: z.array(IdSchema).min(1),
  statedBy: SpeakerSchema.optional(),
  date: DateOrUnknownSchema,
  provisions: z.array(ProvisionSchema).optional(),
  exclusions: z.array(ProvisionSchema).optional().meta({ description: "What the proposal explicitly does not ask." }),
  sources: SourceRefsSchema,
  quote: TextSchema.optional(),
  note: NoteSchema.optional(),
});

/** An actor's dated position on a proposal. */
export const PositionSchema = z.strictObject({
  id: IdSchema,
  proposal: IdSchema,
  actor: IdSchema,
  statedBy: SpeakerSchema.optional(),
  stance: StanceSchema,
  phrase: NameSchema.optional(),
  date: DateOrUnknownSchema,
  sources: SourceRefsSchema,
  quote: TextSchema.optional(),
  note: NoteSchema.optional(),
});
