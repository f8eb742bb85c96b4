import { BUILTIN_CONTRIBUTION_TYPES } from "../../model/builtin-contribution-types.js";
import type { Condition, ConditionAtom, Dataset, Location, Speaker } from "../../model/types.js";
import type { DatasetIssue, PathSegment, ReferenceKind } from "../dataset-issue.js";
import type { IssueReport } from "./issue-sink.js";
import type { ActorKind, IdSpace, RecordIndex } from "./record-index.js";

/** A checked record (or the fields of one that passed theirs), with its path in the input. */
export interface Indexed<R> {
  readonly record: R;
  readonly path: readonly PathSegment[];
}

/** The records of a document that passed their schemas, by collection. */
export type ValidRecords = { readonly [K in CollectionKey]: readonly Indexed<Dataset[K][number]>[] };

/**
 * The records the cross-record checks read, by collection: those that passed their
 * schemas, and of those that did not, the fields that passed their own. A required
 * field may be missing, and each check reads only what is there.
 */
export type CheckedRecords = { readonly [K in CollectionKey]: readonly Indexed<Partial<Dataset[K][number]>>[] };
type CollectionKey =
  | "sources"
  | "states"
  | "organizations"
  | "institutions"
  | "persons"
  | "contributionTypes"
  | "stancePhrases"
  | "coalitions"
  | "commitments"
  | "proposals"
  | "positions"
  | "events"
  | "pledgeCounts";

/**
 * Checks that every reference of every valid record points to a declared record of
 * the right kind. Issues are appended to `issues`.
 */
export function checkReferences(records: CheckedRecords, index: RecordIndex, issues: IssueReport): void {
  const ref = referenceChecker(index, issues);
  checkActorRecords(records, ref);
  checkCoalitions(records, ref);
  for (const { record, path } of records.commitments) {
    ref.actor(record.actor, [...path, "actor"], ["state", "organization"]);
    if (record.statedBy !== undefined) ref.speaker(record.statedBy, record.actor, [...path, "statedBy"]);
    ref.type(record.type, [...path, "type"]);
    if (record.location !== undefined) ref.location(record.location, [...path, "location"]);
    record.quantity?.claims.forEach((claim, c) => ref.sources(claim.sources, [...path, "quantity", "claims", c]));
    if (record.condition !== undefined) ref.condition(record.condition, [...path, "condition"]);
    if (record.coalition !== undefined && index.actorKinds.get(record.coalition) !== "coalition") {
      ref.actor(record.coalition, [...path, "coalition"], ["coalition"]);
    }
    record.fulfilment?.forEach((step, s) => ref.sources(step.sources, [...path, "fulfilment", s]));
    ref.sources(record.sources, path);
  }
  checkProposals(records, ref);
  for (const { record, path } of records.events) {
    record.hosts?.forEach((actor, a) => ref.actor(actor, [...path, "hosts", a], ["state", "organization", "coalition"]));
    record.participants?.forEach((actor, a) => ref.actor(actor, [...path, "participants", a], ["state", "organization", "coalition"]));
    record.persons?.forEach((person, p) => ref.to("person", "person", person, [...path, "persons", p]));
    record.participantCount?.claims.forEach((claim, c) => ref.sources(claim.sources, [...path, "participantCount", "claims", c]));
    ref.sources(record.sources, path);
  }
}

/** The references of institutions, memberships, offices and broader types. */
function checkActorRecords(records: CheckedRecords, ref: ReferenceChecker): void {
  for (const { record, path } of records.institutions) ref.actor(record.actor, [...path, "actor"], ["state", "organization"]);
  for (const { record, path } of records.organizations) {
    record.memberships?.forEach((membership, m) => {
      const at = [...path, "memberships", m];
      ref.actor(membership.member, [...at, "member"], ["state", "organization"]);
      ref.sources(membership.sources, at);
    });
  }
  for (const { record, path } of records.persons) {
    record.offices?.forEach((office, o) => {
      const at = [...path, "offices", o];
      ref.to("institution", "institution", office.institution, [...at, "institution"]);
      ref.sources(office.sources, at);
    });
  }
  for (const { record, path } of records.contributionTypes) {
    if (record.parent !== undefined) ref.type(record.parent, [...path, "parent"]);
  }
}

