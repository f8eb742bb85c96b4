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
  StanceSchema,
  TextSchema,
} from "./primitives.js";
import { FULFILMENT_STAGES } from "../internal/fulfilment-stages.js";
import { QuantitySchema } from "./quantity.js";
import { VoteTallySchema } from "./vote-tally.js";

/**
 * Who stated a position: an institution, and the person speaking for it where named.
 *
 * @example
 * ```ts
 * import { SpeakerSchema } from "coalition/schema";
 * SpeakerSchema.safeParse({ institution: "CH.armed-forces-command", person: "thomas-sussli" }).success;
 * //=> true
 * ```
 *
 * @category Parsing
 */
export const SpeakerSchema = z.strictObject({
  institution: IdSchema,
  person: IdSchema.optional(),
});

/** A decision's legal force and its votes: fields of commitments and positions alike. */
export const DECISION_FIELDS = {
  binding: z
    .boolean()
    .optional()
    .meta({ description: "Whether the decision binds, as the sources give it; absent where they do not say." }),
  vote: claimsOf(VoteTallySchema)
    .optional()
    .meta({ description: "The votes of the decision (a parliament's), as each source counts them." }),
};

/** Ids of earlier statements this one replaces, explicitly: of the same collection and actor. */
export const SupersedesSchema = z
  .array(IdSchema)
  .optional()
  .meta({ description: "Ids of earlier statements of the same actor that this one replaces." });


/**
 * One step of a commitment from announcement to delivery, or its withdrawal.
 *
 * @example
 * ```ts
 * import { FulfilmentStepSchema } from "coalition/schema";
 * FulfilmentStepSchema.safeParse({ stage: "delivered", date: "2025-06", delivered: { kind: "exact", unit: "aircraft", value: 4 }, sources: ["mod"] }).success;
 * //=> true
 * FulfilmentStepSchema.safeParse({ stage: "promised", date: "2025-06", sources: ["mod"] }).success;
 * //=> false
 * ```
 *
 * @category Parsing
 */
export const FulfilmentStepSchema = z.strictObject({
  stage: z.enum(FULFILMENT_STAGES),
  date: PartialDateSchema,
  delivered: QuantitySchema.optional().meta({ description: "What was delivered or deployed, beside what was pledged." }),
  sources: SourceRefsSchema,
  note: NoteSchema.optional(),
});

/**
 * One actor's stated position on providing one contribution.
 *
 * @example
 * ```ts
 * import { CommitmentSchema } from "coalition/schema";
 * CommitmentSchema.safeParse({ id: "se-troops", actor: "SE", type: "ground-troops", stance: "open", phrase: "does not rule out", date: "unknown", sources: ["report"] }).success;
 * //=> true
 * CommitmentSchema.safeParse({ id: "se-troops", actor: "SE", type: "ground-troops", stance: "open", date: "unknown", sources: [] }).success;
 * //=> false
 * ```
 *
 * @category Parsing
 */
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
  ...DECISION_FIELDS,
  supersedes: SupersedesSchema,
  note: NoteSchema.optional(),
});
