// The model's named types against its zod schemas: each interface or union and the output
// of its schema (read-only, as parsing returns it frozen) are assignable to each other both
// ways, and equal field by field (the same fields, optional and readonly alike), so neither
// can drift from the other. Type-checked only (vitest typecheck and `tsc`), never run.
import type * as z from "zod";
import { describe, expectTypeOf, it } from "vitest";
import type { DeepReadonly } from "../../src/model/deep-readonly.js";
import type { FULFILMENT_STAGES } from "../../src/internal/fulfilment-stages.js";
import type { SOURCE_KINDS, SourceKind } from "../../src/model/source-kinds.js";
import type { STANCES, Stance } from "../../src/model/stance.js";
import type { StancePhrase } from "../../src/model/stance-phrases.js";
import type {
  AllCondition,
  AnyCondition,
  ApprovalAtom,
  ApproximateCount,
  ApproximateQuantity,
  AreasLocation,
  AtLeastCount,
  AtMostCount,
  AtSeaLocation,
  BlocTerritoryLocation,
  BodyKind,
  BodyLead,
  BodySite,
  BehindDemarcationLineLocation,
  Claim,
  Claimed,
  Coalition,
  CoalitionBody,
  CoalitionEvent,
  Commitment,
  CommitmentAtom,
  Condition,
  ConditionAtom,
  ContributionType,
  Count,
  CountUnit,
  Dataset,
  DatasetAssumptions,
  EventKind,
  EventSeries,
  ExactCount,
  ExactQuantity,
  ExtendsRef,
  FactAtom,
  FulfilmentStage,
  FulfilmentStep,
  InCountryLocation,
  InclusionAtom,
  Institution,
  InstitutionKind,
  LineOfContactLocation,
  Location,
  MandateAtom,
  Membership,
  NeighbouringCountriesLocation,
  NotCondition,
  Office,
  Organization,
  OrganizationKind,
  Participation,
  PeaceAtom,
  Person,
  Place,
  PledgeCount,
  PledgeCountActor,
  Position,
  Proposal,
  Provision,
  Quantity,
  RangeCount,
  RangeQuantity,
  RegionLocation,
  RemoteLocation,
  RequestAtom,
  SoughtContribution,
  Source,
  Speaker,
  State,
  Subgroup,
  SubgroupKind,
  ThresholdAtom,
  VoteTally,
} from "../../src/model/types.js";
import type { BUILTIN_COUNT_UNITS } from "../../src/model/count-units.js";
import type {
  INSTITUTION_KINDS,
  InstitutionSchema,
  MembershipSchema,
  OfficeSchema,
  ORGANIZATION_KINDS,
  OrganizationSchema,
  PersonSchema,
  StateSchema,
} from "../../src/schema/actors.js";
import type {
  BODY_KINDS,
  BodyLeadSchema,
  BodySiteSchema,
  CoalitionBodySchema,
  CoalitionSchema,
  ParticipationSchema,
  PlaceSchema,
  SoughtContributionSchema,
  SUBGROUP_KINDS,
  SubgroupSchema,
} from "../../src/schema/coalition.js";
import type {
  ApproximateCountSchema,
  AtLeastCountSchema,
  AtMostCountSchema,
  CountSchema,
  CountUnitSchema,
  ExactCountSchema,
  RangeCountSchema,
} from "../../src/schema/count.js";
import type { DatasetAssumptionsSchema, ExtendsRefSchema } from "../../src/schema/layers.js";
import type { PledgeCountActorSchema, PledgeCountSchema } from "../../src/schema/pledge-count.js";
import type { VoteTallySchema } from "../../src/schema/vote-tally.js";
import type { CommitmentSchema, FulfilmentStepSchema, SpeakerSchema } from "../../src/schema/commitment.js";
import type {
  ApprovalAtomSchema,
  CommitmentAtomSchema,
  ConditionSchema,
  FactAtomSchema,
  InclusionAtomSchema,
  MandateAtomSchema,
  PeaceAtomSchema,
  RequestAtomSchema,
  ThresholdAtomSchema,
} from "../../src/schema/condition.js";
import type { ContributionTypeSchema, StancePhraseSchema } from "../../src/schema/contribution-type.js";
import type { DatasetSchema } from "../../src/schema/dataset.js";
import type { EVENT_KINDS, EventSchema, EventSeriesSchema } from "../../src/schema/event.js";
import type { LocationSchema } from "../../src/schema/location.js";
import type { PositionSchema, ProposalSchema, ProvisionSchema } from "../../src/schema/proposal.js";
import type { ApproximateQuantitySchema, ExactQuantitySchema, QuantitySchema, RangeQuantitySchema } from "../../src/schema/quantity.js";
import type { SourceSchema } from "../../src/schema/source.js";

/** What parsing with a schema returns: its output, frozen. */
type Parsed<Schema extends z.ZodType> = DeepReadonly<z.output<Schema>>;
/** One member of the location schema's union. */
type LocationOf<Kind extends Location["kind"]> = Extract<Parsed<typeof LocationSchema>, { readonly kind: Kind }>;
/** Members of the condition schema's union. */
type ConditionOf<Kind extends Condition["kind"]> = Extract<Parsed<typeof ConditionSchema>, { readonly kind: Kind }>;

