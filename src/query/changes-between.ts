import type { DatasetSource } from "../model/dataset-source.js";
import { stanceRank } from "../model/stance-rank.js";
import type { Position } from "../model/types.js";
import { asOfIso, asOfKey } from "../internal/dates/day-key.js";
import { heldAsOf } from "../internal/dates/held-as-of.js";
import { invalidArgument } from "../internal/errors.js";
import { standingStatement, timelineCount, timelineHead } from "../internal/index/accessors.js";
import type { IndexData } from "../internal/index/index-data.js";
import { dataOf } from "../internal/index/source.js";
import { lookupsOf } from "../internal/lookups.js";
import { positionsInForce } from "../internal/supersession.js";
import { byKey, contributionStatement, proposalStatement } from "./internal/statements.js";
import { subjectKey } from "./internal/stances.js";
import type { ContributionStatement, ProposalStatement, StanceSubject } from "./types.js";
import { checkArguments } from "../internal/guards.js";

/**
 * Options of {@link changesBetween}: the two days compared.
 *
 * @category Queries
 */
export interface ChangesBetweenOptions {
  /** The first day (a month or year counts as of its end; a `Date` as its local calendar day). */
  readonly from: string | Date;
  /** The second day, not before the first. */
  readonly to: string | Date;
  /** Compare the two days as known on this day (see `AsOfOptions.knownAsOf`); everything on record when absent. */
  readonly knownAsOf?: string | Date;
}

/**
 * How an actor's stance or participation changed between two days.
 *
 * @category Queries
 */
export type ChangeKind = "new" | "strengthened" | "weakened" | "withdrawn" | "joined" | "left";

/**
 * What a change is about: a contribution or a proposal (a stance), or a coalition (a participation).
 *
 * @category Queries
 */
export type ChangeSubject = StanceSubject | { readonly kind: "coalition"; readonly coalition: string };

/**
 * One change of an actor, per subject: its stance (the actor's, decided by its standing
 * statements) or its participation in a coalition.
 *
 * @category Queries
 */
export interface StanceChange {
  readonly kind: ChangeKind;
  readonly actor: string;
  readonly subject: ChangeSubject;
  /** The institution of the statement that decides the stance after (before, for "withdrawn"); null where none is named, and for a participation. */
  readonly institution: string | null;
  /** The statement that decided the actor's stance on the first day, or null ("new", and participations). */
  readonly before: ContributionStatement | ProposalStatement | null;
  /** The statement that decides it on the second day, or null ("withdrawn", and participations). */
  readonly after: ContributionStatement | ProposalStatement | null;
  /** Every statement standing on the subject on the first day, sorted by id. */
  readonly statementsBefore: readonly (ContributionStatement | ProposalStatement)[];
  /** Every statement standing on the subject on the second day, sorted by id. */
  readonly statementsAfter: readonly (ContributionStatement | ProposalStatement)[];
  /** The sources behind the change: those of the statements before and after, or of the participation; sorted. */
  readonly sources: readonly string[];
}

/**
 * The changes between two days, and the days as read.
 *
 * @category Queries
 */
export interface StanceChanges {
  readonly from: string;
  readonly to: string;
  readonly changes: readonly StanceChange[];
}

/**
 * What changed between two days, per actor and subject, at the level of the actor (the
 * rule of supersession by actor, see the data-model guide): its stance on a
 * contribution (type and location) or a proposal appeared (`new`), rose or fell
 * (`strengthened`, `weakened`), or nothing stands any more on the second day
 * (`withdrawn`); and its participation in a coalition began (`joined`) or ended
 * (`left`). A restatement at the same stance, by any voice, is no change. Each change
 * carries the deciding statements and every standing statement before and after, with
 * their sources. Each day is read as of its end ("2025-03" as of 31 March). Sorted by
 * actor, subject, then kind.
 *
 * @param source A parsed dataset, or its index.
 * @param options The first day (`from`) and the second (`to`), not before the first.
 * @returns The changes, each with the statements (and sources) before and after.
 * @throws {CoalitionError} `invalid_argument` for an invalid day, or `to` before `from`.
 * @example
 * ```ts
 * import { changesBetween } from "coalition";
 * import { seedDataset } from "coalition/fixtures";
 * const { changes } = changesBetween(seedDataset(), { from: "2025-03-01", to: "2025-03-13" });
 * // Romania's president and parliament speak on the same day: the strongest decides, both are kept.
 * changes.filter((change) => change.actor === "RO").map((change) => [change.kind, change.after?.stance, change.statementsAfter.length]);
 * //=> [["new", "open", 2]]
 * changes.filter((change) => change.kind === "joined").map((change) => change.actor);
 * //=> ["AU", "CA", "FR", "GB", "JP", "NZ"]
 * changesBetween(seedDataset(), { from: "2025-03-13", to: "2025-03-20" }).changes.length;
 * //=> 0
 * ```
 *
 * @category Queries
 */
export function changesBetween(source: DatasetSource, options: ChangesBetweenOptions): StanceChanges {
  checkArguments({ source: [source, "source"], options: [options, { fields: { from: "date", to: "date", knownAsOf: "date" }, required: true }] });
  const data = dataOf(source, options);
  const first = asOfKey(options.from, "from");
  const second = asOfKey(options.to, "to");
  if (second < first) {
    throw invalidArgument("to", `to (${asOfIso(second)}) is before from (${asOfIso(first)})`);
  }
  const changes: StanceChange[] = [];
  for (const [subject, before, after] of contributionPairs(data, first, second)) addChange(changes, subject, before, after);
  for (const [subject, before, after] of proposalPairs(data, first, second)) addChange(changes, subject, before, after);
  changes.push(...participationChanges(data, first, second));
  changes.sort(byKey((change) => `${change.actor}\u0000${changeKey(change.subject)}\u0000${change.kind}`));
  return { from: asOfIso(first) as string, to: asOfIso(second) as string, changes };
}