/** The references of coalitions: leads, participants, counts, condition, contributions sought, sources. */
function checkCoalitions(records: CheckedRecords, ref: ReferenceChecker): void {
  for (const { record, path } of records.coalitions) {
    record.leads?.forEach((lead, l) => ref.actor(lead, [...path, "leads", l], ["state", "organization"]));
    record.participants?.forEach((participation, p) => {
      const at = [...path, "participants", p];
      ref.actor(participation.actor, [...at, "actor"], ["state", "organization"]);
      ref.sources(participation.sources, at);
    });
    record.participantCount?.claims.forEach((claim, c) => ref.sources(claim.sources, [...path, "participantCount", "claims", c]));
    if (record.condition !== undefined) ref.condition(record.condition, [...path, "condition"]);
    record.sought?.forEach((sought, s) => {
      const at = [...path, "sought", s];
      ref.type(sought.type, [...at, "type"]);
      if (sought.location !== undefined) ref.location(sought.location, [...at, "location"]);
      ref.sources(sought.sources, at);
    });
    ref.sources(record.sources, path);
  }
}

/** The references of proposals (proposers, speakers, providers, types) and of positions on them. */
function checkProposals(records: CheckedRecords, ref: ReferenceChecker): void {
  for (const { record, path } of records.proposals) {
    record.proposedBy?.forEach((actor, a) => ref.actor(actor, [...path, "proposedBy", a], ["state", "organization", "coalition"]));
    if (record.statedBy !== undefined) ref.speaker(record.statedBy, undefined, [...path, "statedBy"]);
    for (const list of ["provisions", "exclusions"] as const) {
      record[list]?.forEach((provision, p) => {
        const at = [...path, list, p];
        if (provision.provider !== undefined) ref.actor(provision.provider, [...at, "provider"], ["state", "organization", "coalition"]);
        ref.type(provision.type, [...at, "type"]);
        if (provision.location !== undefined) ref.location(provision.location, [...at, "location"]);
      });
    }
    ref.sources(record.sources, path);
  }
  for (const { record, path } of records.positions) {
    ref.to("proposal", "proposal", record.proposal, [...path, "proposal"]);
    ref.actor(record.actor, [...path, "actor"], ["state", "organization", "coalition"]);
    if (record.statedBy !== undefined) ref.speaker(record.statedBy, record.actor, [...path, "statedBy"]);
    ref.sources(record.sources, path);
  }
}

/** The checks of references one record's fields make, for the checks of each kind of record. */
export type ReferenceChecker = ReturnType<typeof referenceChecker>;

/** The checks of the references of one record's fields, reporting to `issues`. */
export function referenceChecker(index: RecordIndex, issues: IssueReport) {
  const unknown = (id: string, expected: ReferenceKind, path: readonly PathSegment[]) =>
    issues.push({ code: "unknown_reference", path, id, expected, message: `no ${expected} has the id ${JSON.stringify(id)}` });
  /** Whether `id` is declared in `space`; reports it when not. Nothing to check (false) when the field is missing. */
  const to = (space: IdSpace, expected: ReferenceKind, id: string | undefined, path: readonly PathSegment[]): boolean => {
    if (id === undefined) return false;
    if (index.has(space, id)) return true;
    unknown(id, expected, path);
    return false;
  };
  const checker = {
    to,
    actor: (id: string | undefined, path: readonly PathSegment[], allowed: readonly ActorKind[]) => {
      if (id !== undefined) checkActor(index, issues, { id, path, allowed });
    },
    type(id: string | undefined, path: readonly PathSegment[]): void {
      if (id === undefined) return;
      // A type declared by a record that failed its schema is reported there, not here.
      if (!index.typeParents.has(id) && !index.has("contribution type", id)) unknown(id, "contribution type", path);
    },
    sources(ids: readonly string[] | undefined, recordPath: readonly PathSegment[]): void {
      ids?.forEach((id, s) => to("source", "source", id, [...recordPath, "sources", s]));
    },
    location(location: Location, path: readonly PathSegment[]): void {
      if (location.kind === "bloc-territory") checkActor(index, issues, { id: location.bloc, path: [...path, "bloc"], allowed: ["organization"] });
    },
    speaker: (speaker: Speaker, actor: string | undefined, path: readonly PathSegment[]) => checkSpeaker(index, issues, to, { speaker, actor, path }),
    condition(root: Condition, rootPath: readonly PathSegment[]): void {
      // Iterative walk: conditions may be deep, and a recursive one could overflow the stack.
      const stack: { node: Condition; path: readonly PathSegment[] }[] = [{ node: root, path: rootPath }];
      // Loop on the stack's length, not on what pop returns: the stack holds wrappers, never `undefined`.
      while (stack.length > 0) {
        const { node, path } = stack.pop() as (typeof stack)[number];
        if (node.kind === "all" || node.kind === "any") node.of.forEach((child, c) => stack.push({ node: child, path: [...path, "of", c] }));
        else if (node.kind === "not") stack.push({ node: node.of, path: [...path, "of"] });
        else checkAtom(checker, node, path);
      }
    },
  };
  return checker;
}