describe("the dataset: each named type is what its schema parses to", () => {
  // The parser always fills in `layers`, which a document may leave out (and mostly does).
  it("Dataset ⇄ DatasetSchema, with layers always there", () => {
    expectTypeOf<Dataset>().toExtend<Parsed<typeof DatasetSchema>>();
    expectTypeOf<Parsed<typeof DatasetSchema>>().toExtend<Omit<Dataset, "layers">>();
    expectTypeOf<Omit<Dataset, "layers">>().toEqualTypeOf<Omit<Parsed<typeof DatasetSchema>, "layers">>();
    expectTypeOf<Dataset["layers"]>().toEqualTypeOf<NonNullable<Parsed<typeof DatasetSchema>["layers"]>>();
  });

  it("ExtendsRef ⇄ ExtendsRefSchema", () => {
    expectTypeOf<ExtendsRef>().toExtend<Parsed<typeof ExtendsRefSchema>>();
    expectTypeOf<Parsed<typeof ExtendsRefSchema>>().toExtend<ExtendsRef>();
    expectTypeOf<ExtendsRef>().toEqualTypeOf<Parsed<typeof ExtendsRefSchema>>();
  });

  it("DatasetAssumptions ⇄ DatasetAssumptionsSchema", () => {
    expectTypeOf<DatasetAssumptions>().toExtend<Parsed<typeof DatasetAssumptionsSchema>>();
    expectTypeOf<Parsed<typeof DatasetAssumptionsSchema>>().toExtend<DatasetAssumptions>();
    expectTypeOf<DatasetAssumptions>().toEqualTypeOf<Parsed<typeof DatasetAssumptionsSchema>>();
  });
});

describe("actors: each named type is what its schema parses to", () => {
  it("State ⇄ StateSchema", () => {
    expectTypeOf<State>().toExtend<Parsed<typeof StateSchema>>();
    expectTypeOf<Parsed<typeof StateSchema>>().toExtend<State>();
    expectTypeOf<State>().toEqualTypeOf<Parsed<typeof StateSchema>>();
  });

  it("Organization ⇄ OrganizationSchema", () => {
    expectTypeOf<Organization>().toExtend<Parsed<typeof OrganizationSchema>>();
    expectTypeOf<Parsed<typeof OrganizationSchema>>().toExtend<Organization>();
    expectTypeOf<Organization>().toEqualTypeOf<Parsed<typeof OrganizationSchema>>();
  });

  it("OrganizationKind ⇄ OrganizationSchema's kind", () => {
    expectTypeOf<OrganizationKind>().toExtend<Parsed<typeof OrganizationSchema>["kind"]>();
    expectTypeOf<Parsed<typeof OrganizationSchema>["kind"]>().toExtend<OrganizationKind>();
    expectTypeOf<OrganizationKind>().toEqualTypeOf<Parsed<typeof OrganizationSchema>["kind"]>();
  });

  it("Membership ⇄ MembershipSchema", () => {
    expectTypeOf<Membership>().toExtend<Parsed<typeof MembershipSchema>>();
    expectTypeOf<Parsed<typeof MembershipSchema>>().toExtend<Membership>();
    expectTypeOf<Membership>().toEqualTypeOf<Parsed<typeof MembershipSchema>>();
  });

  it("Institution ⇄ InstitutionSchema", () => {
    expectTypeOf<Institution>().toExtend<Parsed<typeof InstitutionSchema>>();
    expectTypeOf<Parsed<typeof InstitutionSchema>>().toExtend<Institution>();
    expectTypeOf<Institution>().toEqualTypeOf<Parsed<typeof InstitutionSchema>>();
  });

  it("InstitutionKind ⇄ InstitutionSchema's kind", () => {
    expectTypeOf<InstitutionKind>().toExtend<Parsed<typeof InstitutionSchema>["kind"]>();
    expectTypeOf<Parsed<typeof InstitutionSchema>["kind"]>().toExtend<InstitutionKind>();
    expectTypeOf<InstitutionKind>().toEqualTypeOf<Parsed<typeof InstitutionSchema>["kind"]>();
  });

  it("Person ⇄ PersonSchema", () => {
    expectTypeOf<Person>().toExtend<Parsed<typeof PersonSchema>>();
    expectTypeOf<Parsed<typeof PersonSchema>>().toExtend<Person>();
    expectTypeOf<Person>().toEqualTypeOf<Parsed<typeof PersonSchema>>();
  });

  it("Office ⇄ OfficeSchema", () => {
    expectTypeOf<Office>().toExtend<Parsed<typeof OfficeSchema>>();
    expectTypeOf<Parsed<typeof OfficeSchema>>().toExtend<Office>();
    expectTypeOf<Office>().toEqualTypeOf<Parsed<typeof OfficeSchema>>();
  });
});

describe("sources and vocabulary: each named type is what its schema parses to", () => {
  it("Source ⇄ SourceSchema", () => {
    expectTypeOf<Source>().toExtend<Parsed<typeof SourceSchema>>();
    expectTypeOf<Parsed<typeof SourceSchema>>().toExtend<Source>();
    expectTypeOf<Source>().toEqualTypeOf<Parsed<typeof SourceSchema>>();
  });

  it("ContributionType ⇄ ContributionTypeSchema", () => {
    expectTypeOf<ContributionType>().toExtend<Parsed<typeof ContributionTypeSchema>>();
    expectTypeOf<Parsed<typeof ContributionTypeSchema>>().toExtend<ContributionType>();
    expectTypeOf<ContributionType>().toEqualTypeOf<Parsed<typeof ContributionTypeSchema>>();
  });

  it("StancePhrase ⇄ StancePhraseSchema", () => {
    expectTypeOf<StancePhrase>().toExtend<Parsed<typeof StancePhraseSchema>>();
    expectTypeOf<Parsed<typeof StancePhraseSchema>>().toExtend<StancePhrase>();
    expectTypeOf<StancePhrase>().toEqualTypeOf<Parsed<typeof StancePhraseSchema>>();
  });
});