type Statement = ContributionStatement | ProposalStatement;

/** Standing statements on one subject, each with the day it counts as of. */
type Standing = readonly (readonly [day: number, statement: Statement])[];

/** A subject as a sort key. */
function changeKey(subject: ChangeSubject): string {
  return subject.kind === "coalition" ? `coalition\u0000${subject.coalition}` : subjectKey(subject);
}

/** The statement that decides the actor's stance: the latest; of several on the latest day, the strongest (then the greater id). */
function deciding(standing: Standing): Statement | null {
  let best: readonly [number, Statement] | undefined;
  for (const entry of standing) {
    if (best === undefined || entry[0] > best[0]) best = entry;
    else if (entry[0] === best[0] && stanceRank(entry[1].stance) >= stanceRank(best[1].stance)) best = entry;
  }
  return best?.[1] ?? null;
}

/** Adds the change of the actor's stance from `before` to `after` (the standing statements on each day), if any. */
function addChange(changes: StanceChange[], subject: StanceSubject, standingBefore: Standing, standingAfter: Standing): void {
  const before = deciding(standingBefore);
  const after = deciding(standingAfter);
  let kind: ChangeKind | undefined;
  if (before === null) kind = "new";
  else if (after === null) kind = "withdrawn";
  else if (stanceRank(after.stance) > stanceRank(before.stance)) kind = "strengthened";
  else if (stanceRank(after.stance) < stanceRank(before.stance)) kind = "weakened";
  if (kind === undefined) return;
  const either = (after ?? before) as Statement;
  const statementsBefore = standingBefore.map(([, statement]) => statement).sort(byKey((statement) => statement.id));
  const statementsAfter = standingAfter.map(([, statement]) => statement).sort(byKey((statement) => statement.id));
  const sources = [...new Set([...statementsBefore, ...statementsAfter].flatMap((statement) => statement.sources))].sort();
  changes.push({ kind, actor: either.actor, subject, institution: either.institution, before, after, statementsBefore, statementsAfter, sources });
}

/** Per contribution subject (actor, type, location) with a statement standing on either day: the subject, and the standing statements on each. */
function* contributionPairs(data: IndexData, first: number, second: number): Generator<[StanceSubject, Standing, Standing]> {
  const count = timelineCount(data);
  const subjectOf = (t: number) => {
    const head = timelineHead(data, t);
    return `${data.actor[head]} ${data.type[head]} ${data.location[head]}`;
  };
  for (let t = 0; t < count; ) {
    const subject = subjectOf(t);
    const before: [number, Statement][] = [];
    const after: [number, Statement][] = [];
    // The timelines of one subject are consecutive, one per voice.
    for (; t < count && subjectOf(t) === subject; t++) {
      const p = standingStatement(data, t, first);
      const q = standingStatement(data, t, second);
      if (p >= 0) before.push([data.day[p] as number, contributionStatement(data, p, first)]);
      if (q >= 0) after.push([data.day[q] as number, contributionStatement(data, q, second)]);
    }
    if (before.length === 0 && after.length === 0) continue;
    const either = (after[0] ?? before[0]) as [number, ContributionStatement];
    yield [{ kind: "contribution", type: either[1].type, location: either[1].location }, before, after];
  }
}

/** Per proposal subject (actor, proposal) with a position standing on either day: the subject, and the standing positions on each. */
function* proposalPairs(data: IndexData, first: number, second: number): Generator<[StanceSubject, Standing, Standing]> {
  const lookups = lookupsOf(data.dataset);
  const subjects = new Map<string, { proposal: string; before: [number, Statement][]; after: [number, Statement][] }>();
  const add = (position: Position, side: "before" | "after") => {
    const key = JSON.stringify([position.actor, position.proposal]);
    let entry = subjects.get(key);
    if (entry === undefined) subjects.set(key, (entry = { proposal: position.proposal, before: [], after: [] }));
    entry[side].push([lookups.effectiveKey(position.date, position.sources), proposalStatement(data.dataset, position)]);
  };
  for (const position of positionsInForce(data.dataset, first)) add(position, "before");
  for (const position of positionsInForce(data.dataset, second)) add(position, "after");
  for (const { proposal, before, after } of subjects.values()) yield [{ kind: "proposal", proposal }, before, after];
}

/** Per coalition and actor whose participation holds on one day and not the other: `joined` or `left`, with the participations' sources. */
function participationChanges(data: IndexData, first: number, second: number): StanceChange[] {
  const lookups = lookupsOf(data.dataset);
  const changes: StanceChange[] = [];
  for (const coalition of data.dataset.coalitions) {
    const byActor = new Map<string, { before: boolean; after: boolean; sources: Set<string> }>();
    for (const participation of coalition.participants) {
      const from = lookups.effectiveKey(participation.from, participation.sources);
      const entry = byActor.get(participation.actor) ?? { before: false, after: false, sources: new Set<string>() };
      const [before, after] = [heldAsOf(from, participation.to, first), heldAsOf(from, participation.to, second)];
      entry.before ||= before;
      entry.after ||= after;
      if (before !== after) for (const id of participation.sources) entry.sources.add(id);
      byActor.set(participation.actor, entry);
    }
    for (const [actor, { before, after, sources }] of byActor) {
      if (before === after) continue;
      const kind: ChangeKind = after ? "joined" : "left";
      const subject: ChangeSubject = { kind: "coalition", coalition: coalition.id };
      changes.push({ kind, actor, subject, institution: null, before: null, after: null, statementsBefore: [], statementsAfter: [], sources: [...sources].sort() });
    }
  }
  return changes;
}
