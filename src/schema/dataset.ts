import * as z from "zod";
import { OrganizationSchema, InstitutionSchema, PersonSchema, StateSchema } from "./actors.js";
import { CoalitionSchema } from "./coalition.js";
import { CommitmentSchema } from "./commitment.js";
import { ContributionTypeSchema, StancePhraseSchema } from "./contribution-type.js";
import { EventSchema } from "./event.js";
import { IdSchema, NameSchema, NoteSchema, PartialDateSchema, TextSchema } from "./primitives.js";
import { ExtendsRefSchema, DatasetAssumptionsSchema } from "./layers.js";
import { PledgeCountSchema } from "./pledge-count.js";
import { PositionSchema, ProposalSchema } from "./proposal.js";
import { SourceSchema } from "./source.js";

// COLLECTION_SCHEMAS is annotated so that declaration files and the API docs name each
// schema instead of expanding it.
/**
 * The record collections of a dataset and the schema of one record of each.
 *
 * @example
 * ```ts
 * import { COLLECTION_SCHEMAS } from "coalition/schema";
 * Object.keys(COLLECTION_SCHEMAS);
 * //=> ["sources", "states", "organizations", "institutions", "persons", "contributionTypes", "stancePhrases", "coalitions", "commitments", "proposals", "positions", "events", "pledgeCounts"]
 * COLLECTION_SCHEMAS.states.safeParse({ id: "NZ" }).success;
 * //=> true
 * ```
 *
 * @category Parsing
 */
export const COLLECTION_SCHEMAS: {
  readonly sources: typeof SourceSchema;
  readonly states: typeof StateSchema;
  readonly organizations: typeof OrganizationSchema;
  readonly institutions: typeof InstitutionSchema;
  readonly persons: typeof PersonSchema;
  readonly contributionTypes: typeof ContributionTypeSchema;
  readonly stancePhrases: typeof StancePhraseSchema;
  readonly coalitions: typeof CoalitionSchema;
  readonly commitments: typeof CommitmentSchema;
  readonly proposals: typeof ProposalSchema;
  readonly positions: typeof PositionSchema;
  readonly events: typeof EventSchema;
  readonly pledgeCounts: typeof PledgeCountSchema;
} = {
  sources: SourceSchema,
  states: StateSchema,
  organizations: OrganizationSchema,
  institutions: InstitutionSchema,
  persons: PersonSchema,
  contributionTypes: ContributionTypeSchema,
  stancePhrases: StancePhraseSchema,
  coalitions: CoalitionSchema,
  commitments: CommitmentSchema,
  proposals: ProposalSchema,
  positions: PositionSchema,
  events: EventSchema,
  pledgeCounts: PledgeCountSchema,
};

/**
 * The name of one record collection of a dataset.
 *
 * @category Parsing
 */
export type CollectionName = keyof typeof COLLECTION_SCHEMAS;

export const COLLECTION_NAMES = Object.keys(COLLECTION_SCHEMAS) as CollectionName[];

/** The dataset's own fields, beside its collections. */
export const DATASET_HEADER = {
  $schema: z.string().max(2_048).optional().meta({ description: "The JSON Schema that editors validate against." }),
  id: IdSchema,
  title: NameSchema,
  description: TextSchema.optional(),
  version: NameSchema.optional(),
  publishedOn: PartialDateSchema.optional(),
  notes: z.array(NoteSchema).optional(),
  extends: z
    .array(ExtendsRefSchema)
    .optional()
    .meta({ description: "The datasets this one builds on: their records and its own make one dataset." }),
  assumptions: DatasetAssumptionsSchema.optional(),
  layers: z.array(IdSchema).min(1).optional().meta({
    description:
      "Written by the parser: the datasets whose records this document already holds, base-most first, itself last. An extended dataset named here is not resolved again.",
  }),
};

/**
 * A dataset document: the header fields and every collection (each may be omitted:
 * empty). It checks the shape of each record only: references between records, ids,
 * intervals and phrases are checked by {@link parseDataset}, which uses it.
 *
 * @example
 * ```ts
 * import { DatasetSchema } from "coalition/schema";
 * const shape = DatasetSchema.safeParse({ id: "demo", title: "Demo", commitments: [{ id: "c1", actor: "NOWHERE", type: "tanks", stance: "ready", date: "unknown", sources: ["missing"] }] });
 * shape.success;
 * //=> true
 * shape.data?.states;
 * //=> []
 * ```
 *
 * @category Parsing
 */
export const DatasetSchema = z
  .strictObject({
    ...DATASET_HEADER,
    sources: z.array(SourceSchema).default([]),
    states: z.array(StateSchema).default([]),
    organizations: z.array(OrganizationSchema).default([]),
    institutions: z.array(InstitutionSchema).default([]),
    persons: z.array(PersonSchema).default([]),
    contributionTypes: z.array(ContributionTypeSchema).default([]),
    stancePhrases: z.array(StancePhraseSchema).default([]),
    coalitions: z.array(CoalitionSchema).default([]),
    commitments: z.array(CommitmentSchema).default([]),
    proposals: z.array(ProposalSchema).default([]),
    positions: z.array(PositionSchema).default([]),
    events: z.array(EventSchema).default([]),
    pledgeCounts: z.array(PledgeCountSchema).default([]),
  })
  .meta({ title: "coalition dataset", description: "A dataset of the coalition library." });