describe("locations: each named type is what its schema parses to", () => {
  it("Location ⇄ LocationSchema", () => {
    expectTypeOf<Location>().toExtend<Parsed<typeof LocationSchema>>();
    expectTypeOf<Parsed<typeof LocationSchema>>().toExtend<Location>();
    expectTypeOf<Location>().toEqualTypeOf<Parsed<typeof LocationSchema>>();
  });

  it("InCountryLocation ⇄ LocationSchema's in-country member", () => {
    expectTypeOf<InCountryLocation>().toExtend<LocationOf<"in-country">>();
    expectTypeOf<LocationOf<"in-country">>().toExtend<InCountryLocation>();
    expectTypeOf<InCountryLocation>().toEqualTypeOf<LocationOf<"in-country">>();
  });

  it("LineOfContactLocation ⇄ LocationSchema's line-of-contact member", () => {
    expectTypeOf<LineOfContactLocation>().toExtend<LocationOf<"line-of-contact">>();
    expectTypeOf<LocationOf<"line-of-contact">>().toExtend<LineOfContactLocation>();
    expectTypeOf<LineOfContactLocation>().toEqualTypeOf<LocationOf<"line-of-contact">>();
  });

  it("BehindDemarcationLineLocation ⇄ LocationSchema's behind-demarcation-line member", () => {
    expectTypeOf<BehindDemarcationLineLocation>().toExtend<LocationOf<"behind-demarcation-line">>();
    expectTypeOf<LocationOf<"behind-demarcation-line">>().toExtend<BehindDemarcationLineLocation>();
    expectTypeOf<BehindDemarcationLineLocation>().toEqualTypeOf<LocationOf<"behind-demarcation-line">>();
  });

  it("NeighbouringCountriesLocation ⇄ LocationSchema's neighbouring-countries member", () => {
    expectTypeOf<NeighbouringCountriesLocation>().toExtend<LocationOf<"neighbouring-countries">>();
    expectTypeOf<LocationOf<"neighbouring-countries">>().toExtend<NeighbouringCountriesLocation>();
    expectTypeOf<NeighbouringCountriesLocation>().toEqualTypeOf<LocationOf<"neighbouring-countries">>();
  });

  it("AtSeaLocation ⇄ LocationSchema's at-sea member", () => {
    expectTypeOf<AtSeaLocation>().toExtend<LocationOf<"at-sea">>();
    expectTypeOf<LocationOf<"at-sea">>().toExtend<AtSeaLocation>();
    expectTypeOf<AtSeaLocation>().toEqualTypeOf<LocationOf<"at-sea">>();
  });

  it("RemoteLocation ⇄ LocationSchema's remote member", () => {
    expectTypeOf<RemoteLocation>().toExtend<LocationOf<"remote">>();
    expectTypeOf<LocationOf<"remote">>().toExtend<RemoteLocation>();
    expectTypeOf<RemoteLocation>().toEqualTypeOf<LocationOf<"remote">>();
  });

  it("RegionLocation ⇄ LocationSchema's region member", () => {
    expectTypeOf<RegionLocation>().toExtend<LocationOf<"region">>();
    expectTypeOf<LocationOf<"region">>().toExtend<RegionLocation>();
    expectTypeOf<RegionLocation>().toEqualTypeOf<LocationOf<"region">>();
  });

  it("AreasLocation ⇄ LocationSchema's areas member", () => {
    expectTypeOf<AreasLocation>().toExtend<LocationOf<"areas">>();
    expectTypeOf<LocationOf<"areas">>().toExtend<AreasLocation>();
    expectTypeOf<AreasLocation>().toEqualTypeOf<LocationOf<"areas">>();
  });

  it("BlocTerritoryLocation ⇄ LocationSchema's bloc-territory member", () => {
    expectTypeOf<BlocTerritoryLocation>().toExtend<LocationOf<"bloc-territory">>();
    expectTypeOf<LocationOf<"bloc-territory">>().toExtend<BlocTerritoryLocation>();
    expectTypeOf<BlocTerritoryLocation>().toEqualTypeOf<LocationOf<"bloc-territory">>();
  });
});

