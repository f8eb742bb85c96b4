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
  StanceSchema,
  TextSchema,
} from "./primitives.js";
import { QuantitySchema } from "./quantity.js";

/** Who stated a position: an institution, and the person speaking for it where named. */
export const SpeakerSchema = z.strictObject({
  institution: IdSchema,
  person: IdSchema.optional(),
});

export const FULFILMENT_STAGES = ["announced", "specified", "delivered", "deployed", "withdrawn"] as const;

/** One step of a commitment from announcement to delivery, or its withdrawal. */
export const FulfilmentStepSchema = z.strictObject({
  stage: z.enum(FULFILMENT_STAGES),
  date: PartialDateSchema,
  delivered: QuantitySchema.optional().meta({ description: "What was delivered or deployed, beside what was pledged." }),
  sources: SourceRefsSchema,
  note: NoteSchema.optional(),
});

/** One actor's stated position on providing one contribution. */
export const CommitmentSchema = z.strictObject({
  id: IdSchema,
  actor: IdSchema.meta({ description: "The state or organization that would provide it." }),
  statedBy: SpeakerSchema.optional().meta({ description: "Absent where the source names no institution." }),
  type: IdSchema.meta({ description: "A contribution type id, built in or declared by the dataset." }),
  location: LocationSchema.optional(),
  quantity: claimsOf(QuantitySchema).optional(),
  stance: StanceSchema,
  phrase: NameSchema.optional().meta({ description: "The source's words that set the stance; must map to it." }),
  condition: ConditionSchema.optional(),
  coalition: IdSchema.optional().meta({ description: "The coalition it is offered to; its condition then applies." }),
  date: DateOrUnknownSchema.meta({
    description: 'When it was stated; "unknown" counts as of its earliest source.',
  }),
  sources: SourceRefsSchema,
  quote: TextSchema.optional(),
  fulfilment: z.array(FulfilmentStepSchema).optional(),
  note: NoteSchema.optional(),
});
