import { dateEnd, dateStart, type DateOrUnknown } from "../../model/partial-date.js";
import { stanceOfPhrase } from "../../model/stance-of-phrase.js";
import type { Stance } from "../../model/stance.js";
import type { Quantity } from "../../model/types.js";
import { checkInterval } from "./check-interval.js";
import { checkRange } from "./check-ranges.js";
import type { ValidRecords } from "./check-references.js";
import type { DatasetIssue, PathSegment } from "../dataset-issue.js";
import type { IssueReport } from "./issue-sink.js";
import type { RecordIndex } from "./record-index.js";

/**
 * Checks the rules that span fields or records: intervals that end before they
 * start, reversed ranges, money without a currency, stance phrases, dates out of
 * order, statements dated after their sources, taxonomy cycles. Appends to `issues`.
 */
export function checkRules(records: ValidRecords, index: RecordIndex, issues: IssueReport): void {
  const push = (code: Extract<DatasetIssue, { code: string }>["code"], path: readonly PathSegment[], message: string) =>
    issues.push({ code, path, message } as DatasetIssue);

  const interval = (from: DateOrUnknown | undefined, to: DateOrUnknown | undefined, path: readonly PathSegment[]) =>
    checkInterval(from, to, path, issues);

  const quantity = (value: Quantity, path: readonly PathSegment[]) => {
    if (value.unit === "money") {
      if (value.currency === undefined) push("currency_required", [...path, "currency"], "a money amount needs its ISO 4217 currency");
      if (value.date === undefined) push("missing_field", [...path, "date"], "a money amount needs the date of the amount");
    } else {
      if (value.currency !== undefined)
        push("currency_not_allowed", [...path, "currency"], `a quantity of ${value.unit} has no currency`);
      if (value.date !== undefined)
        push("currency_not_allowed", [...path, "date"], `only money amounts carry a date; this counts ${value.unit}`);
    }
    checkRange(value, path, issues);
  };

  const phrase = (said: string | undefined, stance: Stance, path: readonly PathSegment[]) => {
    if (said === undefined) return;
    const mapped = stanceOfPhrase(said, { extraPhrases: index.stancePhrases });
    if (mapped === undefined) {
      push("unknown_stance_phrase", [...path, "phrase"], `${JSON.stringify(said)} is not in the stance mapping; declare it in stancePhrases`);
    } else if (mapped !== stance) {
      push("stance_phrase_mismatch", [...path, "stance"], `${JSON.stringify(said)} maps to ${mapped}, not ${stance}`);
    }
  };

  const notAfterSources = (date: DateOrUnknown, sources: readonly string[], path: readonly PathSegment[]) => {
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
  };

  for (const { record, path } of records.stancePhrases) {
    const builtin = stanceOfPhrase(record.phrase);
    if (builtin !== undefined && builtin !== record.stance) {
      push("stance_phrase_mismatch", [...path, "stance"], `${JSON.stringify(record.phrase)} already maps to ${builtin}`);
    }
  }

  for (const { record, path } of records.organizations) {
    const byMember = new Map<string, { from: string; to: string | undefined; at: number }[]>();
    record.memberships.forEach((membership, m) => {
      interval(membership.from, membership.to, [...path, "memberships", m]);
      const spans = byMember.get(membership.member) ?? [];
      for (const other of spans) {
        // Schema-valid dates, so each has a first day.
        const overlaps =
          (other.to === undefined || (dateStart(membership.from) as string) < (dateStart(other.to) as string)) &&
          (membership.to === undefined || (dateStart(other.from) as string) < (dateStart(membership.to) as string));
        if (overlaps) {
          push(
            "overlapping_intervals",
            [...path, "memberships", m],
            `${membership.member}'s membership overlaps its membership at memberships[${other.at}]`,
          );
        }
      }
      spans.push({ from: membership.from, to: membership.to, at: m });
      byMember.set(membership.member, spans);
    });
  }

  for (const { record, path } of records.persons) {
    record.offices.forEach((office, o) => interval(office.from, office.to, [...path, "offices", o]));
  }

  for (const { record, path } of records.coalitions) {
    record.participants.forEach((participation, p) =>
      interval(participation.from, participation.to, [...path, "participants", p]),
    );
  }

  for (const { record, path } of records.events) interval(record.from, record.to, path);

  for (const { record, path } of records.commitments) {
    record.quantity?.claims.forEach((claim, c) => quantity(claim.value, [...path, "quantity", "claims", c, "value"]));
    phrase(record.phrase, record.stance, path);
    notAfterSources(record.date, record.sources, path);
    let previous: string | undefined;
    record.fulfilment?.forEach((step, s) => {
      const at = [...path, "fulfilment", s];
      if (step.delivered !== undefined) quantity(step.delivered, [...at, "delivered"]);
      // A schema-valid date, so it has a first day.
      const start = dateStart(step.date) as string;
      if (previous !== undefined && start < previous) {
        push("dates_out_of_order", [...at, "date"], `step ${s} (${step.date}) comes before the step listed ahead of it`);
      }
      previous = start;
    });
  }

  for (const { record, path } of records.proposals) {
    notAfterSources(record.date, record.sources, path);
    for (const list of ["provisions", "exclusions"] as const) {
      record[list]?.forEach((provision, p) => {
        if (provision.quantity !== undefined) quantity(provision.quantity, [...path, list, p, "quantity"]);
      });
    }
  }

  for (const { record, path } of records.positions) {
    phrase(record.phrase, record.stance, path);
    notAfterSources(record.date, record.sources, path);
  }

  for (const { record, path } of records.pledgeCounts) {
    phrase(record.phrase, record.stance, path);
    notAfterSources(record.date, record.sources, path);
  }

  checkTaxonomyCycles(records, index, push);
}

function checkTaxonomyCycles(
  records: ValidRecords,
  index: RecordIndex,
  push: (code: "taxonomy_cycle", path: readonly PathSegment[], message: string) => void,
): void {
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