describe("quantities and claims: each named type is what its schema parses to", () => {
  it("Quantity ⇄ QuantitySchema", () => {
    expectTypeOf<Quantity>().toExtend<Parsed<typeof QuantitySchema>>();
    expectTypeOf<Parsed<typeof QuantitySchema>>().toExtend<Quantity>();
    expectTypeOf<Quantity>().toEqualTypeOf<Parsed<typeof QuantitySchema>>();
  });

  it("ExactQuantity ⇄ ExactQuantitySchema", () => {
    expectTypeOf<ExactQuantity>().toExtend<Parsed<typeof ExactQuantitySchema>>();
    expectTypeOf<Parsed<typeof ExactQuantitySchema>>().toExtend<ExactQuantity>();
    expectTypeOf<ExactQuantity>().toEqualTypeOf<Parsed<typeof ExactQuantitySchema>>();
  });

  it("RangeQuantity ⇄ RangeQuantitySchema", () => {
    expectTypeOf<RangeQuantity>().toExtend<Parsed<typeof RangeQuantitySchema>>();
    expectTypeOf<Parsed<typeof RangeQuantitySchema>>().toExtend<RangeQuantity>();
    expectTypeOf<RangeQuantity>().toEqualTypeOf<Parsed<typeof RangeQuantitySchema>>();
  });

  it("ApproximateQuantity ⇄ ApproximateQuantitySchema", () => {
    expectTypeOf<ApproximateQuantity>().toExtend<Parsed<typeof ApproximateQuantitySchema>>();
    expectTypeOf<Parsed<typeof ApproximateQuantitySchema>>().toExtend<ApproximateQuantity>();
    expectTypeOf<ApproximateQuantity>().toEqualTypeOf<Parsed<typeof ApproximateQuantitySchema>>();
  });

  it("Claimed<Quantity> ⇄ a commitment's quantity", () => {
    expectTypeOf<Claimed<Quantity>>().toExtend<NonNullable<Parsed<typeof CommitmentSchema>["quantity"]>>();
    expectTypeOf<NonNullable<Parsed<typeof CommitmentSchema>["quantity"]>>().toExtend<Claimed<Quantity>>();
    expectTypeOf<Claimed<Quantity>>().toEqualTypeOf<NonNullable<Parsed<typeof CommitmentSchema>["quantity"]>>();
  });

  it("Claim<Quantity> ⇄ one claim of a commitment's quantity", () => {
    expectTypeOf<Claim<Quantity>>().toExtend<NonNullable<Parsed<typeof CommitmentSchema>["quantity"]>["claims"][number]>();
    expectTypeOf<NonNullable<Parsed<typeof CommitmentSchema>["quantity"]>["claims"][number]>().toExtend<Claim<Quantity>>();
    expectTypeOf<Claim<Quantity>>().toEqualTypeOf<NonNullable<Parsed<typeof CommitmentSchema>["quantity"]>["claims"][number]>();
  });

  it("Claimed<Count> ⇄ a coalition's participant count", () => {
    expectTypeOf<Claimed<Count>>().toExtend<NonNullable<Parsed<typeof CoalitionSchema>["participantCount"]>>();
    expectTypeOf<NonNullable<Parsed<typeof CoalitionSchema>["participantCount"]>>().toExtend<Claimed<Count>>();
    expectTypeOf<Claimed<Count>>().toEqualTypeOf<NonNullable<Parsed<typeof CoalitionSchema>["participantCount"]>>();
  });

  it("Claimed<Count> ⇄ an event's participant count", () => {
    expectTypeOf<Claimed<Count>>().toExtend<NonNullable<Parsed<typeof EventSchema>["participantCount"]>>();
    expectTypeOf<NonNullable<Parsed<typeof EventSchema>["participantCount"]>>().toExtend<Claimed<Count>>();
    expectTypeOf<Claimed<Count>>().toEqualTypeOf<NonNullable<Parsed<typeof EventSchema>["participantCount"]>>();
  });

  it("Claimed<Count> ⇄ a pledge count's count", () => {
    expectTypeOf<Claimed<Count>>().toExtend<Parsed<typeof PledgeCountSchema>["count"]>();
    expectTypeOf<Parsed<typeof PledgeCountSchema>["count"]>().toExtend<Claimed<Count>>();
    expectTypeOf<Claimed<Count>>().toEqualTypeOf<Parsed<typeof PledgeCountSchema>["count"]>();
  });

  it("Claimed<VoteTally> ⇄ a commitment's vote", () => {
    expectTypeOf<Claimed<VoteTally>>().toExtend<NonNullable<Parsed<typeof CommitmentSchema>["vote"]>>();
    expectTypeOf<NonNullable<Parsed<typeof CommitmentSchema>["vote"]>>().toExtend<Claimed<VoteTally>>();
    expectTypeOf<Claimed<VoteTally>>().toEqualTypeOf<NonNullable<Parsed<typeof CommitmentSchema>["vote"]>>();
  });

  it("Claimed<VoteTally> ⇄ a position's vote", () => {
    expectTypeOf<Claimed<VoteTally>>().toExtend<NonNullable<Parsed<typeof PositionSchema>["vote"]>>();
    expectTypeOf<NonNullable<Parsed<typeof PositionSchema>["vote"]>>().toExtend<Claimed<VoteTally>>();
    expectTypeOf<Claimed<VoteTally>>().toEqualTypeOf<NonNullable<Parsed<typeof PositionSchema>["vote"]>>();
  });
});

