// Values whose types are inferred, never annotated: `tsc --declaration` must write each as
// one short line that names its type (`Dataset`, `Commitment`…), not its expansion.
// declaration-budget.mjs checks the emitted file; the name each must carry is after `//`.
import type { Dataset } from "coalition";
import { seedDataset } from "coalition/fixtures";
import { buildReport } from "coalition/report";
import { evaluateScenario } from "coalition/scenario";

export const d = seedDataset(); // Dataset
export const c = (x: Dataset) => x.commitments[0]; // Commitment
export const state = d.states[0]; // State
export const organization = d.organizations[0]; // Organization
export const organizationKind = organization?.kind; // OrganizationKind
export const membership = organization?.memberships[0]; // Membership
export const institution = d.institutions[0]; // Institution
export const institutionKind = institution?.kind; // InstitutionKind
export const person = d.persons[0]; // Person
export const office = person?.offices[0]; // Office
export const source = d.sources[0]; // Source
export const contributionType = d.contributionTypes[0]; // ContributionType
export const stancePhrase = d.stancePhrases[0]; // StancePhrase
export const commitment = d.commitments[0]; // Commitment
export const stance = commitment?.stance; // Stance
export const speaker = commitment?.statedBy; // Speaker
export const location = commitment?.location; // Location
export const neighbours = location?.kind === "neighbouring-countries" ? location : undefined; // NeighbouringCountriesLocation
export const quantity = commitment?.quantity; // Claimed
export const claim = quantity?.claims[0]; // Claim
export const exact = claim?.value.kind === "exact" ? claim.value : undefined; // ExactQuantity
export const condition = commitment?.condition; // Condition
export const allOf = condition?.kind === "all" ? condition : undefined; // AllCondition
export const threshold = condition?.kind === "threshold" ? condition : undefined; // ThresholdAtom
export const fulfilmentStep = commitment?.fulfilment?.[0]; // FulfilmentStep
export const fulfilmentStage = fulfilmentStep?.stage; // FulfilmentStage
export const proposal = d.proposals[0]; // Proposal
export const provision = proposal?.provisions?.[0]; // Provision
export const position = d.positions[0]; // Position
export const event = d.events[0]; // CoalitionEvent
export const eventKind = event?.kind; // EventKind
export const coalition = d.coalitions[0]; // Coalition
export const participation = coalition?.participants[0]; // Participation
export const sought = coalition?.sought?.[0]; // SoughtContribution
export const evaluation = evaluateScenario(d, { facts: {} }); // ScenarioEvaluation
export const report = buildReport(d); // CoalitionReport
