// The model's types, inferred from its zod schemas. Type-only imports: nothing of
// zod reaches the runtime of code that uses these types.
import type * as z from "zod";
import type { DeepReadonly } from "./deep-readonly.js";
import type * as actors from "../schema/actors.js";
import type * as coalition from "../schema/coalition.js";
import type * as commitment from "../schema/commitment.js";
import type * as condition from "../schema/condition.js";
import type * as contributionType from "../schema/contribution-type.js";
import type * as dataset from "../schema/dataset.js";
import type * as event from "../schema/event.js";
import type * as location from "../schema/location.js";
import type * as proposal from "../schema/proposal.js";
import type * as quantity from "../schema/quantity.js";
import type * as source from "../schema/source.js";


/** A parsed dataset: deeply readonly, frozen, and with every reference resolved. */
export type Dataset = DeepReadonly<z.output<typeof dataset.DatasetSchema>>;
/** A state, keyed by its ISO 3166-1 alpha-2 code. */
export type State = DeepReadonly<z.output<typeof actors.StateSchema>>;
/** An organization or bloc with dated memberships. */
export type Organization = DeepReadonly<z.output<typeof actors.OrganizationSchema>>;
/** A dated membership of a state in an organization; `to` is exclusive. */
export type Membership = DeepReadonly<z.output<typeof actors.MembershipSchema>>;
/** An institution of a state or organization. */
export type Institution = DeepReadonly<z.output<typeof actors.InstitutionSchema>>;
/** A kind of institution: head of state, parliament, armed forces command… */
export type InstitutionKind = Institution["kind"];
/** A named person with the offices they hold. */
export type Person = DeepReadonly<z.output<typeof actors.PersonSchema>>;
/** An office of a person in an institution. */
export type Office = DeepReadonly<z.output<typeof actors.OfficeSchema>>;
/** Where a record comes from. */
export type Source = DeepReadonly<z.output<typeof source.SourceSchema>>;
/** A dataset's own, namespaced contribution type. */
export type ContributionType = DeepReadonly<z.output<typeof contributionType.ContributionTypeSchema>>;
/** Where a contribution would be deployed. */
export type Location = DeepReadonly<z.output<typeof location.LocationSchema>>;
/** How much is offered, in one unit. */
export type Quantity = DeepReadonly<z.output<typeof quantity.QuantitySchema>>;
/** A boolean expression over typed atoms. */
export type Condition = DeepReadonly<z.output<typeof condition.ConditionSchema>>;
/** One leaf of a {@link Condition}: everything but `all`, `any` and `not`. */
export type ConditionAtom = Exclude<Condition, { readonly kind: "all" | "any" | "not" }>;
/** The institution, and the person where named, that stated a position. */
export type Speaker = DeepReadonly<z.output<typeof commitment.SpeakerSchema>>;
/** One step of a commitment's fulfilment. */
export type FulfilmentStep = DeepReadonly<z.output<typeof commitment.FulfilmentStepSchema>>;
/** A stage of fulfilment: announced, specified, delivered, deployed or withdrawn. */
export type FulfilmentStage = FulfilmentStep["stage"];
/** One actor's stated position on providing one contribution. */
export type Commitment = DeepReadonly<z.output<typeof commitment.CommitmentSchema>>;
/** A plan put forward by actors on a date. */
export type Proposal = DeepReadonly<z.output<typeof proposal.ProposalSchema>>;
/** A contribution a proposal asks for or leaves out. */
export type Provision = DeepReadonly<z.output<typeof proposal.ProvisionSchema>>;
/** An actor's dated position on a proposal. */
export type Position = DeepReadonly<z.output<typeof proposal.PositionSchema>>;
/** A dated meeting or call. */
export type CoalitionEvent = DeepReadonly<z.output<typeof event.EventSchema>>;
/** A named group with leads, dated participants and a coalition-wide condition. */
export type Coalition = DeepReadonly<z.output<typeof coalition.CoalitionSchema>>;
/** An actor's dated participation in a coalition. */
export type Participation = DeepReadonly<z.output<typeof coalition.ParticipationSchema>>;
/** A kind of contribution a coalition seeks. */
export type SoughtContribution = DeepReadonly<z.output<typeof coalition.SoughtContributionSchema>>;

/** One claim of a disputed value, with its sources. */
export interface Claim<T> {
  readonly value: T;
  readonly sources: readonly string[];
  readonly note?: string;
}

/** A value sources may disagree on: one or more claims. */
export interface Claimed<T> {
  readonly claims: readonly Claim<T>[];
}