describe("counts and tallies: each named type is what its schema parses to", () => {
  it("Count ⇄ CountSchema", () => {
    expectTypeOf<Count>().toExtend<Parsed<typeof CountSchema>>();
    expectTypeOf<Parsed<typeof CountSchema>>().toExtend<Count>();
    expectTypeOf<Count>().toEqualTypeOf<Parsed<typeof CountSchema>>();
  });

  it("ExactCount ⇄ ExactCountSchema", () => {
    expectTypeOf<ExactCount>().toExtend<Parsed<typeof ExactCountSchema>>();
    expectTypeOf<Parsed<typeof ExactCountSchema>>().toExtend<ExactCount>();
    expectTypeOf<ExactCount>().toEqualTypeOf<Parsed<typeof ExactCountSchema>>();
  });

  it("RangeCount ⇄ RangeCountSchema", () => {
    expectTypeOf<RangeCount>().toExtend<Parsed<typeof RangeCountSchema>>();
    expectTypeOf<Parsed<typeof RangeCountSchema>>().toExtend<RangeCount>();
    expectTypeOf<RangeCount>().toEqualTypeOf<Parsed<typeof RangeCountSchema>>();
  });

  it("AtLeastCount ⇄ AtLeastCountSchema", () => {
    expectTypeOf<AtLeastCount>().toExtend<Parsed<typeof AtLeastCountSchema>>();
    expectTypeOf<Parsed<typeof AtLeastCountSchema>>().toExtend<AtLeastCount>();
    expectTypeOf<AtLeastCount>().toEqualTypeOf<Parsed<typeof AtLeastCountSchema>>();
  });

  it("AtMostCount ⇄ AtMostCountSchema", () => {
    expectTypeOf<AtMostCount>().toExtend<Parsed<typeof AtMostCountSchema>>();
    expectTypeOf<Parsed<typeof AtMostCountSchema>>().toExtend<AtMostCount>();
    expectTypeOf<AtMostCount>().toEqualTypeOf<Parsed<typeof AtMostCountSchema>>();
  });

  it("ApproximateCount ⇄ ApproximateCountSchema", () => {
    expectTypeOf<ApproximateCount>().toExtend<Parsed<typeof ApproximateCountSchema>>();
    expectTypeOf<Parsed<typeof ApproximateCountSchema>>().toExtend<ApproximateCount>();
    expectTypeOf<ApproximateCount>().toEqualTypeOf<Parsed<typeof ApproximateCountSchema>>();
  });

  it("CountUnit ⇄ CountUnitSchema", () => {
    expectTypeOf<CountUnit>().toExtend<Parsed<typeof CountUnitSchema>>();
    expectTypeOf<Parsed<typeof CountUnitSchema>>().toExtend<CountUnit>();
    expectTypeOf<CountUnit>().toEqualTypeOf<Parsed<typeof CountUnitSchema>>();
  });

  it("VoteTally ⇄ VoteTallySchema", () => {
    expectTypeOf<VoteTally>().toExtend<Parsed<typeof VoteTallySchema>>();
    expectTypeOf<Parsed<typeof VoteTallySchema>>().toExtend<VoteTally>();
    expectTypeOf<VoteTally>().toEqualTypeOf<Parsed<typeof VoteTallySchema>>();
  });

  it("PledgeCount ⇄ PledgeCountSchema", () => {
    expectTypeOf<PledgeCount>().toExtend<Parsed<typeof PledgeCountSchema>>();
    expectTypeOf<Parsed<typeof PledgeCountSchema>>().toExtend<PledgeCount>();
    expectTypeOf<PledgeCount>().toEqualTypeOf<Parsed<typeof PledgeCountSchema>>();
  });

  it("PledgeCountActor ⇄ PledgeCountActorSchema", () => {
    expectTypeOf<PledgeCountActor>().toExtend<Parsed<typeof PledgeCountActorSchema>>();
    expectTypeOf<Parsed<typeof PledgeCountActorSchema>>().toExtend<PledgeCountActor>();
    expectTypeOf<PledgeCountActor>().toEqualTypeOf<Parsed<typeof PledgeCountActorSchema>>();
  });
});

