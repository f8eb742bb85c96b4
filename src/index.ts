// The zod-free core: the model's types, its runtime helpers, the queries and aggregation.
// Schemas and the parser live in "coalition/schema"; scenario analysis in "coalition/scenario";
// reports in "coalition/report"; the seed data in "coalition/fixtures". Each is its own entry so
// that a consumer bundles only what it imports.

export { STANCES, type Stance } from "./model/stance.js";
export { stanceRank } from "./model/stance-rank.js";
export { compareStance } from "./model/compare-stance.js";
export { isStanceAtLeast } from "./model/is-stance-at-least.js";
export { STANCE_PHRASES, type StancePhrase } from "./model/stance-phrases.js";
export { stanceOfPhrase, type StanceOfPhraseOptions } from "./model/stance-of-phrase.js";
export {
  datePrecision,
  dateEnd,
  dateStart,
  type PartialDate,
  type DateOrUnknown,
  type DatePrecision,
} from "./model/partial-date.js";
export { isCountryCode } from "./model/country-codes.js";
export { isCurrencyCode } from "./model/currency-codes.js";
export {
  BUILTIN_CONTRIBUTION_TYPES,
  TAXONOMY_VERSION,
  type ContributionTypeDefinition,
} from "./model/builtin-contribution-types.js";
export { SOURCE_KINDS, type SourceKind } from "./model/source-kinds.js";
export { BUILTIN_COUNT_UNITS, type CountUnit } from "./model/count-units.js";
export { LIMITS } from "./model/limits.js";
export type { DeepReadonly } from "./model/deep-readonly.js";
export type {
  Dataset,
  State,
  Organization,
  OrganizationKind,
  Membership,
  Institution,
  InstitutionKind,
  Person,
  Office,
  Source,
  ContributionType,
  Location,
  InCountryLocation,
  LineOfContactLocation,
  BehindDemarcationLineLocation,
  NeighbouringCountriesLocation,
  AtSeaLocation,
  RemoteLocation,
  RegionLocation,
  AreasLocation,
  BlocTerritoryLocation,
  Quantity,
  ExactQuantity,
  RangeQuantity,
  ApproximateQuantity,
  Count,
  ExactCount,
  RangeCount,
  AtLeastCount,
  AtMostCount,
  ApproximateCount,
  VoteTally,
  Condition,
  AllCondition,
  AnyCondition,
  NotCondition,
  ConditionAtom,
  PeaceAtom,
  RequestAtom,
  ApprovalAtom,
  InclusionAtom,
  CommitmentAtom,
  ThresholdAtom,
  MandateAtom,
  FactAtom,
  Speaker,
  FulfilmentStep,
  FulfilmentStage,
  Commitment,
  Proposal,
  Provision,
  Position,
  CoalitionEvent,
  EventKind,
  EventSeries,
  Coalition,
  Participation,
  SoughtContribution,
  Subgroup,
  SubgroupKind,
  CoalitionBody,
  BodyKind,
  BodySite,
  BodyLead,
  Place,
  PledgeCount,
  PledgeCountActor,
  ExtendsRef,
  DatasetAssumptions,
  Claim,
  Claimed,
} from "./model/types.js";

export {
  isCoalitionError,
  type CoalitionError,
  type CoalitionErrorCode,
  type InvalidArgumentError,
  type MissingDependencyError,
  type InvalidDatasetError,
  type MissingExchangeRateError,
  type ConditionTextError,
  type ConditionTextProblem,
} from "./errors/coalition-error.js";
export type {
  DatasetIssue,
  DatasetIssueCode,
  DatasetIssueOf,
  PlainIssueCode,
  PathSegment,
  ReferenceKind,
} from "./parse/dataset-issue.js";
export { formatIssues, formatPath } from "./parse/format-issues.js";

// Aggregation and stance queries over a parsed dataset, each answer with its records.
export type { AsOfOptions } from "./model/as-of-options.js";
export type { CommitmentIndex, DatasetSource } from "./model/dataset-source.js";
export { indexCommitments } from "./aggregate/index-commitments.js";
export { locationKey } from "./model/location-key.js";
export { pickClaims, type PickClaimsOptions, type PickedClaims, type ClaimPolicy } from "./claims/pick-claims.js";
export { aggregateCommitments, type AggregateCommitmentsOptions } from "./aggregate/aggregate-commitments.js";
export { mergeAggregates } from "./aggregate/merge-aggregates.js";
export type { Aggregate, AggregateBucket, AggregateDimension, ExchangeRates, UnitTotal } from "./aggregate/types.js";
export {
  stanceOnContribution,
  type StanceOnContributionOptions,
  type ContributionStance,
} from "./query/stance-on-contribution.js";
export { stanceOnProposal, type StanceOnProposalOptions, type ProposalStance } from "./query/stance-on-proposal.js";
export { actorsByStance, type ActorsByStanceOptions, type ActorStance } from "./query/actors-by-stance.js";
export {
  proposalPositions,
  type ProposalPositionsOptions,
  type ProposalPositions,
  type ProposalSide,
} from "./query/proposal-positions.js";
export {
  participantsByBloc,
  type ParticipantsByBlocOptions,
  type ParticipantsByBloc,
  type BlocParticipant,
} from "./query/participants-by-bloc.js";
export { contestedActors, type ContestedActorsOptions, type ContestedActor } from "./query/contested-actors.js";
export {
  changesBetween,
  type ChangesBetweenOptions,
  type ChangeKind,
  type ChangeSubject,
  type StanceChange,
  type StanceChanges,
} from "./query/changes-between.js";
export {
  coalitionParticipants,
  type CoalitionParticipantsOptions,
  type CoalitionParticipants,
  type CountReading,
} from "./query/coalition-participants.js";
export { countAtStance, type CountAtStanceOptions, type StanceCount, type PledgeCountReading } from "./query/count-at-stance.js";
export { provisionsFor, type ProvisionsForOptions, type ProvisionsFor, type ProvisionOf } from "./query/provisions-for.js";
export type { StanceStatement, ContributionStatement, ProposalStatement, StanceSubject } from "./query/types.js";
