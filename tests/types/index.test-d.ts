// The signatures of the `coalition` entry, as a user's editor shows them: each public
// function's parameters and return type, and the unions a user narrows on their `code`
// (DatasetIssue, CoalitionError). Type-checked only (vitest typecheck and `tsc`), never run.
import { describe, expectTypeOf, it } from "vitest";
import {
  actorsByStance,
  aggregateCommitments,
  changesBetween,
  coalitionParticipants,
  compareStance,
  contestedActors,
  dateEnd,
  datePrecision,
  dateStart,
  formatIssues,
  formatPath,
  indexCommitments,
  isCoalitionError,
  isCountryCode,
  isCurrencyCode,
  isStanceAtLeast,
  locationKey,
  mergeAggregates,
  participantsByBloc,
  pickClaims,
  proposalPositions,
  provisionsFor,
  stanceOfPhrase,
  stanceOnContribution,
  stanceOnProposal,
  stanceRank,
  type ActorsByStanceOptions,
  type ActorStance,
  type Aggregate,
  type AggregateCommitmentsOptions,
  type ChangesBetweenOptions,
  type Claim,
  type CoalitionError,
  type CoalitionParticipants,
  type CoalitionParticipantsOptions,
  type CommitmentIndex,
  type ConditionTextProblem,
  type ContestedActor,
  type ContestedActorsOptions,
  type ContributionStance,
  type Dataset,
  type DatasetIssue,
  type DatasetSource,
  type DateOrUnknown,
  type DatePrecision,
  type Location,
  type PathSegment,
  type PickedClaims,
  type ParticipantsByBloc,
  type ParticipantsByBlocOptions,
  type ProposalPositions,
  type ProposalPositionsOptions,
  type ProposalStance,
  type ProvisionsFor,
  type ProvisionsForOptions,
  type ReferenceKind,
  type Stance,
  type StanceChanges,
  type StanceOfPhraseOptions,
  type StanceOnContributionOptions,
  type StanceOnProposalOptions,
  type PickClaimsOptions,
} from "../../src/index.js";

describe("the stance scale and dates", () => {
  it("ranks, compares and reads stances", () => {
    expectTypeOf(stanceRank).parameters.toEqualTypeOf<[Stance]>();
    expectTypeOf(stanceRank).returns.toEqualTypeOf<number>();
    expectTypeOf(compareStance).parameters.toEqualTypeOf<[Stance, Stance]>();
    expectTypeOf(compareStance).returns.toEqualTypeOf<number>();
    expectTypeOf(isStanceAtLeast).parameters.toEqualTypeOf<[Stance, Stance]>();
    expectTypeOf(isStanceAtLeast).returns.toEqualTypeOf<boolean>();
    expectTypeOf(stanceOfPhrase).parameters.toEqualTypeOf<[string, StanceOfPhraseOptions?]>();
    expectTypeOf(stanceOfPhrase).returns.toEqualTypeOf<Stance | undefined>();
  });

  it("reads partial dates, and may have no answer", () => {
    expectTypeOf(datePrecision).parameters.toEqualTypeOf<[string]>();
    expectTypeOf(datePrecision).returns.toEqualTypeOf<DatePrecision | undefined>();
    expectTypeOf(dateStart).parameters.toEqualTypeOf<[DateOrUnknown]>();
    expectTypeOf(dateStart).returns.toEqualTypeOf<string | undefined>();
    expectTypeOf(dateEnd).parameters.toEqualTypeOf<[DateOrUnknown]>();
    expectTypeOf(dateEnd).returns.toEqualTypeOf<string | undefined>();
  });

  it("checks codes and keys places", () => {
    expectTypeOf(isCountryCode).parameters.toEqualTypeOf<[string]>();
    expectTypeOf(isCountryCode).returns.toEqualTypeOf<boolean>();
    expectTypeOf(isCurrencyCode).parameters.toEqualTypeOf<[string]>();
    expectTypeOf(isCurrencyCode).returns.toEqualTypeOf<boolean>();
    expectTypeOf(locationKey).parameters.toEqualTypeOf<[Location]>();
    expectTypeOf(locationKey).returns.toEqualTypeOf<string>();
  });
});