/** The references an atom of a condition makes. */
function checkAtom(checker: Pick<ReferenceChecker, "to" | "actor" | "type" | "location">, node: ConditionAtom, path: readonly PathSegment[]): void {
  switch (node.kind) {
    case "request":
      if (node.by !== undefined) checker.actor(node.by, [...path, "by"], ["state", "organization", "coalition"]);
      break;
    case "approval":
      checker.to("institution", "institution", node.institution, [...path, "institution"]);
      break;
    case "inclusion":
      if (node.actor !== undefined) checker.actor(node.actor, [...path, "actor"], ["state", "organization"]);
      break;
    case "commitment":
      checker.actor(node.actor, [...path, "actor"], ["state", "organization"]);
      checker.type(node.type, [...path, "type"]);
      if (node.location !== undefined) checker.location(node.location, [...path, "location"]);
      break;
    case "threshold":
      checker.type(node.type, [...path, "type"]);
      if (node.location !== undefined) checker.location(node.location, [...path, "location"]);
      if (node.among !== undefined) checker.actor(node.among, [...path, "among"], ["coalition"]);
      break;
    case "mandate":
      checker.actor(node.by, [...path, "by"], ["state", "organization", "coalition"]);
      break;
    case "peace":
    case "fact":
      break;
  }
}

/** Checks that an actor is declared, and of a kind `allowed` here. */
function checkActor(index: RecordIndex, issues: IssueReport, { id, path, allowed }: { id: string; path: readonly PathSegment[]; allowed: readonly ActorKind[] }): void {
  const expected: ReferenceKind =
    allowed.length === 1 && allowed[0] === "organization"
      ? "organization"
      : allowed.includes("coalition")
        ? allowed.length === 1
          ? "coalition"
          : "actor or coalition"
        : "actor";
  const kind = index.actorKinds.get(id);
  const wrongKind = (found: string) =>
    issues.push({ code: "wrong_reference_kind", path, id, expected, message: `${JSON.stringify(id)} is ${withArticle(found)}, but ${withArticle(expected)} is expected here` });
  if (kind !== undefined) {
    if (!allowed.includes(kind)) wrongKind(kind);
    return;
  }
  // Declared by a record that failed its schema: that record's issue says what is wrong.
  if (index.has("actor", id)) return;
  // An id declared as something else (an institution, a person) is a wrong kind, not a missing one.
  const other = (["institution", "person", "source", "proposal"] as const).find((space) => index.has(space, id));
  if (other !== undefined) wrongKind(other);
  else issues.push({ code: "unknown_reference", path, id, expected, message: `no ${expected} has the id ${JSON.stringify(id)}` });
}

/** Checks a speaker: its institution and person are declared, the institution is the actor's, the person holds an office there. */
function checkSpeaker(
  index: RecordIndex,
  issues: IssueReport,
  to: (space: IdSpace, expected: ReferenceKind, id: string, path: readonly PathSegment[]) => boolean,
  { speaker, actor, path }: { speaker: Speaker; actor: string | undefined; path: readonly PathSegment[] },
): void {
  const known = to("institution", "institution", speaker.institution, [...path, "institution"]);
  const institution = known ? index.institutions.get(speaker.institution) : undefined;
  // Against an undeclared actor the mismatch says nothing new: the actor is reported already.
  if (institution !== undefined && actor !== undefined && index.actorKinds.has(actor) && institution.actor !== actor) {
    issues.push({
      code: "speaker_mismatch",
      path: [...path, "institution"],
      message: `institution ${JSON.stringify(speaker.institution)} belongs to ${JSON.stringify(institution.actor)}, not to ${JSON.stringify(actor)}`,
    });
  }
  if (speaker.person === undefined || !to("person", "person", speaker.person, [...path, "person"])) return;
  const person = index.persons.get(speaker.person);
  // Offices in an undeclared institution are not worth a second issue for one typo.
  if (known && person !== undefined && !person.offices.some((office) => office.institution === speaker.institution)) {
    issues.push({
      code: "person_not_in_institution",
      path: [...path, "person"],
      // A name may hold line breaks or be blank; the message stays one readable line.
      message: `${person.name.replace(/\s+/g, " ").trim() || JSON.stringify(person.name)} holds no office in ${JSON.stringify(speaker.institution)}`,
    });
  }
}

function withArticle(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

/** The built-in types, to seed the index before a dataset's own are declared. */
export function builtinTypeParents(): Map<string, string | undefined> {
  return new Map(BUILTIN_CONTRIBUTION_TYPES.map((type) => [type.id, type.parent]));
}