describe("conditions: each named type is what its schema parses to", () => {
  it("Condition ⇄ ConditionSchema", () => {
    expectTypeOf<Condition>().toExtend<Parsed<typeof ConditionSchema>>();
    expectTypeOf<Parsed<typeof ConditionSchema>>().toExtend<Condition>();
    expectTypeOf<Condition>().toEqualTypeOf<Parsed<typeof ConditionSchema>>();
  });

  it("AllCondition ⇄ ConditionSchema's all member", () => {
    expectTypeOf<AllCondition>().toExtend<ConditionOf<"all">>();
    expectTypeOf<ConditionOf<"all">>().toExtend<AllCondition>();
    expectTypeOf<AllCondition>().toEqualTypeOf<ConditionOf<"all">>();
  });

  it("AnyCondition ⇄ ConditionSchema's any member", () => {
    expectTypeOf<AnyCondition>().toExtend<ConditionOf<"any">>();
    expectTypeOf<ConditionOf<"any">>().toExtend<AnyCondition>();
    expectTypeOf<AnyCondition>().toEqualTypeOf<ConditionOf<"any">>();
  });

  it("NotCondition ⇄ ConditionSchema's not member", () => {
    expectTypeOf<NotCondition>().toExtend<ConditionOf<"not">>();
    expectTypeOf<ConditionOf<"not">>().toExtend<NotCondition>();
    expectTypeOf<NotCondition>().toEqualTypeOf<ConditionOf<"not">>();
  });

  it("ConditionAtom ⇄ ConditionSchema's atoms", () => {
    expectTypeOf<ConditionAtom>().toExtend<ConditionOf<ConditionAtom["kind"]>>();
    expectTypeOf<ConditionOf<ConditionAtom["kind"]>>().toExtend<ConditionAtom>();
    expectTypeOf<ConditionAtom>().toEqualTypeOf<ConditionOf<ConditionAtom["kind"]>>();
  });

  it("PeaceAtom ⇄ PeaceAtomSchema", () => {
    expectTypeOf<PeaceAtom>().toExtend<Parsed<typeof PeaceAtomSchema>>();
    expectTypeOf<Parsed<typeof PeaceAtomSchema>>().toExtend<PeaceAtom>();
    expectTypeOf<PeaceAtom>().toEqualTypeOf<Parsed<typeof PeaceAtomSchema>>();
  });

  it("RequestAtom ⇄ RequestAtomSchema", () => {
    expectTypeOf<RequestAtom>().toExtend<Parsed<typeof RequestAtomSchema>>();
    expectTypeOf<Parsed<typeof RequestAtomSchema>>().toExtend<RequestAtom>();
    expectTypeOf<RequestAtom>().toEqualTypeOf<Parsed<typeof RequestAtomSchema>>();
  });

  it("ApprovalAtom ⇄ ApprovalAtomSchema", () => {
    expectTypeOf<ApprovalAtom>().toExtend<Parsed<typeof ApprovalAtomSchema>>();
    expectTypeOf<Parsed<typeof ApprovalAtomSchema>>().toExtend<ApprovalAtom>();
    expectTypeOf<ApprovalAtom>().toEqualTypeOf<Parsed<typeof ApprovalAtomSchema>>();
  });

  it("InclusionAtom ⇄ InclusionAtomSchema", () => {
    expectTypeOf<InclusionAtom>().toExtend<Parsed<typeof InclusionAtomSchema>>();
    expectTypeOf<Parsed<typeof InclusionAtomSchema>>().toExtend<InclusionAtom>();
    expectTypeOf<InclusionAtom>().toEqualTypeOf<Parsed<typeof InclusionAtomSchema>>();
  });

  it("CommitmentAtom ⇄ CommitmentAtomSchema", () => {
    expectTypeOf<CommitmentAtom>().toExtend<Parsed<typeof CommitmentAtomSchema>>();
    expectTypeOf<Parsed<typeof CommitmentAtomSchema>>().toExtend<CommitmentAtom>();
    expectTypeOf<CommitmentAtom>().toEqualTypeOf<Parsed<typeof CommitmentAtomSchema>>();
  });

  it("ThresholdAtom ⇄ ThresholdAtomSchema", () => {
    expectTypeOf<ThresholdAtom>().toExtend<Parsed<typeof ThresholdAtomSchema>>();
    expectTypeOf<Parsed<typeof ThresholdAtomSchema>>().toExtend<ThresholdAtom>();
    expectTypeOf<ThresholdAtom>().toEqualTypeOf<Parsed<typeof ThresholdAtomSchema>>();
  });

  it("MandateAtom ⇄ MandateAtomSchema", () => {
    expectTypeOf<MandateAtom>().toExtend<Parsed<typeof MandateAtomSchema>>();
    expectTypeOf<Parsed<typeof MandateAtomSchema>>().toExtend<MandateAtom>();
    expectTypeOf<MandateAtom>().toEqualTypeOf<Parsed<typeof MandateAtomSchema>>();
  });

  it("FactAtom ⇄ FactAtomSchema", () => {
    expectTypeOf<FactAtom>().toExtend<Parsed<typeof FactAtomSchema>>();
    expectTypeOf<Parsed<typeof FactAtomSchema>>().toExtend<FactAtom>();
    expectTypeOf<FactAtom>().toEqualTypeOf<Parsed<typeof FactAtomSchema>>();
  });
});

describe("commitments: each named type is what its schema parses to", () => {
  it("Speaker ⇄ SpeakerSchema", () => {
    expectTypeOf<Speaker>().toExtend<Parsed<typeof SpeakerSchema>>();
    expectTypeOf<Parsed<typeof SpeakerSchema>>().toExtend<Speaker>();
    expectTypeOf<Speaker>().toEqualTypeOf<Parsed<typeof SpeakerSchema>>();
  });

  it("FulfilmentStep ⇄ FulfilmentStepSchema", () => {
    expectTypeOf<FulfilmentStep>().toExtend<Parsed<typeof FulfilmentStepSchema>>();
    expectTypeOf<Parsed<typeof FulfilmentStepSchema>>().toExtend<FulfilmentStep>();
    expectTypeOf<FulfilmentStep>().toEqualTypeOf<Parsed<typeof FulfilmentStepSchema>>();
  });

  it("FulfilmentStage ⇄ FulfilmentStepSchema's stage", () => {
    expectTypeOf<FulfilmentStage>().toExtend<Parsed<typeof FulfilmentStepSchema>["stage"]>();
    expectTypeOf<Parsed<typeof FulfilmentStepSchema>["stage"]>().toExtend<FulfilmentStage>();
    expectTypeOf<FulfilmentStage>().toEqualTypeOf<Parsed<typeof FulfilmentStepSchema>["stage"]>();
  });

  it("Commitment ⇄ CommitmentSchema", () => {
    expectTypeOf<Commitment>().toExtend<Parsed<typeof CommitmentSchema>>();
    expectTypeOf<Parsed<typeof CommitmentSchema>>().toExtend<Commitment>();
    expectTypeOf<Commitment>().toEqualTypeOf<Parsed<typeof CommitmentSchema>>();
  });
});

