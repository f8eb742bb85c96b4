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

// DatasetSchema is annotated with this named shape so that the declaration files and the
// API page name each field's schema instead of expanding the whole document's type
// (10,720 px tall unannotated). The type is exact: z.infer and z.input of DatasetSchema
// are what they were (tests/model/types.test-d.ts holds them to Dataset).
/**
 * The fields of {@link DatasetSchema}: the schema of each header field and of each
 * collection (an array of records, empty where the document leaves it out).
 *
 * @category Parsing
 */
export type DatasetSchemaShape = {
  readonly $schema: z.ZodOptional<z.ZodString>;
  readonly id: typeof IdSchema;
  readonly title: z.ZodString;
  readonly description: z.ZodOptional<z.ZodString>;
  readonly version: z.ZodOptional<z.ZodString>;
  readonly publishedOn: z.ZodOptional<typeof PartialDateSchema>;
  readonly notes: z.ZodOptional<z.ZodArray<z.ZodString>>;
  readonly extends: z.ZodOptional<z.ZodArray<typeof ExtendsRefSchema>>;
  readonly assumptions: z.ZodOptional<typeof DatasetAssumptionsSchema>;
  readonly layers: z.ZodOptional<z.ZodArray<typeof IdSchema>>;
  readonly sources: z.ZodDefault<z.ZodArray<typeof SourceSchema>>;
  readonly states: z.ZodDefault<z.ZodArray<typeof StateSchema>>;
  readonly organizations: z.ZodDefault<z.ZodArray<typeof OrganizationSchema>>;
  readonly institutions: z.ZodDefault<z.ZodArray<typeof InstitutionSchema>>;
  readonly persons: z.ZodDefault<z.ZodArray<typeof PersonSchema>>;
  readonly contributionTypes: z.ZodDefault<z.ZodArray<typeof ContributionTypeSchema>>;
  readonly stancePhrases: z.ZodDefault<z.ZodArray<typeof StancePhraseSchema>>;
  readonly coalitions: z.ZodDefault<z.ZodArray<typeof CoalitionSchema>>;
  readonly commitments: z.ZodDefault<z.ZodArray<typeof CommitmentSchema>>;
  readonly proposals: z.ZodDefault<z.ZodArray<typeof ProposalSchema>>;
  readonly positions: z.ZodDefault<z.ZodArray<typeof PositionSchema>>;
  readonly events: z.ZodDefault<z.ZodArray<typeof EventSchema>>;
  readonly pledgeCounts: z.ZodDefault<z.ZodArray<typeof PledgeCountSchema>>;
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
export const DatasetSchema: z.ZodObject<DatasetSchemaShape, z.core.$strict> = z
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
