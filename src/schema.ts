// "coalition/schema": the zod schemas of the model, the parser, and the JSON Schema.

export { parseDataset, safeParseDataset, type ParseDatasetOptions, type SafeParseDatasetResult } from "./parse/parse-dataset.js";
export { datasetJsonSchema } from "./schema/dataset-json-schema.js";
export { DatasetSchema, COLLECTION_SCHEMAS, type CollectionName } from "./schema/dataset.js";
export {
  StateSchema,
  OrganizationSchema,
  MembershipSchema,
  InstitutionSchema,
  PersonSchema,
  OfficeSchema,
} from "./schema/actors.js";
export { SourceSchema } from "./schema/source.js";
export { ContributionTypeSchema, StancePhraseSchema } from "./schema/contribution-type.js";
export { LocationSchema } from "./schema/location.js";
export { QuantitySchema } from "./schema/quantity.js";
export { CountSchema, CountUnitSchema, ParticipantCountSchema } from "./schema/count.js";
export { VoteTallySchema } from "./schema/vote-tally.js";
export { PledgeCountSchema, PledgeCountActorSchema } from "./schema/pledge-count.js";
export { ExtendsRefSchema, DatasetAssumptionsSchema } from "./schema/layers.js";
export { ConditionSchema } from "./schema/condition.js";
export { CommitmentSchema, SpeakerSchema, FulfilmentStepSchema } from "./schema/commitment.js";
export { ProposalSchema, ProvisionSchema, PositionSchema } from "./schema/proposal.js";
export { EventSchema, EventSeriesSchema } from "./schema/event.js";
export {
  CoalitionSchema,
  ParticipationSchema,
  SoughtContributionSchema,
  SubgroupSchema,
  CoalitionBodySchema,
  BodySiteSchema,
  BodyLeadSchema,
  PlaceSchema,
} from "./schema/coalition.js";
export {
  CountryCodeSchema,
  CurrencyCodeSchema,
  PartialDateSchema,
  DateOrUnknownSchema,
  StanceSchema,
  IdSchema,
} from "./schema/primitives.js";