describe("proposals: each named type is what its schema parses to", () => {
  it("Proposal ⇄ ProposalSchema", () => {
    expectTypeOf<Proposal>().toExtend<Parsed<typeof ProposalSchema>>();
    expectTypeOf<Parsed<typeof ProposalSchema>>().toExtend<Proposal>();
    expectTypeOf<Proposal>().toEqualTypeOf<Parsed<typeof ProposalSchema>>();
  });

  it("Provision ⇄ ProvisionSchema", () => {
    expectTypeOf<Provision>().toExtend<Parsed<typeof ProvisionSchema>>();
    expectTypeOf<Parsed<typeof ProvisionSchema>>().toExtend<Provision>();
    expectTypeOf<Provision>().toEqualTypeOf<Parsed<typeof ProvisionSchema>>();
  });

  it("Position ⇄ PositionSchema", () => {
    expectTypeOf<Position>().toExtend<Parsed<typeof PositionSchema>>();
    expectTypeOf<Parsed<typeof PositionSchema>>().toExtend<Position>();
    expectTypeOf<Position>().toEqualTypeOf<Parsed<typeof PositionSchema>>();
  });
});

describe("events and coalitions: each named type is what its schema parses to", () => {
  it("CoalitionEvent ⇄ EventSchema", () => {
    expectTypeOf<CoalitionEvent>().toExtend<Parsed<typeof EventSchema>>();
    expectTypeOf<Parsed<typeof EventSchema>>().toExtend<CoalitionEvent>();
    expectTypeOf<CoalitionEvent>().toEqualTypeOf<Parsed<typeof EventSchema>>();
  });

  it("EventKind ⇄ EventSchema's kind", () => {
    expectTypeOf<EventKind>().toExtend<Parsed<typeof EventSchema>["kind"]>();
    expectTypeOf<Parsed<typeof EventSchema>["kind"]>().toExtend<EventKind>();
    expectTypeOf<EventKind>().toEqualTypeOf<Parsed<typeof EventSchema>["kind"]>();
  });

  it("Coalition ⇄ CoalitionSchema", () => {
    expectTypeOf<Coalition>().toExtend<Parsed<typeof CoalitionSchema>>();
    expectTypeOf<Parsed<typeof CoalitionSchema>>().toExtend<Coalition>();
    expectTypeOf<Coalition>().toEqualTypeOf<Parsed<typeof CoalitionSchema>>();
  });

  it("Participation ⇄ ParticipationSchema", () => {
    expectTypeOf<Participation>().toExtend<Parsed<typeof ParticipationSchema>>();
    expectTypeOf<Parsed<typeof ParticipationSchema>>().toExtend<Participation>();
    expectTypeOf<Participation>().toEqualTypeOf<Parsed<typeof ParticipationSchema>>();
  });

  it("SoughtContribution ⇄ SoughtContributionSchema", () => {
    expectTypeOf<SoughtContribution>().toExtend<Parsed<typeof SoughtContributionSchema>>();
    expectTypeOf<Parsed<typeof SoughtContributionSchema>>().toExtend<SoughtContribution>();
    expectTypeOf<SoughtContribution>().toEqualTypeOf<Parsed<typeof SoughtContributionSchema>>();
  });

  it("EventSeries ⇄ EventSeriesSchema", () => {
    expectTypeOf<EventSeries>().toExtend<Parsed<typeof EventSeriesSchema>>();
    expectTypeOf<Parsed<typeof EventSeriesSchema>>().toExtend<EventSeries>();
    expectTypeOf<EventSeries>().toEqualTypeOf<Parsed<typeof EventSeriesSchema>>();
  });

  it("Subgroup ⇄ SubgroupSchema", () => {
    expectTypeOf<Subgroup>().toExtend<Parsed<typeof SubgroupSchema>>();
    expectTypeOf<Parsed<typeof SubgroupSchema>>().toExtend<Subgroup>();
    expectTypeOf<Subgroup>().toEqualTypeOf<Parsed<typeof SubgroupSchema>>();
  });

  it("SubgroupKind ⇄ SubgroupSchema's kind", () => {
    expectTypeOf<SubgroupKind>().toExtend<NonNullable<Parsed<typeof SubgroupSchema>["kind"]>>();
    expectTypeOf<NonNullable<Parsed<typeof SubgroupSchema>["kind"]>>().toExtend<SubgroupKind>();
    expectTypeOf<SubgroupKind>().toEqualTypeOf<NonNullable<Parsed<typeof SubgroupSchema>["kind"]>>();
  });

  it("CoalitionBody ⇄ CoalitionBodySchema", () => {
    expectTypeOf<CoalitionBody>().toExtend<Parsed<typeof CoalitionBodySchema>>();
    expectTypeOf<Parsed<typeof CoalitionBodySchema>>().toExtend<CoalitionBody>();
    expectTypeOf<CoalitionBody>().toEqualTypeOf<Parsed<typeof CoalitionBodySchema>>();
  });

  it("BodyKind ⇄ CoalitionBodySchema's kind", () => {
    expectTypeOf<BodyKind>().toExtend<Parsed<typeof CoalitionBodySchema>["kind"]>();
    expectTypeOf<Parsed<typeof CoalitionBodySchema>["kind"]>().toExtend<BodyKind>();
    expectTypeOf<BodyKind>().toEqualTypeOf<Parsed<typeof CoalitionBodySchema>["kind"]>();
  });

  it("BodySite ⇄ BodySiteSchema", () => {
    expectTypeOf<BodySite>().toExtend<Parsed<typeof BodySiteSchema>>();
    expectTypeOf<Parsed<typeof BodySiteSchema>>().toExtend<BodySite>();
    expectTypeOf<BodySite>().toEqualTypeOf<Parsed<typeof BodySiteSchema>>();
  });

  it("BodyLead ⇄ BodyLeadSchema", () => {
    expectTypeOf<BodyLead>().toExtend<Parsed<typeof BodyLeadSchema>>();
    expectTypeOf<Parsed<typeof BodyLeadSchema>>().toExtend<BodyLead>();
    expectTypeOf<BodyLead>().toEqualTypeOf<Parsed<typeof BodyLeadSchema>>();
  });

  it("Place ⇄ PlaceSchema", () => {
    expectTypeOf<Place>().toExtend<Parsed<typeof PlaceSchema>>();
    expectTypeOf<Parsed<typeof PlaceSchema>>().toExtend<Place>();
    expectTypeOf<Place>().toEqualTypeOf<Parsed<typeof PlaceSchema>>();
  });
});