describe("issues and errors", () => {
  it("formats issues and their paths", () => {
    expectTypeOf(formatPath).parameters.toEqualTypeOf<[readonly PathSegment[]]>();
    expectTypeOf(formatPath).returns.toEqualTypeOf<string>();
    expectTypeOf(formatIssues).parameters.toEqualTypeOf<[readonly DatasetIssue[]]>();
    expectTypeOf(formatIssues).returns.toEqualTypeOf<string>();
  });

  it("narrows a DatasetIssue by its code to the fields that code has", () => {
    const issue = {} as DatasetIssue;
    expectTypeOf(issue.code).toBeString();
    expectTypeOf(issue.path).toEqualTypeOf<readonly PathSegment[]>();
    if (issue.code === "unknown_reference" || issue.code === "wrong_reference_kind") {
      expectTypeOf(issue.id).toEqualTypeOf<string>();
      expectTypeOf(issue.expected).toEqualTypeOf<ReferenceKind>();
    }
    if (issue.code === "duplicate_id") {
      expectTypeOf(issue.id).toEqualTypeOf<string>();
      expectTypeOf(issue.firstPath).toEqualTypeOf<readonly PathSegment[]>();
    }
    if (issue.code === "conflicting_redefinition") expectTypeOf(issue.otherPath).toEqualTypeOf<readonly PathSegment[]>();
    if (issue.code === "invalid_base") {
      expectTypeOf(issue.dataset).toEqualTypeOf<string>();
      expectTypeOf(issue.issue).toEqualTypeOf<DatasetIssue>();
    }
    // A plain issue carries no reference: only the codes above have an id.
    // @ts-expect-error `id` exists only once the code is narrowed
    void issue.id;
  });

  it("narrows a CoalitionError by its code: the argument of invalid_argument, issues only where there are issues", () => {
    expectTypeOf(isCoalitionError).parameters.toEqualTypeOf<[unknown]>();
    expectTypeOf(isCoalitionError).guards.toEqualTypeOf<CoalitionError>();
    const error = {} as CoalitionError;
    expectTypeOf(error).toMatchTypeOf<Error>();
    expectTypeOf(error.name).toEqualTypeOf<"CoalitionError">();
    if (error.code === "invalid_argument") {
      expectTypeOf(error.argument).toEqualTypeOf<string>();
      expectTypeOf(error).not.toHaveProperty("issues");
    }
    if (error.code === "invalid_dataset") {
      expectTypeOf(error.issues).toEqualTypeOf<readonly DatasetIssue[]>();
      expectTypeOf(error).not.toHaveProperty("argument");
    }
    if (error.code === "missing_exchange_rate") {
      expectTypeOf(error.currency).toEqualTypeOf<string>();
      expectTypeOf(error).not.toHaveProperty("issues");
    }
    if (error.code === "invalid_condition_text") {
      expectTypeOf(error.problems).toEqualTypeOf<readonly ConditionTextProblem[]>();
      expectTypeOf(error).not.toHaveProperty("issues");
    }
    if (error.code === "missing_dependency") expectTypeOf(error.dependency).toEqualTypeOf<string>();
    // @ts-expect-error `issues` exists only on invalid_dataset
    void error.issues;
  });
});

describe("indexes, claims and aggregates", () => {
  it("indexes a dataset, and every query takes the dataset or its index", () => {
    expectTypeOf(indexCommitments).parameters.toEqualTypeOf<[Dataset]>();
    expectTypeOf(indexCommitments).returns.toEqualTypeOf<CommitmentIndex>();
    expectTypeOf<Dataset>().toMatchTypeOf<DatasetSource>();
    expectTypeOf<CommitmentIndex>().toMatchTypeOf<DatasetSource>();
  });

  it("picks claims of the kind it is given", () => {
    const claimed = {} as { readonly claims: readonly Claim<number>[] };
    expectTypeOf(pickClaims(claimed, {} as DatasetSource)).toEqualTypeOf<PickedClaims<Claim<number>>>();
    expectTypeOf(pickClaims).parameter(1).toEqualTypeOf<DatasetSource>();
    expectTypeOf(pickClaims).parameter(2).toEqualTypeOf<PickClaimsOptions | undefined>();
  });

  it("aggregates and merges aggregates", () => {
    expectTypeOf(aggregateCommitments).parameters.toEqualTypeOf<[DatasetSource, AggregateCommitmentsOptions?]>();
    expectTypeOf(aggregateCommitments).returns.toEqualTypeOf<Aggregate>();
    expectTypeOf(mergeAggregates).parameters.toEqualTypeOf<[Aggregate, Aggregate]>();
    expectTypeOf(mergeAggregates).returns.toEqualTypeOf<Aggregate>();
  });
});

describe("queries: the source first, the options last", () => {
  it("stances of one actor", () => {
    expectTypeOf(stanceOnContribution).parameters.toEqualTypeOf<[DatasetSource, string, string, StanceOnContributionOptions?]>();
    expectTypeOf(stanceOnContribution).returns.toEqualTypeOf<ContributionStance>();
    expectTypeOf(stanceOnProposal).parameters.toEqualTypeOf<[DatasetSource, string, string, StanceOnProposalOptions?]>();
    expectTypeOf(stanceOnProposal).returns.toEqualTypeOf<ProposalStance>();
  });

  it("actors by stance, and the positions on a proposal", () => {
    expectTypeOf(actorsByStance).parameters.toEqualTypeOf<[DatasetSource, string, ActorsByStanceOptions?]>();
    expectTypeOf(actorsByStance).returns.toEqualTypeOf<ActorStance[]>();
    expectTypeOf(proposalPositions).parameters.toEqualTypeOf<[DatasetSource, string, ProposalPositionsOptions?]>();
    expectTypeOf(proposalPositions).returns.toEqualTypeOf<ProposalPositions>();
  });

  it("blocs, coalitions and provisions", () => {
    expectTypeOf(participantsByBloc).parameters.toEqualTypeOf<[DatasetSource, string, string, ParticipantsByBlocOptions?]>();
    expectTypeOf(participantsByBloc).returns.toEqualTypeOf<ParticipantsByBloc>();
    expectTypeOf(coalitionParticipants).parameters.toEqualTypeOf<[DatasetSource, string, CoalitionParticipantsOptions?]>();
    expectTypeOf(coalitionParticipants).returns.toEqualTypeOf<CoalitionParticipants | undefined>();
    expectTypeOf(provisionsFor).parameters.toEqualTypeOf<[DatasetSource, string, ProvisionsForOptions?]>();
    expectTypeOf(provisionsFor).returns.toEqualTypeOf<ProvisionsFor>();
  });

  it("contested actors, and the changes between two days (their options required)", () => {
    expectTypeOf(contestedActors).parameters.toEqualTypeOf<[DatasetSource, ContestedActorsOptions?]>();
    expectTypeOf(contestedActors).returns.toEqualTypeOf<ContestedActor[]>();
    expectTypeOf(changesBetween).parameters.toEqualTypeOf<[DatasetSource, ChangesBetweenOptions]>();
    expectTypeOf(changesBetween).returns.toEqualTypeOf<StanceChanges>();
  });
});
