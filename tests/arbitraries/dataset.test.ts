// The shared arbitraries keep their promises: every generated document is valid, the
// documents reach every concept of the model, and every mutator breaks exactly the one
// rule it names, so the parser answers with exactly the issue it promises.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { datePrecision, type DatasetIssueCode } from "../../src/index.js";
import { safeParseDataset, type ParseDatasetOptions } from "../../src/schema.js";
import { validDataset } from "../parse/valid-dataset.js";
import { AWKWARD_IDS, MUTATOR_NAMES, mutationOf, validDatasetDocument, type ConditionInput, type DatasetInput, type Mutation, type QuantityInput } from "./dataset.js";

/** The issues of a parse, as `code@path` strings, for readable failures. */
function issuesOf(document: unknown, options?: ParseDatasetOptions): string[] {
  const result = safeParseDataset(document, options);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.code}@${JSON.stringify(issue.path)}`);
}

/** The issues beside those a mutation causes on purpose (`alongside`), whose count is checked. */
function owedOf(mutation: Mutation, issues: readonly string[]): readonly string[] {
  const { alongside } = mutation;
  if (alongside === undefined) return issues;
  const owed = issues.filter((issue) => !issue.startsWith(`${alongside.code}@`));
  expect(issues.length - owed.length).toBe(alongside.count);
  return owed;
}

function atomsOf(condition: ConditionInput | undefined): ConditionInput[] {
  if (condition === undefined) return [];
  if (condition.kind === "all" || condition.kind === "any") return [condition, ...condition.of.flatMap(atomsOf)];
  if (condition.kind === "not") return [condition, ...atomsOf(condition.of)];
  return [condition];
}

/** What one document shows of the model, as feature names. */
function featuresOf(document: DatasetInput): Set<string> {
  const found = new Set<string>();
  const add = (feature: string) => found.add(feature);
  const quantity = (q: QuantityInput) => {
    add(`quantity:${q.kind}`);
    add(q.unit === "money" ? "unit:money" : q.unit.includes(":") ? "unit:own" : "unit:count");
    if (q.unit === "money" && q.currency !== undefined && q.date !== undefined) add("money with currency and date");
    if (q.kind === "approximate" && q.low !== undefined && q.high !== undefined) add("approximate with both bounds");
  };
  const ids = [document.id, ...Object.values(document).flatMap((value) => (Array.isArray(value) ? value.map((record) => (record as { id?: unknown }).id) : []))];
  if (ids.some((id) => (AWKWARD_IDS as readonly unknown[]).includes(id))) add("awkward id");
  for (const source of document.sources ?? []) add(`source:${source.kind}`);
  if ((document.states ?? []).length > 0) add("states");
  for (const organization of document.organizations ?? []) {
    const members = new Map<string, number>();
    for (const membership of organization.memberships ?? []) {
      add(membership.to === undefined ? "membership:open" : "membership:ended");
      members.set(membership.member, (members.get(membership.member) ?? 0) + 1);
      if (!(document.states ?? []).some((state) => state.id === membership.member)) add("membership of an organization");
    }
    if ([...members.values()].some((count) => count > 1)) add("member joined twice");
  }
  for (const institution of document.institutions ?? []) {
    if ((document.organizations ?? []).some((o) => o.id === institution.actor)) add("institution of an organization");
  }
  for (const person of document.persons ?? []) {
    if (person.offices.some((office) => office.from !== undefined && office.to !== undefined)) add("office over an interval");
  }
  for (const type of document.contributionTypes ?? []) if (type.parent?.includes(":")) add("type under a dataset type");
  const ownPhrases = new Set((document.stancePhrases ?? []).map((entry) => entry.phrase.toLowerCase()));
  for (const coalition of document.coalitions ?? []) {
    if ((coalition.participants ?? []).some((p) => p.from === "unknown")) add("participant from unknown");
    if ((coalition.participantCount?.claims.length ?? 0) > 1) add("disputed participant count");
    if (coalition.condition !== undefined) add("coalition condition");
  }
  const commitments = document.commitments ?? [];
  const dependsOn = (condition: ConditionInput | undefined, actor: string, type: string) =>
    atomsOf(condition).some((atom) => atom.kind === "commitment" && atom.actor === actor && atom.type === type);
  commitments.forEach((commitment, i) => {
    add(`commitment date:${datePrecision(commitment.date)}`);
    if (commitment.statedBy?.person !== undefined) add("speaker with person");
    if (commitment.location !== undefined) add(`location:${commitment.location.kind}`);
    for (const claim of commitment.quantity?.claims ?? []) quantity(claim.value);
    if ((commitment.quantity?.claims.length ?? 0) > 1) add("disputed quantity");
    if (commitment.phrase !== undefined && ownPhrases.has(commitment.phrase.trim().replace(/\s+/g, " ").toLowerCase())) add("own phrase used");
    if (commitment.phrase !== undefined && commitment.phrase !== commitment.phrase.trim()) add("phrase with spaces around");
    for (const atom of atomsOf(commitment.condition)) {
      add(`condition:${atom.kind}`);
      if (atom.kind === "threshold" && atom.among !== undefined) add("threshold among a coalition");
    }
    commitments.forEach((other, j) => {
      if (i !== j && dependsOn(commitment.condition, other.actor, other.type)) {
        add("commitment depends on another");
        if (dependsOn(other.condition, commitment.actor, commitment.type)) add("mutual dependency");
      }
    });
    if ((commitment.fulfilment?.length ?? 0) > 1) add("fulfilment of several steps");
    if (commitment.fulfilment?.some((step) => step.delivered !== undefined)) add("delivered quantity");
    if (commitment.coalition !== undefined) add("commitment offered to a coalition");
  });
  for (const proposal of document.proposals ?? []) {
    if ((proposal.provisions ?? []).length > 0) add("provisions");
    if ((proposal.exclusions ?? []).length > 0) add("exclusions");
    for (const provision of [...(proposal.provisions ?? []), ...(proposal.exclusions ?? [])]) if (provision.quantity !== undefined) quantity(provision.quantity);
  }
  for (const position of document.positions ?? []) if (position.statedBy !== undefined) add("position with speaker");
  for (const event of document.events ?? []) {
    if ((event.persons ?? []).length > 0) add("event persons");
    if (event.to !== undefined) add("event over several days");
  }
  return found;
}

const EVERY_FEATURE = [
  ...["official-record", "parliamentary-record", "official-statement", "media-on-record", "media-unnamed-sources", "other"].map((k) => `source:${k}`),
  "states",
  "membership:open",
  "membership:ended",
  "member joined twice",
  "membership of an organization",
  "institution of an organization",
  "office over an interval",
  "type under a dataset type",
  "participant from unknown",
  "disputed participant count",
  "coalition condition",
  ...["day", "month", "year", "unknown"].map((p) => `commitment date:${p}`),
  "speaker with person",
  ...["in-country", "line-of-contact", "behind-demarcation-line", "neighbouring-countries", "at-sea", "remote"].map((k) => `location:${k}`),
  ...["exact", "range", "approximate"].map((k) => `quantity:${k}`),
  "unit:count",
  "unit:money",
  "unit:own",
  "money with currency and date",
  "approximate with both bounds",
  "disputed quantity",
  "own phrase used",
  "phrase with spaces around",
  ...["all", "any", "not", "peace", "request", "approval", "inclusion", "commitment", "threshold", "mandate", "fact"].map((k) => `condition:${k}`),
  "threshold among a coalition",
  "commitment depends on another",
  "mutual dependency",
  "fulfilment of several steps",
  "delivered quantity",
  "commitment offered to a coalition",
  "provisions",
  "exclusions",
  "position with speaker",
  "event persons",
  "event over several days",
  "awkward id",
];

describe("validDatasetDocument", () => {
  it("generates the bare document too: a dataset may hold nothing but its id and title", () => {
    const documents = fc.sample(validDatasetDocument(), { numRuns: 200, seed: 3 });
    expect(documents.some((document) => Object.keys(document).length === 2)).toBe(true);
  });

  it("reaches every concept of the model across a few hundred documents", () => {
    const seen = new Set<string>();
    for (const document of fc.sample(validDatasetDocument({ minRecords: 2 }), { numRuns: 400, seed: 11 })) {
      for (const feature of featuresOf(document)) seen.add(feature);
    }
    expect(EVERY_FEATURE.filter((feature) => !seen.has(feature))).toEqual([]);
  });
});

describe("mutators", () => {
  it.each(MUTATOR_NAMES)("%s applies to the bare document and to the hand-written valid dataset", (name) => {
    for (const document of [{ id: "bare", title: "Bare" }, validDataset() as DatasetInput]) {
      for (const choice of [0, 1, 2, 3, 4, 5, 6, 7, 11, 29, 50]) {
        const broken = mutationOf(name, document, choice);
        const { expectedCode, expectedPath } = broken;
        expect(owedOf(broken, issuesOf(broken.document, broken.options))).toEqual([`${expectedCode}@${JSON.stringify(expectedPath)}`]);
      }
    }
  });

  it("cover every issue code the parser has", () => {
    // Typed as a record over the codes: a new code fails to compile until it is listed here.
    const every: Record<DatasetIssueCode, true> = {
      invalid_type: true,
      missing_field: true,
      unknown_field: true,
      invalid_value: true,
      invalid_format: true,
      too_long: true,
      too_short: true,
      too_deep: true,
      too_many_issues: true,
      out_of_range: true,
      missing_source: true,
      invalid_date: true,
      invalid_country_code: true,
      invalid_currency_code: true,
      interval_reversed: true,
      invalid_range: true,
      overlapping_intervals: true,
      dates_out_of_order: true,
      date_after_source: true,
      currency_required: true,
      currency_not_allowed: true,
      unknown_stance_phrase: true,
      stance_phrase_mismatch: true,
      speaker_mismatch: true,
      person_not_in_institution: true,
      taxonomy_cycle: true,
      unknown_reference: true,
      wrong_reference_kind: true,
      duplicate_id: true,
      invalid_supersedes: true,
      unresolved_extends: true,
      extends_mismatch: true,
      extends_cycle: true,
      conflicting_redefinition: true,
      invalid_base: true,
    };
    const produced = new Set(MUTATOR_NAMES.map((name) => mutationOf(name, validDataset() as DatasetInput).expectedCode));
    expect(Object.keys(every).filter((code) => !produced.has(code as DatasetIssueCode))).toEqual([]);
  });
});