describe("vocabularies: each word list's type is spelt out, and is exactly the list's words", () => {
  it("Stance ⇄ STANCES", () => {
    expectTypeOf<Stance>().toEqualTypeOf<(typeof STANCES)[number]>();
  });

  it("SourceKind ⇄ SOURCE_KINDS", () => {
    expectTypeOf<SourceKind>().toEqualTypeOf<(typeof SOURCE_KINDS)[number]>();
  });

  it("FulfilmentStage ⇄ FULFILMENT_STAGES", () => {
    expectTypeOf<FulfilmentStage>().toEqualTypeOf<(typeof FULFILMENT_STAGES)[number]>();
  });

  it("OrganizationKind ⇄ ORGANIZATION_KINDS", () => {
    expectTypeOf<OrganizationKind>().toEqualTypeOf<(typeof ORGANIZATION_KINDS)[number]>();
  });

  it("InstitutionKind ⇄ INSTITUTION_KINDS", () => {
    expectTypeOf<InstitutionKind>().toEqualTypeOf<(typeof INSTITUTION_KINDS)[number]>();
  });

  it("EventKind ⇄ EVENT_KINDS", () => {
    expectTypeOf<EventKind>().toEqualTypeOf<(typeof EVENT_KINDS)[number]>();
  });

  it("SubgroupKind ⇄ SUBGROUP_KINDS", () => {
    expectTypeOf<SubgroupKind>().toEqualTypeOf<(typeof SUBGROUP_KINDS)[number]>();
  });

  it("BodyKind ⇄ BODY_KINDS", () => {
    expectTypeOf<BodyKind>().toEqualTypeOf<(typeof BODY_KINDS)[number]>();
  });

  it("CountUnit ⇄ BUILTIN_COUNT_UNITS, or a dataset's own ns:name", () => {
    expectTypeOf<CountUnit>().toEqualTypeOf<(typeof BUILTIN_COUNT_UNITS)[number] | `${string}:${string}`>();
  });
});

// Values to try to change: declared only, since this file is type-checked, never run.
declare const dataset: Dataset;
declare const commitment: Commitment;
declare const organization: Organization;
declare const person: Person;
declare const allOf: AllCondition;
declare const range: RangeQuantity;
declare const neighbours: NeighbouringCountriesLocation;
declare const count: Claimed<Count>;
declare const pledges: PledgeCount;
declare const body: CoalitionBody;
declare const phrase: StancePhrase;
declare const event: CoalitionEvent;

describe("the named types are readonly all the way down", () => {
  it("a dataset's fields and collections cannot be reassigned or grown", () => {
    // @ts-expect-error a dataset's fields are readonly
    dataset.title = "Renamed";
    // @ts-expect-error its collections are readonly arrays
    dataset.commitments.push(commitment);
    // @ts-expect-error and cannot be replaced
    dataset.states = [];
  });

  it("a commitment, its sources and its fulfilment cannot be changed", () => {
    // @ts-expect-error a commitment's stance is readonly
    commitment.stance = "committed";
    // @ts-expect-error its sources are a readonly array
    commitment.sources.push("another-source");
    // @ts-expect-error its fulfilment steps too
    commitment.fulfilment?.pop();
  });

  it("memberships, offices and participant counts cannot be grown", () => {
    // @ts-expect-error an organization's memberships are readonly
    organization.memberships.push({ member: "GB", from: "1973", sources: ["x"] });
    // @ts-expect-error a person's offices are readonly
    person.offices.splice(0, 1);
    // @ts-expect-error a claimed count's claims are readonly
    count.claims.push({ value: { kind: "exact", value: 1, of: "countries" }, sources: ["x"] });
    // @ts-expect-error a pledge count's named members are readonly
    pledges.members?.push({ actor: "GB", sources: ["x"] });
    // @ts-expect-error a body's leads are readonly
    body.leads?.[0]?.actors.push("FR");
    // @ts-expect-error an event's participants are readonly
    event.participants?.push("FR");
  });

  it("conditions, quantities, locations and phrases cannot be changed", () => {
    // @ts-expect-error a condition's operands are readonly
    allOf.of.push({ kind: "request" });
    // @ts-expect-error a quantity's bounds are readonly
    range.high = 0;
    // @ts-expect-error a location's fields are readonly
    neighbours.region = "Baltic";
    // @ts-expect-error a stance phrase's stance is readonly
    phrase.stance = "ready";
  });
});
