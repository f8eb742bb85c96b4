// The model's types: named, readonly interfaces and unions, written to be read and free of
// zod, so a consumer's editor, error messages and declaration files name them instead of
// expanding them. tests/model/types.test-d.ts holds each to the output of its schema.
export type { Claim, Claimed } from "./types/claims.js";
export type {
  State,
  Organization,
  OrganizationKind,
  Membership,
  Institution,
  InstitutionKind,
  Person,
  Office,
} from "./types/actors.js";
export type { Source } from "./types/source.js";
export type { ContributionType } from "./types/contribution-type.js";
export type {
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
} from "./types/location.js";
export type { Quantity, ExactQuantity, RangeQuantity, ApproximateQuantity } from "./types/quantity.js";
export type { Count, ExactCount, RangeCount, AtLeastCount, AtMostCount, ApproximateCount, VoteTally } from "./types/count.js";
export type { CountUnit } from "./count-units.js";
export type {
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
} from "./types/condition.js";
export type { Speaker, FulfilmentStep, FulfilmentStage, Commitment } from "./types/commitment.js";
export type { Proposal, Provision, Position } from "./types/proposal.js";
export type { CoalitionEvent, EventKind, EventSeries } from "./types/event.js";
export type {
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
} from "./types/coalition.js";
export type { PledgeCount, PledgeCountActor } from "./types/pledge-count.js";
export type { Dataset, ExtendsRef, DatasetAssumptions } from "./types/dataset.js";
