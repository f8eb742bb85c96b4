import * as z from "zod";
import { LocationSchema } from "./location.js";
import { ConditionSchema } from "./condition.js";
import { DECISION_FIELDS, SpeakerSchema, SupersedesSchema } from "./commitment.js";
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

/**
 * A contribution a proposal asks for, or explicitly leaves out.
 *
 * @example
 * ```ts
 * import { ProvisionSchema } from "coalition/schema";
 * ProvisionSchema.safeParse({ provider: "US", type: "air-power" }).success;
 * //=> true
 * ```
 *
 * @category Parsing
 */
export const ProvisionSchema = z.strictObject({
  provider: IdSchema.optional().meta({ description: "Who would provide it; absent for the force as a whole." }),
  type: IdSchema,
  location: LocationSchema.optional(),
  quantity: QuantitySchema.optional(),
  note: NoteSchema.optional(),
});

/**
 * A plan put forward by one or more actors on a date.
 *
 * @example
 * ```ts
 * import { ProposalSchema } from "coalition/schema";
 * ProposalSchema.safeParse({ id: "us-backstop", title: "A US security backstop", proposedBy: ["coalition-of-the-willing"], date: "unknown", provisions: [{ provider: "US", type: "air-power" }], exclusions: [{ provider: "US", type: "peacekeepers" }], sources: ["report"] }).success;
 * //=> true
 * ProposalSchema.safeParse({ id: "p", title: "A plan", proposedBy: [], date: "unknown", sources: ["report"] }).success;
 * //=> false
 * ```
 *
 * @category Parsing
 */
export const ProposalSchema = z.strictObject({
  id: IdSchema,
  title: NameSchema,
  description: TextSchema.optional(),
  proposedBy: z.array(IdSchema).min(1),
  statedBy: SpeakerSchema.optional(),
  date: DateOrUnknownSchema,
  provisions: z.array(ProvisionSchema).optional(),
  exclusions: z.array(ProvisionSchema).optional().meta({ description: "What the proposal explicitly does not ask." }),
  condition: ConditionSchema.optional().meta({ description: 'What the plan is subject to: "legally binding, subject to national procedures".' }),
  sources: SourceRefsSchema,
  quote: TextSchema.optional(),
  note: NoteSchema.optional(),
});

/**
 * An actor's dated position on a proposal.
 *
 * @example
 * ```ts
 * import { PositionSchema } from "coalition/schema";
 * PositionSchema.safeParse({ id: "de-on-behind-the-line", proposal: "behind-the-line-force", actor: "DE", stance: "opposed", phrase: "opposed", date: "unknown", sources: ["report"] }).success;
 * //=> true
 * ```
 *
 * @category Parsing
 */
export const PositionSchema = z.strictObject({
  id: IdSchema,
  proposal: IdSchema,
  actor: IdSchema,
  statedBy: SpeakerSchema.optional(),
  stance: StanceSchema,
  phrase: NameSchema.optional(),
  condition: ConditionSchema.optional().meta({ description: 'What the position depends on: "not outside alliance commitments".' }),
  date: DateOrUnknownSchema,
  sources: SourceRefsSchema,
  quote: TextSchema.optional(),
  ...DECISION_FIELDS,
  supersedes: SupersedesSchema,
  note: NoteSchema.optional(),
});
