// The zod-free core: the model's types, its runtime helpers, and the queries.
// Schemas and the parser live in "coalition/schema"; the seed data in "coalition/fixtures".

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
export { LIMITS } from "./model/limits.js";
export type { DeepReadonly } from "./model/deep-readonly.js";
export type {
  Dataset,
  State,
  Organization,
  Membership,
  Institution,
  InstitutionKind,
  Person,
  Office,
  Source,
  ContributionType,
  Location,
  Quantity,
  Condition,
  ConditionAtom,
  Speaker,
  FulfilmentStep,
  FulfilmentStage,
  Commitment,
  Proposal,
  Provision,
  Position,
  CoalitionEvent,
  Coalition,
  Participation,
  SoughtContribution,
  Claim,
  Claimed,
} from "./model/types.js";

export { CoalitionError, isCoalitionError, type CoalitionErrorCode } from "./errors/coalition-error.js";
export type {
  DatasetIssue,
  DatasetIssueCode,
  DatasetIssueOf,
  PlainIssueCode,
  PathSegment,
  ReferenceKind,
} from "./parse/dataset-issue.js";
export { formatIssues, formatPath } from "./parse/format-issues.js";
