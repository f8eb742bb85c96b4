import { dateEnd, dateStart, type DateOrUnknown } from "../../model/partial-date.js";
import { stanceOfPhrase } from "../../model/stance-of-phrase.js";
import type { Stance } from "../../model/stance.js";
import type { Commitment, Membership, Quantity } from "../../model/types.js";
import { checkInterval } from "./check-interval.js";
import { checkRange } from "./check-ranges.js";
import type { CheckedRecords, ValidRecords } from "./check-references.js";
import type { DatasetIssue, PathSegment } from "../dataset-issue.js";
import type { IssueReport } from "./issue-sink.js";
import type { RecordIndex } from "./record-index.js";

/** Where the checks put an issue. */
type Push = (code: Extract<DatasetIssue, { code: string }>["code"], path: readonly PathSegment[], message: string) => void;

/**
 * Checks the rules that span fields or records: intervals that end before they
 * start, reversed ranges, money without a currency, stance phrases, dates out of
 * order, statements dated after their sources. Appends to `issues`. It reads the
 * fields that passed their schemas, of every record (see `CheckedRecords`).
 */
export function checkRules(records: CheckedRecords, index: RecordIndex, issues: IssueReport): void {
  const push: Push = (code, path, message) => issues.push({ code, path, message } as DatasetIssue);
  checkDeclaredPhrases(records, push);
  for (const { record, path } of records.organizations) checkMemberships(record.memberships ?? [], path, issues);
  for (const { record, path } of records.persons) {
    record.offices?.forEach((office, o) => checkInterval(office.from, office.to, [...path, "offices", o], issues));
  }
  for (const { record, path } of records.coalitions) {
    record.participants?.forEach((participation, p) => checkInterval(participation.from, participation.to, [...path, "participants", p], issues));
  }
  for (const { record, path } of records.events) checkInterval(record.from, record.to, path, issues);
  for (const { record, path } of records.commitments) {
    record.quantity?.claims.forEach((claim, c) => checkQuantity(claim.value, [...path, "quantity", "claims", c, "value"], issues));
    checkPhrase(record.phrase, record.stance, path, index, push);
    checkNotAfterSources(record.date, record.sources, path, index, push);
    checkFulfilment(record.fulfilment ?? [], path, issues);
  }
  for (const { record, path } of records.proposals) {
    checkNotAfterSources(record.date, record.sources, path, index, push);
    for (const list of ["provisions", "exclusions"] as const) {
      record[list]?.forEach((provision, p) => {
        if (provision.quantity !== undefined) checkQuantity(provision.quantity, [...path, list, p, "quantity"], issues);
      });
    }
  }
  for (const { record, path } of records.positions) {
    checkPhrase(record.phrase, record.stance, path, index, push);
    checkNotAfterSources(record.date, record.sources, path, index, push);
  }
  for (const { record, path } of records.pledgeCounts) {
    checkPhrase(record.phrase, record.stance, path, index, push);
    checkNotAfterSources(record.date, record.sources, path, index, push);
  }
}

/** Money has a currency and the date of the amount, other units neither; a range runs from low to high. */
function checkQuantity(value: Quantity, path: readonly PathSegment[], issues: IssueReport): void {
  const push: Push = (code, at, message) => issues.push({ code, path: at, message } as DatasetIssue);
  if (value.unit === "money") {
    if (value.currency === undefined) push("currency_required", [...path, "currency"], "a money amount needs its ISO 4217 currency");
    if (value.date === undefined) push("missing_field", [...path, "date"], "a money amount needs the date of the amount");
  } else {
    if (value.currency !== undefined) push("currency_not_allowed", [...path, "currency"], `a quantity of ${value.unit} has no currency`);
    if (value.date !== undefined) push("currency_not_allowed", [...path, "date"], `only money amounts carry a date; this counts ${value.unit}`);
  }
  checkRange(value, path, issues);
}

/** A phrase a dataset declares must not map, built in, to another stance. */
function checkDeclaredPhrases(records: CheckedRecords, push: Push): void {
  for (const { record, path } of records.stancePhrases) {
    if (record.phrase === undefined || record.stance === undefined) continue;
    const builtin = stanceOfPhrase(record.phrase);
    if (builtin !== undefined && builtin !== record.stance) {
      push("stance_phrase_mismatch", [...path, "stance"], `${JSON.stringify(record.phrase)} already maps to ${builtin}`);
    }
  }
}

