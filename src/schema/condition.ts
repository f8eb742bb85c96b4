import * as z from "zod";
import { CountryCodeSchema, IdSchema, NameSchema, StanceSchema, TextSchema } from "./primitives.js";
import { LocationSchema } from "./location.js";

const quote = TextSchema.optional().meta({ description: "The source's words for this condition." });

/** A peace agreement or a ceasefire in force in a country ("if peace is achieved", "post-war"). */
export const PeaceAtomSchema = z.strictObject({
  kind: z.literal("peace"),
  form: z.enum(["agreement", "ceasefire"]),
  country: CountryCodeSchema,
  quote,
});

/** A formal request to the committing actor, by a named actor or by anyone ("if requested"). */
export const RequestAtomSchema = z.strictObject({
  kind: z.literal("request"),
  by: IdSchema.optional().meta({ description: "The requesting actor; absent when the source names none." }),
  quote,
});

/** Domestic approval by a named institution ("if the government is not against it"). */
export const ApprovalAtomSchema = z.strictObject({
  kind: z.literal("approval"),
  institution: IdSchema,
  quote,
});

/** The committing actor (or another) included in decision-making ("only if involved in all consultations"). */
export const InclusionAtomSchema = z.strictObject({
  kind: z.literal("inclusion"),
  actor: IdSchema.optional().meta({ description: "Who must be included; the committing actor when absent." }),
  in: NameSchema.meta({ description: 'What they must be included in: "all consultations and preparations".' }),
  quote,
});

/** Another actor's commitment to a contribution type at a minimum stance (a hoped-for backstop). */
export const CommitmentAtomSchema = z.strictObject({
  kind: z.literal("commitment"),
  actor: IdSchema,
  type: IdSchema,
  minStance: StanceSchema,
  location: LocationSchema.optional(),
  quote,
});

/** At least `count` other actors committing to a contribution type ("if at least N members send troops"). */
export const ThresholdAtomSchema = z.strictObject({
  kind: z.literal("threshold"),
  count: z.int().min(1).max(1_000_000),
  type: IdSchema,
  minStance: StanceSchema,
  among: IdSchema.optional().meta({ description: "A coalition whose participants count; any actor when absent." }),
  location: LocationSchema.optional(),
  quote,
});

/** A mandate from an organization (UN, EU). */
export const MandateAtomSchema = z.strictObject({
  kind: z.literal("mandate"),
  by: IdSchema,
  quote,
});

/** A named free-form fact, for anything the typed atoms do not cover. */
export const FactAtomSchema = z.strictObject({
  kind: z.literal("fact"),
  id: IdSchema,
  description: NameSchema,
  quote,
});

/**
 * What must hold for a commitment to take effect: a boolean expression (`all`,
 * `any`, `not`) over typed atoms.
 *
 * @example
 * ```ts
 * import { ConditionSchema } from "coalition/schema";
 * ConditionSchema.safeParse({ kind: "all", of: [{ kind: "request" }, { kind: "approval", institution: "CH.government" }] }).success;
 * //=> true
 * ConditionSchema.safeParse({ kind: "all", of: [] }).success;
 * //=> false
 * ```
 *
 * @category Parsing
 */
export const ConditionSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("all"),
    // The annotation keeps declaration files from inlining the recursion level by level.
    get of(): z.ZodArray<typeof ConditionSchema> {
      return z.array(ConditionSchema).min(1);
    },
  }),
  z.strictObject({
    kind: z.literal("any"),
    get of(): z.ZodArray<typeof ConditionSchema> {
      return z.array(ConditionSchema).min(1);
    },
  }),
  z.strictObject({
    kind: z.literal("not"),
    get of(): typeof ConditionSchema {
      return ConditionSchema;
    },
  }),
  PeaceAtomSchema,
  RequestAtomSchema,
  ApprovalAtomSchema,
  InclusionAtomSchema,
  CommitmentAtomSchema,
  ThresholdAtomSchema,
  MandateAtomSchema,
  FactAtomSchema,
]).meta({ id: "Condition", description: "A boolean expression (all / any / not) over typed atoms." });