/** A source's phrase must be in the stance mapping, and map to the stance recorded. */
function checkPhrase(said: string | undefined, stance: Stance | undefined, path: readonly PathSegment[], index: RecordIndex, push: Push): void {
  if (said === undefined || stance === undefined) return;
  const mapped = stanceOfPhrase(said, { extraPhrases: index.stancePhrases });
  if (mapped === undefined) {
    push("unknown_stance_phrase", [...path, "phrase"], `${JSON.stringify(said)} is not in the stance mapping; declare it in stancePhrases`);
  } else if (mapped !== stance) {
    push("stance_phrase_mismatch", [...path, "stance"], `${JSON.stringify(said)} maps to ${mapped}, not ${stance}`);
  }
}

/** A statement cannot be dated after the latest of its sources was published. */
function checkNotAfterSources(date: DateOrUnknown | undefined, sources: readonly string[] | undefined, path: readonly PathSegment[], index: RecordIndex, push: Push): void {
  if (date === undefined || sources === undefined) return;
  const start = dateStart(date);
  if (start === undefined) return;
  let latest: string | undefined;
  for (const id of sources) {
    const end = dateEnd(index.sources.get(id)?.date ?? "unknown");
    if (end === undefined) return; // an unresolved source is reported elsewhere
    if (latest === undefined || end > latest) latest = end;
  }
  if (latest !== undefined && start > latest) {
    push("date_after_source", [...path, "date"], `stated ${date}, after its latest source (${latest}) was published`);
  }
}

/** A member's memberships of one organization must not overlap, and each must not end before it starts. */
function checkMemberships(memberships: readonly Membership[], path: readonly PathSegment[], issues: IssueReport): void {
  const push: Push = (code, at, message) => issues.push({ code, path: at, message } as DatasetIssue);
  const byMember = new Map<string, { from: string; to: string | undefined; at: number }[]>();
  memberships.forEach((membership, m) => {
    checkInterval(membership.from, membership.to, [...path, "memberships", m], issues);
    const spans = byMember.get(membership.member) ?? [];
    for (const other of spans) {
      // Schema-valid dates, so each has a first day.
      const overlaps =
        (other.to === undefined || (dateStart(membership.from) as string) < (dateStart(other.to) as string)) &&
        (membership.to === undefined || (dateStart(other.from) as string) < (dateStart(membership.to) as string));
      if (overlaps) {
        push("overlapping_intervals", [...path, "memberships", m], `${membership.member}'s membership overlaps its membership at memberships[${other.at}]`);
      }
    }
    spans.push({ from: membership.from, to: membership.to, at: m });
    byMember.set(membership.member, spans);
  });
}

/** The steps of a commitment's fulfilment, in the order of their dates, each quantity valid. */
function checkFulfilment(steps: NonNullable<Commitment["fulfilment"]>, path: readonly PathSegment[], issues: IssueReport): void {
  const push: Push = (code, at, message) => issues.push({ code, path: at, message } as DatasetIssue);
  let previous: string | undefined;
  steps.forEach((step, s) => {
    const at = [...path, "fulfilment", s];
    if (step.delivered !== undefined) checkQuantity(step.delivered, [...at, "delivered"], issues);
    // A schema-valid date, so it has a first day.
    const start = dateStart(step.date) as string;
    if (previous !== undefined && start < previous) {
      push("dates_out_of_order", [...at, "date"], `step ${s} (${step.date}) comes before the step listed ahead of it`);
    }
    previous = start;
  });
}

/**
 * Reports each contribution type that is its own ancestor. Only the types that passed
 * their schemas are walked (not a duplicate, whose parent is not the one the index holds).
 */
export function checkTaxonomyCycles(records: ValidRecords, index: RecordIndex, issues: IssueReport): void {
  const push = (code: "taxonomy_cycle", path: readonly PathSegment[], message: string) => issues.push({ code, path, message });
  for (const { record, path } of records.contributionTypes) {
    const chain = [record.id];
    const seen = new Set<string>(chain);
    for (let parent = record.parent; parent !== undefined; parent = index.typeParents.get(parent)) {
      if (parent === record.id) {
        push("taxonomy_cycle", [...path, "parent"], `${record.id} is its own ancestor: ${[...chain, parent].join(" → ")}`);
        break;
      }
      // A loop above this type, not through it: the types on the loop report it.
      if (seen.has(parent)) break;
      seen.add(parent);
      chain.push(parent);
    }
  }
}
