// Mutators: each takes a valid document and breaks exactly one rule of a copy of it,
// and says which issue the parser owes for it (its code and its path). Where the
// document has no place to break the rule, the mutator first adds a valid record that
// has one, so every mutator applies to every valid document, even the bare one.
import {
  LIMITS,
  STANCE_PHRASES,
  STANCES,
  dateEnd,
  dateStart,
  type DatasetIssueCode,
  type PathSegment,
} from "../../src/index.js";
import type { ParseDatasetOptions } from "../../src/schema.js";
import { FIRST_DAY, LAST_DAY, dayOf, isoDay } from "./dates.js";
import { countryCodeList, type CollectionKey, type DatasetInput } from "./input.js";

/** A document with one rule broken, and the issue `safeParseDataset` owes for it. */
export interface Mutation {
  /** The broken copy; the valid document given is left as it was. */
  readonly document: unknown;
  readonly expectedCode: DatasetIssueCode;
  readonly expectedPath: readonly PathSegment[];
  /**
   * Issues the mutation causes on purpose beside the one owed, by code and count: only
   * {@link mutators}' `tooManyIssues`, whose rule is broken by having too many of them.
   */
  readonly alongside?: { readonly code: DatasetIssueCode; readonly count: number };
  /**
   * The options to parse the broken copy with: the `resolve` option of the mutators
   * that break a rule of layering (a dataset extended that holds a problem, or gives a
   * field of a record differently, or has another id). Undefined for the others.
   */
  readonly options?: ParseDatasetOptions;
}

/**
 * Breaks one rule of a copy of a valid document. `choice` (any natural number) picks
 * the place and the way of breaking it, so a property test can draw it; 0 by default.
 */
export type Mutator = (document: DatasetInput, choice?: number) => Mutation;

type Obj = Record<string, unknown>;

const isObj = (value: unknown): value is Obj => typeof value === "object" && value !== null && !Array.isArray(value);

function get(root: unknown, path: readonly PathSegment[]): unknown {
  let value = root;
  for (const segment of path) value = (value as Record<PathSegment, unknown>)[segment];
  return value;
}

/** Sets a field, as an own property even when it is named `__proto__` (as JSON.parse makes it). */
function put(target: Obj | unknown[], key: PathSegment, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

function set(root: unknown, path: readonly PathSegment[], value: unknown): void {
  put(get(root, path.slice(0, -1)) as Obj, path[path.length - 1] as PathSegment, value);
}

function remove(root: unknown, path: readonly PathSegment[]): void {
  delete (get(root, path.slice(0, -1)) as Record<PathSegment, unknown>)[path[path.length - 1] as PathSegment];
}

/** The records of a collection, created empty where the document leaves it out. */
function records(document: Obj, name: CollectionKey): Obj[] {
  if (!Array.isArray(document[name])) document[name] = [];
  return document[name] as Obj[];
}

function pick<T>(items: readonly T[], choice: number): T {
  return items[choice % items.length] as T;
}

/** A second, independent pick from the same choice: which way to break the place picked. */
function variant<T>(items: readonly T[], choice: number): T {
  return items[Math.floor(choice / 7) % items.length] as T;
}

// ---------------------------------------------------------------------------
// The document's objects, each with what it is (its context).

type Context =
  | "dataset"
  | "source"
  | "state"
  | "organization"
  | "membership"
  | "institution"
  | "person"
  | "office"
  | "contributionType"
  | "stancePhrase"
  | "coalition"
  | "participation"
  | "sought"
  | "claims"
  | "claim"
  | "countClaims"
  | "countClaim"
  | "count"
  | "commitment"
  | "speaker"
  | "fulfilment"
  | "proposal"
  | "provision"
  | "position"
  | "event"
  | "pledgeCount"
  | "location"
  | "quantity"
  | "condition";

interface Node {
  readonly path: readonly PathSegment[];
  readonly value: Obj;
  readonly context: Context;
}

const RECORD_CONTEXT: Readonly<Record<CollectionKey, Context>> = {
  sources: "source",
  states: "state",
  organizations: "organization",
  institutions: "institution",
  persons: "person",
  contributionTypes: "contributionType",
  stancePhrases: "stancePhrase",
  coalitions: "coalition",
  commitments: "commitment",
  proposals: "proposal",
  positions: "position",
  events: "event",
  pledgeCounts: "pledgeCount",
};

const COLLECTIONS = Object.keys(RECORD_CONTEXT) as CollectionKey[];

/** Every object of a valid document, with its path and context. */
function nodesOf(document: Obj): Node[] {
  const nodes: Node[] = [];
  const visit = (value: unknown, path: readonly PathSegment[], context: Context): void => {
    if (!isObj(value)) return;
    nodes.push({ path, value, context });
    const each = (key: string, child: Context) => {
      const items = value[key];
      if (Array.isArray(items)) items.forEach((item, i) => visit(item, [...path, key, i], child));
    };
    switch (context) {
      case "organization":
        each("memberships", "membership");
        break;
      case "person":
        each("offices", "office");
        break;
      case "coalition":
        each("participants", "participation");
        visit(value.participantCount, [...path, "participantCount"], "countClaims");
        visit(value.condition, [...path, "condition"], "condition");
        each("sought", "sought");
        break;
      case "sought":
      case "provision":
        visit(value.location, [...path, "location"], "location");
        visit(value.quantity, [...path, "quantity"], "quantity");
        break;
      case "claims":
        each("claims", "claim");
        break;
      case "claim":
        visit(value.value, [...path, "value"], "quantity");
        break;
      case "countClaims":
        each("claims", "countClaim");
        break;
      case "countClaim":
        visit(value.value, [...path, "value"], "count");
        break;
      case "commitment":
        visit(value.statedBy, [...path, "statedBy"], "speaker");
        visit(value.location, [...path, "location"], "location");
        visit(value.quantity, [...path, "quantity"], "claims");
        visit(value.condition, [...path, "condition"], "condition");
        each("fulfilment", "fulfilment");
        break;
      case "fulfilment":
        visit(value.delivered, [...path, "delivered"], "quantity");
        break;
      case "proposal":
        visit(value.statedBy, [...path, "statedBy"], "speaker");
        each("provisions", "provision");
        each("exclusions", "provision");
        break;
      case "position":
        visit(value.statedBy, [...path, "statedBy"], "speaker");
        break;
      case "event":
        visit(value.participantCount, [...path, "participantCount"], "countClaims");
        break;
      case "pledgeCount":
        visit(value.statedBy, [...path, "statedBy"], "speaker");
        visit(value.location, [...path, "location"], "location");
        visit(value.condition, [...path, "condition"], "condition");
        break;
      case "condition":
        if (value.kind === "all" || value.kind === "any") each("of", "condition");
        else if (value.kind === "not") visit(value.of, [...path, "of"], "condition");
        else visit(value.location, [...path, "location"], "location");
        break;
      default:
        break;
    }
  };
  visit(document, [], "dataset");
  for (const name of COLLECTIONS) {
    const items = document[name];
    if (Array.isArray(items)) items.forEach((item, i) => visit(item, [name, i], RECORD_CONTEXT[name]));
  }
  return nodes;
}

/** Every string in a document, to make ids that clash with none. */
function stringsOf(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === "string") found.add(value);
  else if (typeof value === "object" && value !== null) for (const child of Object.values(value)) stringsOf(child, found);
  return found;
}

/** An id used nowhere in the document (the generator never writes "Mutated"). */
function fresh(document: Obj, base: string): string {
  const taken = stringsOf(document);
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
  return id;
}

// ---------------------------------------------------------------------------
// Valid records a mutator adds where the document has no place to break.

function addSource(document: Obj, date = "2025-03-13"): string {
  const id = fresh(document, "Mutated-source");
  records(document, "sources").push({ id, kind: "other", publisher: "Mutated Wire", date });
  return id;
}

function someSource(document: Obj): string {
  const first = records(document, "sources")[0];
  return typeof first?.id === "string" ? first.id : addSource(document);
}

/** A state id, adding a state with an unused code where the document declares none (or only `except`). */
function someState(document: Obj, except: readonly unknown[] = []): string {
  const states = records(document, "states");
  const found = states.find((state) => !except.includes(state.id));
  if (typeof found?.id === "string") return found.id;
  const used = stringsOf(document);
  const code = countryCodeList().find((c) => !used.has(c)) as string;
  states.push({ id: code });
  return code;
}

function addCommitment(document: Obj, extra: Obj = {}): number {
  const commitments = records(document, "commitments");
  const actor = someState(document);
  const sources = [someSource(document)];
  commitments.push({
    id: fresh(document, "Mutated-commitment"),
    actor,
    type: "personnel",
    stance: "undecided",
    date: "unknown",
    sources,
    ...extra,
  });
  return commitments.length - 1;
}

function addInstitution(document: Obj, actor: string): string {
  const id = fresh(document, "Mutated-institution");
  records(document, "institutions").push({ id, actor, kind: "other" });
  return id;
}

function addPerson(document: Obj, institution: string): string {
  const id = fresh(document, "Mutated-person");
  const sources = [someSource(document)];
  records(document, "persons").push({ id, name: "Mutated Person", offices: [{ institution, title: "Minister", sources }] });
  return id;
}

function addProposal(document: Obj, extra: Obj = {}): number {
  const proposals = records(document, "proposals");
  const proposedBy = [someState(document)];
  const sources = [someSource(document)];
  proposals.push({ id: fresh(document, "Mutated-proposal"), title: "Mutated plan", proposedBy, date: "unknown", sources, ...extra });
  return proposals.length - 1;
}

function addEvent(document: Obj, extra: Obj = {}): number {
  const events = records(document, "events");
  const sources = [someSource(document)];
  events.push({ id: fresh(document, "Mutated-event"), title: "Mutated talks", kind: "meeting", status: "held", from: "unknown", sources, ...extra });
  return events.length - 1;
}

/** Adds a ref to the dataset `id` to the document's `extends` (at a place `choice` picks); returns its index. */
function extendWith(document: Obj, id: string, choice: number): number {
  if (!Array.isArray(document.extends)) document.extends = [];
  const refs = document.extends as Obj[];
  const at = choice % (refs.length + 1);
  refs.splice(at, 0, choice % 4 === 3 ? { id, path: `${id}.json` } : { id });
  return at;
}

/** Options whose resolver gives a copy of `base` (a JSON document) for the id `forId`, and nothing else. */
function resolving(base: Obj, forId = base.id): ParseDatasetOptions {
  return { resolve: (ref) => (ref.id === forId ? structuredClone(base) : undefined) };
}

/** A fresh copy to break: the document given stays as it was. */
function copy(document: DatasetInput): Obj {
  return structuredClone(document) as Obj;
}

function mutation(document: Obj, expectedCode: DatasetIssueCode, expectedPath: readonly PathSegment[]): Mutation {
  return { document, expectedCode, expectedPath };
}

/** The places (path of a field) a predicate accepts, over every object of the document. */
function fieldsWhere(document: Obj, accept: (node: Node, key: string, value: unknown) => boolean): PathSegment[][] {
  const found: PathSegment[][] = [];
  for (const node of nodesOf(document)) {
    for (const [key, value] of Object.entries(node.value)) if (accept(node, key, value)) found.push([...node.path, key]);
  }
  return found;
}

/** Paths of every element of every `sources` list. */
function sourceListPaths(document: Obj): PathSegment[][] {
  return fieldsWhere(document, (node, key, value) => node.context !== "dataset" && key === "sources" && Array.isArray(value) && value.length > 0);
}

const isMoney = (node: Node) => node.context === "quantity" && node.value.unit === "money";

/** A condition nested `depth` levels deep, built without recursion. */
function nestedCondition(depth: number): unknown {
  let condition: unknown = { kind: "peace", form: "agreement", country: "UA" };
  for (let level = 1; level < depth; level++) {
    condition = level % 2 === 0 ? { kind: "all", of: [condition] } : { kind: "not", of: condition };
  }
  return condition;
}

// ---------------------------------------------------------------------------
// References.

/** Where actor ids are referred to, the institution's own actor aside (its speakers would mismatch). */
function actorReferencePaths(document: Obj): PathSegment[][] {
  return fieldsWhere(document, (node, key, value) => {
    if (node.context === "condition") return ["by", "actor"].includes(key) && typeof value === "string";
    if (["commitment", "position", "participation"].includes(node.context)) return key === "actor";
    if (node.context === "membership") return key === "member";
    if (node.context === "provision") return key === "provider";
    return false;
  }).concat(
    fieldsWhere(document, (node, key) => (node.context === "coalition" && key === "leads") || (node.context === "event" && key === "hosts") || (node.context === "proposal" && key === "proposedBy")).flatMap((path) =>
      (get(document, path) as unknown[]).map((_, i) => [...path, i]),
    ),
  );
}

function dangling(
  document: DatasetInput,
  choice: number,
  places: (document: Obj) => PathSegment[][],
  fallback: (document: Obj, missing: string) => PathSegment[],
): Mutation {
  const broken = copy(document);
  const candidates = places(broken);
  const missing = fresh(broken, "Mutated-missing");
  if (candidates.length === 0) return mutation(broken, "unknown_reference", fallback(broken, missing));
  const path = pick(candidates, choice);
  set(broken, path, missing);
  return mutation(broken, "unknown_reference", path);
}

// ---------------------------------------------------------------------------
// The mutators.

/** Required fields by context (and by `kind` in unions), left out of ids that others refer to. */
const REQUIRED: Readonly<Partial<Record<Context, readonly string[]>>> = {
  dataset: ["id", "title"],
  source: ["kind", "publisher", "date"],
  organization: ["name", "kind"],
  membership: ["member", "from", "sources"],
  institution: ["actor", "kind"],
  person: ["name", "offices"],
  office: ["institution", "title", "sources"],
  contributionType: ["label"],
  coalition: ["name", "leads", "sources"],
  participation: ["actor", "from", "sources"],
  sought: ["type", "sources"],
  claims: ["claims"],
  claim: ["value", "sources"],
  countClaims: ["claims"],
  countClaim: ["value", "sources"],
  commitment: ["id", "actor", "type", "stance", "date", "sources"],
  speaker: ["institution"],
  fulfilment: ["stage", "date", "sources"],
  proposal: ["title", "proposedBy", "date", "sources"],
  provision: ["type"],
  position: ["id", "proposal", "actor", "stance", "date", "sources"],
  event: ["id", "title", "kind", "status", "from", "sources"],
};

const REQUIRED_BY_KIND: Readonly<Record<string, readonly string[]>> = {
  all: ["kind", "of"],
  any: ["kind", "of"],
  not: ["kind", "of"],
  peace: ["kind", "form", "country"],
  request: ["kind"],
  approval: ["kind", "institution"],
  inclusion: ["kind", "in"],
  commitment: ["kind", "actor", "type", "minStance"],
  threshold: ["kind", "count", "type", "minStance"],
  mandate: ["kind", "by"],
  fact: ["kind", "id", "description"],
  "in-country": ["kind", "country"],
  "line-of-contact": ["kind", "country"],
  "behind-demarcation-line": ["kind", "country"],
  "neighbouring-countries": ["kind", "of"],
  "at-sea": ["kind"],
  remote: ["kind"],
  exact: ["kind", "unit", "value"],
  range: ["kind", "unit", "low", "high"],
  approximate: ["kind", "unit", "phrase"],
};

/** A count's required fields by kind (its kinds share names with the quantity's). */
const COUNT_REQUIRED_BY_KIND: Readonly<Record<string, readonly string[]>> = {
  exact: ["kind", "value", "of"],
  range: ["kind", "low", "high", "of"],
  "at-least": ["kind", "value", "of"],
  "at-most": ["kind", "value", "of"],
  approximate: ["kind", "phrase", "of"],
};

function requiredOf(node: Node): readonly string[] {
  if (node.context === "count") return COUNT_REQUIRED_BY_KIND[String(node.value.kind)] ?? [];
  if (node.context === "condition" || node.context === "location" || node.context === "quantity") {
    return REQUIRED_BY_KIND[String(node.value.kind)] ?? [];
  }
  return REQUIRED[node.context] ?? [];
}

/** Fields a wrong type turns into another code (enums, unions) or whose loss orphans referrers (ids, phrases). */
const NOT_TYPE_CHECKED = new Set(["id", "kind", "stance", "minStance", "status", "stage", "form", "unit", "of"]);
/** Collections nothing refers to: replacing one whole costs no reference. */
const UNREFERENCED: readonly CollectionKey[] = ["commitments", "positions", "events"];

function wrongValue(value: unknown, choice: number): unknown {
  if (typeof value === "string") return variant([42, true, null, {}, [], 0], choice);
  if (typeof value === "number") return variant(["42", null, [], {}, false], choice);
  if (Array.isArray(value)) return variant(["not a list", {}, 7, null], choice);
  // Never `true` for a boolean: that would leave a valid document (the fuzzer found one).
  if (typeof value === "boolean") return variant(["true", 1, null, {}, []], choice);
  return variant(["not an object", [], 7, null, true], choice);
}

const BAD_DATES = ["2025-02-30", "2023-02-29", "2025-13", "2025-00", "25-03", "2025-3-1", "2025-03-13T00:00", "2025-W11", "", " 2025"];
const DATE_FIELDS: Readonly<Partial<Record<Context, readonly string[]>>> = {
  dataset: ["publishedOn"],
  source: ["date"],
  membership: ["from", "to"],
  office: ["from", "to"],
  participation: ["from", "to"],
  commitment: ["date"],
  fulfilment: ["date"],
  quantity: ["date"],
  proposal: ["date"],
  position: ["date"],
  event: ["from", "to"],
};
/** Fields where "unknown" is a date; elsewhere it is not. */
const UNKNOWN_ALLOWED: Readonly<Partial<Record<Context, readonly string[]>>> = {
  participation: ["from"],
  commitment: ["date"],
  proposal: ["date"],
  position: ["date"],
  event: ["from"],
};

const NOTE_CONTEXTS: ReadonlySet<Context> = new Set([
  "source",
  "state",
  "organization",
  "membership",
  "institution",
  "person",
  "office",
  "coalition",
  "participation",
  "sought",
  "claim",
  "countClaim",
  "commitment",
  "fulfilment",
  "provision",
  "proposal",
  "position",
  "event",
]);

const NAME_FIELDS: ReadonlySet<string> = new Set(["name", "title", "publisher", "label", "askedOf", "dateAsStated", "outlet", "in"]);

const mutatorTable = {
  /** A record with the id of an earlier one of its kind (or an organization with a state's id). */
  duplicateId(document, choice = 0) {
    const broken = copy(document);
    const states = records(broken, "states");
    if (choice % 5 === 4 && states.length > 0) {
      const organizations = records(broken, "organizations");
      organizations.push({ id: pick(states, choice).id, name: "Mutated bloc", kind: "other" });
      return mutation(broken, "duplicate_id", ["organizations", organizations.length - 1]);
    }
    const candidates = COLLECTIONS.filter((name) => name !== "stancePhrases").flatMap((name) =>
      records(broken, name).map((record) => ({ name, record })),
    );
    const { name, record } = candidates.length > 0 ? pick(candidates, choice) : { name: "states" as const, record: { id: someState(broken) } };
    const list = records(broken, name);
    list.push(structuredClone(record));
    return mutation(broken, "duplicate_id", [name, list.length - 1]);
  },

  /** A source id that no source has. */
  danglingSource(document, choice = 0) {
    const broken = copy(document);
    const lists = sourceListPaths(broken);
    const missing = fresh(broken, "Mutated-missing");
    if (lists.length === 0) {
      const c = addCommitment(broken, { sources: [missing] });
      return mutation(broken, "unknown_reference", ["commitments", c, "sources", 0]);
    }
    const list = pick(lists, choice);
    const at = Math.floor(choice / 3) % (get(broken, list) as unknown[]).length;
    set(broken, [...list, at], missing);
    return mutation(broken, "unknown_reference", [...list, at]);
  },

  /** An actor (state, organization or coalition) that is not declared. */
  danglingActor(document, choice = 0) {
    return dangling(document, choice, actorReferencePaths, (broken, missing) => {
      const c = addCommitment(broken, { actor: missing });
      return ["commitments", c, "actor"];
    });
  },

  /** A speaker's or an approval's institution that is not declared. */
  danglingInstitution(document, choice = 0) {
    return dangling(
      document,
      choice,
      (broken) =>
        fieldsWhere(broken, (node, key) => key === "institution" && (node.context === "speaker" || (node.context === "condition" && node.value.kind === "approval"))),
      (broken, missing) => {
        const c = addCommitment(broken, { condition: { kind: "approval", institution: missing } });
        return ["commitments", c, "condition", "institution"];
      },
    );
  },

  /** A speaking or attending person that is not declared. */
  danglingPerson(document, choice = 0) {
    return dangling(
      document,
      choice,
      (broken) =>
        fieldsWhere(broken, (node, key) => node.context === "speaker" && key === "person").concat(
          fieldsWhere(broken, (node, key) => node.context === "event" && key === "persons").flatMap((path) =>
            (get(broken, path) as unknown[]).map((_, i) => [...path, i]),
          ),
        ),
      (broken, missing) => {
        const e = addEvent(broken, { persons: [missing] });
        return ["events", e, "persons", 0];
      },
    );
  },

  /** A contribution type (of a commitment, provision, atom, or a type's parent) that is not declared. */
  danglingContributionType(document, choice = 0) {
    return dangling(
      document,
      choice,
      (broken) =>
        fieldsWhere(
          broken,
          (node, key) =>
            (key === "type" && ["commitment", "provision", "sought", "condition"].includes(node.context)) ||
            (key === "parent" && node.context === "contributionType"),
        ),
      (broken, missing) => {
        const c = addCommitment(broken, { type: missing });
        return ["commitments", c, "type"];
      },
    );
  },

  /** A position on a proposal that is not declared. */
  danglingProposal(document, choice = 0) {
    return dangling(
      document,
      choice,
      (broken) => fieldsWhere(broken, (node, key) => node.context === "position" && key === "proposal"),
      (broken, missing) => {
        const positions = records(broken, "positions");
        const actor = someState(broken);
        const sources = [someSource(broken)];
        positions.push({ id: fresh(broken, "Mutated-position"), proposal: missing, actor, stance: "open", date: "unknown", sources });
        return ["positions", positions.length - 1, "proposal"];
      },
    );
  },

  /** A commitment offered to, or a threshold counted among, a coalition that is not declared. */
  danglingCoalition(document, choice = 0) {
    return dangling(
      document,
      choice,
      (broken) =>
        fieldsWhere(broken, (node, key) => (node.context === "commitment" && key === "coalition") || (node.context === "condition" && key === "among")),
      (broken, missing) => {
        const c = addCommitment(broken, { coalition: missing });
        return ["commitments", c, "coalition"];
      },
    );
  },

  /** A reference to a declared record of the wrong kind: a state as a coalition, a coalition as a committing actor. */
  wrongReferenceKind(document, choice = 0) {
    const broken = copy(document);
    const coalitions = records(broken, "coalitions");
    const commitments = records(broken, "commitments");
    const c = commitments.length > 0 ? choice % commitments.length : addCommitment(broken);
    const commitment = commitments[c] as Obj;
    if (coalitions.length > 0 && choice % 2 === 1) {
      commitment.actor = pick(coalitions, choice).id;
      // A speaker of the old actor would also mismatch the coalition: one rule broken, not two.
      delete commitment.statedBy;
      return mutation(broken, "wrong_reference_kind", ["commitments", c, "actor"]);
    }
    commitment.coalition = someState(broken);
    return mutation(broken, "wrong_reference_kind", ["commitments", c, "coalition"]);
  },

  /** An interval that ends before it starts: a membership, an office, a participation, an event. */
  reversedInterval(document, choice = 0) {
    const broken = copy(document);
    const candidates = nodesOf(broken).filter(
      (node) =>
        ["membership", "office", "participation", "event"].includes(node.context) &&
        typeof node.value.from === "string" &&
        node.value.from !== "unknown" &&
        dateStart(node.value.from) !== isoDay(FIRST_DAY),
    );
    if (candidates.length === 0) {
      const e = addEvent(broken, { from: "2025-03-13", to: "2025-03-12" });
      return mutation(broken, "interval_reversed", ["events", e, "to"]);
    }
    const node = pick(candidates, choice);
    // Moving `to` earlier can only end overlaps with the member's other memberships.
    node.value.to = isoDay(dayOf(dateStart(node.value.from as string) as string) - 1);
    return mutation(broken, "interval_reversed", [...node.path, "to"]);
  },

  /** A range whose low figure is above its high one. */
  reversedRange(document, choice = 0) {
    const broken = copy(document);
    const quantities = nodesOf(broken).filter((node) => node.context === "quantity");
    if (quantities.length === 0) {
      const sources = [someSource(broken)];
      const c = addCommitment(broken, { quantity: { claims: [{ value: { kind: "range", unit: "people", low: 200, high: 100 }, sources }] } });
      return mutation(broken, "invalid_range", ["commitments", c, "quantity", "claims", 0, "value", "high"]);
    }
    const node = pick(quantities, choice);
    const { unit, currency, date } = node.value;
    set(broken, node.path, { kind: variant(["range", "approximate"], choice), unit, ...(currency === undefined ? {} : { currency }), ...(date === undefined ? {} : { date }), phrase: "a few", low: 200, high: 100 });
    if ((get(broken, node.path) as Obj).kind === "range") delete (get(broken, node.path) as Obj).phrase;
    return mutation(broken, "invalid_range", [...node.path, "high"]);
  },

  /** A date that does not exist, or is not written as YYYY-MM-DD, YYYY-MM or YYYY. */
  badDate(document, choice = 0) {
    const broken = copy(document);
    const places = fieldsWhere(broken, (node, key, value) => typeof value === "string" && (DATE_FIELDS[node.context] ?? []).includes(key));
    const contextOf = new Map(nodesOf(broken).map((node) => [JSON.stringify(node.path), node.context]));
    if (places.length === 0) {
      const s = records(broken, "sources").length;
      addSource(broken, "2025-02-30");
      return mutation(broken, "invalid_date", ["sources", s, "date"]);
    }
    const path = pick(places, choice);
    const context = contextOf.get(JSON.stringify(path.slice(0, -1))) as Context;
    const unknownAllowed = (UNKNOWN_ALLOWED[context] ?? []).includes(path[path.length - 1] as string);
    set(broken, path, variant(unknownAllowed ? BAD_DATES : [...BAD_DATES, "unknown"], choice));
    return mutation(broken, "invalid_date", path);
  },

  /** A country code that is not ISO 3166-1 alpha-2 (XX, EU, UK, gb, GBR). */
  badCountry(document, choice = 0) {
    const broken = copy(document);
    const bad = variant(["XX", "EU", "UK", "gb", "GBR", "", "ZZ"], choice);
    const places = fieldsWhere(
      broken,
      (node, key) =>
        (node.context === "location" && (key === "country" || key === "of")) ||
        (node.context === "condition" && node.value.kind === "peace" && key === "country") ||
        (node.context === "event" && key === "country"),
    );
    if (places.length === 0 || choice % 4 === 3) {
      const states = records(broken, "states");
      // A code the document does not use already, or the new state would be a duplicate too.
      const used = stringsOf(broken);
      states.push({ id: [bad, "XX", "ZZ", "QQ", "XA"].find((code) => !used.has(code)) });
      return mutation(broken, "invalid_country_code", ["states", states.length - 1, "id"]);
    }
    const path = pick(places, choice);
    set(broken, path, bad);
    return mutation(broken, "invalid_country_code", path);
  },

  /** A currency that is not an active ISO 4217 code (XYZ, eur, a precious metal). */
  badCurrency(document, choice = 0) {
    const broken = copy(document);
    const bad = variant(["XYZ", "eur", "EURO", "XAU", "", "€"], choice);
    const money = nodesOf(broken).filter(isMoney);
    if (money.length > 0) {
      const node = pick(money, choice);
      node.value.currency = bad;
      return mutation(broken, "invalid_currency_code", [...node.path, "currency"]);
    }
    const sources = [someSource(broken)];
    const c = addCommitment(broken, { quantity: { claims: [{ value: { kind: "exact", unit: "money", currency: bad, date: "2025", value: 1 }, sources }] } });
    return mutation(broken, "invalid_currency_code", ["commitments", c, "quantity", "claims", 0, "value", "currency"]);
  },

  /** A field the schema does not have, anywhere: misspelt, or named after Object.prototype members. */
  unknownField(document, choice = 0) {
    const broken = copy(document);
    // A broken phrase record would leave the records that use its phrase unmapped too.
    const node = pick(nodesOf(broken).filter((candidate) => candidate.context !== "stancePhrase"), choice);
    const key = variant(["mutatedField", "constructor", "toString", "__proto__", "hasOwnProperty", "prototype", "valueOf", "Id", "stanse"], choice);
    put(node.value, key, variant([1, "x", { polluted: true }, null, []], choice));
    return mutation(broken, "unknown_field", [...node.path, key]);
  },

  /** A value of the wrong JSON type: a number for a string, a string for a list, null for an object. */
  wrongType(document, choice = 0) {
    const broken = copy(document);
    const places = fieldsWhere(broken, (node, key) => {
      if (node.context === "stancePhrase") return false;
      if (node.context === "dataset") return ["id", "title", "description", "version", "publishedOn", "notes", "$schema"].includes(key) || (UNREFERENCED as readonly string[]).includes(key);
      return !NOT_TYPE_CHECKED.has(key);
    });
    const path = pick(places, choice);
    const wrong = wrongValue(get(broken, path), choice);
    // A bare whole number is a count too (participants, as counts were once written).
    const countAt = new Set(nodesOf(broken).filter((node) => node.context === "countClaim").map((node) => JSON.stringify([...node.path, "value"])));
    set(broken, path, typeof wrong === "number" && countAt.has(JSON.stringify(path)) ? "seven" : wrong);
    return mutation(broken, "invalid_type", path);
  },

  /** A required field left out. */
  missingField(document, choice = 0) {
    const broken = copy(document);
    const places = nodesOf(broken).flatMap((node) => requiredOf(node).filter((key) => key in node.value).map((key) => [...node.path, key]));
    const path = pick(places, choice);
    remove(broken, path);
    return mutation(broken, "missing_field", path);
  },

  /** A phrase that maps to another stance than the one recorded. */
  phraseMismatch(document, choice = 0) {
    const broken = copy(document);
    const candidates = (["commitments", "positions"] as const).flatMap((name) => records(broken, name).map((record, i) => ({ name, i, record })));
    const { name, i, record } = candidates.length > 0 ? pick(candidates, choice) : { name: "commitments" as const, i: addCommitment(broken), record: undefined };
    const target = record ?? (records(broken, name)[i] as Obj);
    const others = STANCE_PHRASES.filter((entry) => entry.stance !== target.stance);
    target.phrase = pick(others, Math.floor(choice / 2)).phrase;
    return mutation(broken, "stance_phrase_mismatch", [name, i, "stance"]);
  },

  /** A phrase that is not in the stance mapping, built in or declared. */
  unknownStancePhrase(document, choice = 0) {
    const broken = copy(document);
    const candidates = (["commitments", "positions"] as const).flatMap((name) => records(broken, name).map((_, i) => ({ name, i })));
    const { name, i } = candidates.length > 0 ? pick(candidates, choice) : { name: "commitments" as const, i: addCommitment(broken) };
    (records(broken, name)[i] as Obj).phrase = variant(["Mutated: might, one day", "perhaps", "could possibly"], choice);
    return mutation(broken, "unknown_stance_phrase", [name, i, "phrase"]);
  },

  /** A dataset phrase that would give a built-in phrase another stance. */
  stancePhraseRedefinition(document, choice = 0) {
    const broken = copy(document);
    const builtin = pick(STANCE_PHRASES, choice);
    const phrases = records(broken, "stancePhrases");
    phrases.push({ phrase: variant([builtin.phrase, builtin.phrase.toUpperCase(), ` ${builtin.phrase} `], choice), stance: pick(STANCES.filter((s) => s !== builtin.stance), choice) });
    return mutation(broken, "stance_phrase_mismatch", ["stancePhrases", phrases.length - 1, "stance"]);
  },

  /** A statement by an institution of another actor than the one it is recorded for. */
  speakerMismatch(document, choice = 0) {
    const broken = copy(document);
    const candidates = (["commitments", "positions"] as const).flatMap((name) => records(broken, name).map((_, i) => ({ name, i })));
    const { name, i } = candidates.length > 0 ? pick(candidates, choice) : { name: "commitments" as const, i: addCommitment(broken) };
    const record = records(broken, name)[i] as Obj;
    const foreign = records(broken, "institutions").filter((institution) => institution.actor !== record.actor);
    const institution = foreign.length > 0 ? (pick(foreign, choice).id as string) : addInstitution(broken, someState(broken, [record.actor]));
    record.statedBy = { institution };
    return mutation(broken, "speaker_mismatch", [name, i, "statedBy", "institution"]);
  },

  /** A person speaking for an institution they hold no office in. */
  personNotInInstitution(document, choice = 0) {
    const broken = copy(document);
    const speakers = nodesOf(broken).filter((node) => node.context === "speaker");
    let path: readonly PathSegment[];
    if (speakers.length > 0) path = pick(speakers, choice).path;
    else {
      const institution = addInstitution(broken, someState(broken));
      path = ["proposals", addProposal(broken, { statedBy: { institution } }), "statedBy"];
    }
    const speaker = get(broken, path) as Obj;
    const outsiders = records(broken, "persons").filter(
      (person) => Array.isArray(person.offices) && !person.offices.some((office) => (office as Obj).institution === speaker.institution),
    );
    const elsewhere =
      records(broken, "institutions").find((institution) => institution.id !== speaker.institution)?.id ?? addInstitution(broken, someState(broken));
    speaker.person = outsiders.length > 0 ? pick(outsiders, choice).id : addPerson(broken, elsewhere as string);
    return mutation(broken, "person_not_in_institution", [...path, "person"]);
  },

  /** Two memberships of one member in one organization over the same time. */
  overlappingMemberships(document, choice = 0) {
    const broken = copy(document);
    const spans = nodesOf(broken).filter(
      (node) =>
        node.context === "membership" &&
        (node.value.to === undefined || (dateStart(node.value.from as string) as string) < (dateStart(node.value.to as string) as string)),
    );
    if (spans.length === 0) {
      const member = someState(broken);
      const sources = [someSource(broken)];
      const organizations = records(broken, "organizations");
      organizations.push({
        id: fresh(broken, "Mutated-bloc"),
        name: "Mutated bloc",
        kind: "other",
        memberships: [
          { member, from: "2000", sources },
          { member, from: "2001-06", sources },
        ],
      });
      return mutation(broken, "overlapping_intervals", ["organizations", organizations.length - 1, "memberships", 1]);
    }
    const node = pick(spans, choice);
    const list = get(broken, node.path.slice(0, -1)) as unknown[];
    list.push(structuredClone(node.value));
    return mutation(broken, "overlapping_intervals", [...node.path.slice(0, -1), list.length - 1]);
  },

  /** Fulfilment steps listed out of date order. */
  datesOutOfOrder(document, choice = 0) {
    const broken = copy(document);
    const commitments = records(broken, "commitments");
    const c = commitments.length > 0 ? choice % commitments.length : addCommitment(broken);
    const commitment = commitments[c] as Obj;
    const sources = commitment.sources;
    const [first, second] = variant(
      [
        ["2020-05-02", "2020-05-01"],
        ["2021", "2020-12"],
        ["2020-06", "2020-05-31"],
      ],
      choice,
    ) as [string, string];
    commitment.fulfilment = [
      { stage: "announced", date: first, sources },
      { stage: "delivered", date: second, sources },
    ];
    return mutation(broken, "dates_out_of_order", ["commitments", c, "fulfilment", 1, "date"]);
  },

  /** A statement dated after its latest source was published. */
  dateAfterSource(document, choice = 0) {
    const broken = copy(document);
    const ends = new Map(records(broken, "sources").map((source) => [source.id, dateEnd(source.date as string) as string]));
    const candidates = (["commitments", "proposals", "positions"] as const)
      .flatMap((name) => records(broken, name).map((record, i) => ({ name, i, record })))
      .map(({ name, i, record }) => ({ name, i, record, latest: (record.sources as string[]).map((id) => ends.get(id) as string).sort().at(-1) as string }))
      .filter(({ latest }) => dayOf(latest) < LAST_DAY);
    if (candidates.length === 0) {
      const source = addSource(broken, "2025-03-13");
      const c = addCommitment(broken, { sources: [source], date: "2025-03-14" });
      return mutation(broken, "date_after_source", ["commitments", c, "date"]);
    }
    const { name, i, record, latest } = pick(candidates, choice);
    const after = isoDay(dayOf(latest) + 1);
    // The day after, or its month or year where those start after the source too.
    record.date = variant([after, after.slice(0, 7), after.slice(0, 4)].filter((date) => (dateStart(date) as string) > latest), choice);
    return mutation(broken, "date_after_source", [name, i, "date"]);
  },

  /** Money without its currency. */
  currencyRequired(document, choice = 0) {
    const broken = copy(document);
    const money = nodesOf(broken).filter(isMoney);
    if (money.length > 0) {
      const node = pick(money, choice);
      delete node.value.currency;
      return mutation(broken, "currency_required", [...node.path, "currency"]);
    }
    const sources = [someSource(broken)];
    const c = addCommitment(broken, { quantity: { claims: [{ value: { kind: "exact", unit: "money", date: "2025", value: 1 }, sources }] } });
    return mutation(broken, "currency_required", ["commitments", c, "quantity", "claims", 0, "value", "currency"]);
  },

  /** A count (people, aircraft, a dataset's own unit) with a currency. */
  currencyNotAllowed(document, choice = 0) {
    const broken = copy(document);
    const counts = nodesOf(broken).filter((node) => node.context === "quantity" && node.value.unit !== "money");
    if (counts.length > 0) {
      const node = pick(counts, choice);
      node.value.currency = "EUR";
      return mutation(broken, "currency_not_allowed", [...node.path, "currency"]);
    }
    const sources = [someSource(broken)];
    const c = addCommitment(broken, { quantity: { claims: [{ value: { kind: "exact", unit: "people", currency: "EUR", value: 1 }, sources }] } });
    return mutation(broken, "currency_not_allowed", ["commitments", c, "quantity", "claims", 0, "value", "currency"]);
  },

  /** A contribution type that is its own parent. */
  taxonomyCycle(document, choice = 0) {
    const broken = copy(document);
    const types = records(broken, "contributionTypes");
    if (types.length === 0) {
      const id = fresh(broken, "mutated:loop");
      types.push({ id, parent: id, label: "Mutated loop" });
      return mutation(broken, "taxonomy_cycle", ["contributionTypes", 0, "parent"]);
    }
    const t = choice % types.length;
    (types[t] as Obj).parent = (types[t] as Obj).id;
    return mutation(broken, "taxonomy_cycle", ["contributionTypes", t, "parent"]);
  },

  /** A condition nested one level deeper than the limit. */
  tooDeep(document, choice = 0) {
    const broken = copy(document);
    const candidates = (["commitments", "coalitions"] as const).flatMap((name) => records(broken, name).map((_, i) => ({ name, i })));
    const { name, i } = candidates.length > 0 ? pick(candidates, choice) : { name: "commitments" as const, i: addCommitment(broken) };
    (records(broken, name)[i] as Obj).condition = nestedCondition(LIMITS.conditionDepth + 1);
    return mutation(broken, "too_deep", [name, i, "condition"]);
  },

  /**
   * A list one item over LIMITS.listLength where a record lists its sources: a sparse
   * array of holes (a few bytes that claim ten thousand slots) or a dense one.
   */
  listTooLong(document, choice = 0) {
    const broken = copy(document);
    // A stance phrase left unchecked would orphan the statements that use it: a second issue.
    const places = sourceListPaths(broken).filter((path) => path[0] !== "stancePhrases");
    if (places.length === 0) places.push(["events", addEvent(broken), "sources"]);
    const path = pick(places, choice);
    const list: unknown[] = variant(["sparse", "dense"], choice) === "sparse" ? [] : Array.from({ length: LIMITS.listLength + 1 }, () => "Mutated");
    list.length = LIMITS.listLength + 1;
    set(broken, path, list);
    return mutation(broken, "too_long", path);
  },

  /**
   * More problems than the parser lists (LIMITS.issueCount): one unknown field at the
   * root past the limit. The parser says so with `too_many_issues` at the root, then
   * lists the first LIMITS.issueCount by path.
   */
  tooManyIssues(document, choice = 0) {
    const broken = copy(document);
    const prefix = variant(["mutated", "Mutated-field-", "x"], choice);
    for (let k = 0; k <= LIMITS.issueCount; k++) broken[`${prefix}${k}`] = k;
    return { ...mutation(broken, "too_many_issues", []), alongside: { code: "unknown_field", count: LIMITS.issueCount } };
  },

  /** A note, name or id one character over its limit. */
  tooLong(document, choice = 0) {
    const broken = copy(document);
    const nodes = nodesOf(broken);
    const places = [
      ...nodes.filter((node) => NOTE_CONTEXTS.has(node.context)).map((node) => ({ path: [...node.path, "note"], value: "n".repeat(LIMITS.textLength + 1) })),
      ...fieldsWhere(broken, (node, key, value) => NAME_FIELDS.has(key) && typeof value === "string" && node.context !== "stancePhrase").map((path) => ({
        path,
        value: "n".repeat(LIMITS.nameLength + 1),
      })),
      ...UNREFERENCED.flatMap((name) => records(broken, name).map((_, i) => ({ path: [name, i, "id"], value: "i".repeat(LIMITS.idLength + 1) }))),
    ];
    if (places.length === 0) {
      const state = someState(broken);
      const s = records(broken, "states").findIndex((record) => record.id === state);
      places.push({ path: ["states", s, "note"], value: "n".repeat(LIMITS.textLength + 1) });
    }
    const { path, value } = pick(places, choice);
    set(broken, path, value);
    return mutation(broken, "too_long", path);
  },

  /** An empty name, or an empty list that needs an item (leads, offices, claims, an `all`). */
  tooShort(document, choice = 0) {
    const broken = copy(document);
    const places = [
      ...fieldsWhere(broken, (node, key, value) => NAME_FIELDS.has(key) && typeof value === "string" && node.context !== "stancePhrase").map((path) => ({ path, value: "" as unknown })),
      ...fieldsWhere(
        broken,
        (node, key, value) =>
          Array.isArray(value) &&
          (["leads", "offices", "claims", "proposedBy"].includes(key) || (node.context === "condition" && key === "of")),
      ).map((path) => ({ path, value: [] as unknown })),
    ];
    if (places.length === 0) {
      const e = addEvent(broken);
      places.push({ path: ["events", e, "title"], value: "" });
    }
    const { path, value } = pick(places, choice);
    set(broken, path, value);
    return mutation(broken, "too_short", path);
  },

  /** A record (or claim) whose list of sources is empty. */
  missingSource(document, choice = 0) {
    const broken = copy(document);
    const lists = sourceListPaths(broken);
    if (lists.length === 0) {
      const e = addEvent(broken, { sources: [] });
      return mutation(broken, "missing_source", ["events", e, "sources"]);
    }
    const path = pick(lists, choice);
    set(broken, path, []);
    return mutation(broken, "missing_source", path);
  },

  /** A value outside its enumeration: a stance, a kind, a status, a stage, a form. */
  invalidValue(document, choice = 0) {
    const broken = copy(document);
    const places = fieldsWhere(
      broken,
      (node, key) => node.context !== "stancePhrase" && ["stance", "minStance", "kind", "status", "stage", "form"].includes(key),
    );
    if (places.length === 0) {
      const e = addEvent(broken, { status: "rumoured" });
      return mutation(broken, "invalid_value", ["events", e, "status"]);
    }
    const path = pick(places, choice);
    set(broken, path, variant(["Mutated", "maybe", "READY", ""], choice));
    return mutation(broken, "invalid_value", path);
  },

  /** A number out of its range: a negative count or amount, an amount over 1e15, a threshold of 0. */
  outOfRange(document, choice = 0) {
    const broken = copy(document);
    const nodes = nodesOf(broken);
    // Lowering a low bound or raising a high one keeps a range in order: one problem only.
    const amount = (key: string) => (key === "high" ? 2e15 : variant([-5, -Number.MIN_VALUE, 2e15], choice) === 2e15 && key === "value" ? 2e15 : -5);
    const places = [
      ...nodes
        .filter((node) => node.context === "count")
        .flatMap((node) => ["value", "low", "high"].filter((key) => key in node.value).map((key) => ({ path: [...node.path, key], value: -1 }))),
      ...nodes
        .filter((node) => node.context === "condition" && node.value.kind === "threshold")
        .map((node) => ({ path: [...node.path, "count"], value: variant([0, 1_000_001], choice) })),
      ...nodes
        .filter((node) => node.context === "quantity")
        .flatMap((node) => ["value", "low", "high"].filter((key) => key in node.value).map((key) => ({ path: [...node.path, key], value: amount(key) }))),
    ];
    if (places.length === 0) {
      const sources = [someSource(broken)];
      const e = addEvent(broken, { participantCount: { claims: [{ value: -1, sources }] } });
      return mutation(broken, "out_of_range", ["events", e, "participantCount", "claims", 0, "value"]);
    }
    const { path, value } = pick(places, choice);
    set(broken, path, value);
    return mutation(broken, "out_of_range", path);
  },

  /** A malformed URL or id. */
  invalidFormat(document, choice = 0) {
    const broken = copy(document);
    const places = [
      ...records(broken, "sources").map((_, i) => ({ path: ["sources", i, "url"], value: variant(["not a url", "://missing-scheme", "http//example.org"], choice) as unknown })),
      ...UNREFERENCED.flatMap((name) => records(broken, name).map((_, i) => ({ path: [name, i, "id"], value: variant(["-starts-with-dash", "__proto__", "has space", "é"], choice) as unknown }))),
    ];
    if (places.length === 0) {
      const s = records(broken, "sources").length;
      addSource(broken);
      places.push({ path: ["sources", s, "url"], value: "not a url" });
    }
    const { path, value } = pick(places, choice);
    set(broken, path, value);
    return mutation(broken, "invalid_format", path);
  },

  /** A commitment that supersedes itself, one of another actor, or one stated after it. */
  invalidSupersedes(document, choice = 0) {
    const broken = copy(document);
    const list = records(broken, "commitments");
    // Dated by sources of their own ("unknown" dates count from their earliest source).
    const early = addSource(broken, "2025-03-01");
    const late = addSource(broken, "2025-03-20");
    const way = choice % 3;
    const t = addCommitment(broken, { sources: [way === 2 ? late : early] });
    const target = list[t] as Obj;
    const actor = way === 1 ? someState(broken, [target.actor]) : target.actor;
    const c = addCommitment(broken, { actor, sources: [way === 2 ? early : late] });
    const commitment = list[c] as Obj;
    commitment.supersedes = [way === 0 ? commitment.id : target.id];
    return mutation(broken, "invalid_supersedes", ["commitments", c, "supersedes", 0]);
  },

  /** A dataset extended that neither a base nor a resolver gives. */
  unresolvedExtends(document, choice = 0) {
    const broken = copy(document);
    const at = extendWith(broken, fresh(broken, "Mutated-base"), choice);
    return mutation(broken, "unresolved_extends", ["extends", at]);
  },

  /** A dataset that extends itself, directly or through the one it extends. */
  extendsCycle(document, choice = 0) {
    const broken = copy(document);
    if (choice % 2 === 0) return mutation(broken, "extends_cycle", ["extends", extendWith(broken, broken.id as string, choice)]);
    const base = fresh(broken, "Mutated-base");
    const at = extendWith(broken, base, choice);
    return { ...mutation(broken, "extends_cycle", ["extends", at]), options: resolving({ id: base, title: "Base", extends: [{ id: broken.id }] }) };
  },

  /** A dataset extended whose document, as the resolver finds it, has another id. */
  extendsMismatch(document, choice = 0) {
    const broken = copy(document);
    const base = fresh(broken, "Mutated-base");
    const at = extendWith(broken, base, choice);
    return { ...mutation(broken, "extends_mismatch", ["extends", at]), options: resolving({ id: `${base}-other`, title: "Other" }, base) };
  },

  /** A dataset extended that has a problem of its own: reported inside it, at its path. */
  invalidBase(document, choice = 0) {
    const broken = copy(document);
    const base = fresh(broken, "Mutated-base");
    extendWith(broken, base, choice);
    const field = variant(["Mutated", "recordz", "commitment"], choice);
    return { ...mutation(broken, "invalid_base", ["(extends)", base, field]), options: resolving({ id: base, title: "Base", [field]: [] }) };
  },

  /** A source redeclared by the document with another publisher than the dataset it extends gives it. */
  conflictingRedefinition(document, choice = 0) {
    const broken = copy(document);
    const sources = records(broken, "sources");
    if (sources.length === 0) addSource(broken);
    const s = choice % sources.length;
    const base = fresh(broken, "Mutated-base");
    extendWith(broken, base, choice);
    const publisher = (sources[s] as Obj).publisher === "Mutated Wire" ? "Mutated Other Wire" : "Mutated Wire";
    const redeclared = { ...(sources[s] as Obj), publisher };
    return { ...mutation(broken, "conflicting_redefinition", ["sources", s, "publisher"]), options: resolving({ id: base, title: "Base", sources: [redeclared] }) };
  },

  /** A collection that is not an array. */
  collectionNotAnArray(document, choice = 0) {
    const broken = copy(document);
    const name = pick(UNREFERENCED, choice);
    broken[name] = variant([{}, "commitments", 42, null, true], choice);
    return mutation(broken, "invalid_type", [name]);
  },
} satisfies Record<string, Mutator>;

/** The name of one of the {@link mutators}. */
export type MutatorName = keyof typeof mutatorTable;

/**
 * The mutators, by name. Each breaks exactly one rule of a copy of a valid document
 * (a dangling reference of each kind, a duplicate id, a reversed interval or range, a
 * bad date, country or currency, an unknown field, a wrong type, a missing field, a
 * phrase that maps to another stance, ...) and returns the copy with the code and path
 * of the one issue `safeParseDataset` owes for it. Together they cover every issue code.
 *
 * @example
 * ```ts
 * const { document, expectedCode, expectedPath } = mutators.danglingActor(validDocument, 3);
 * ```
 */
export const mutators: Readonly<Record<MutatorName, Mutator>> = mutatorTable;

/** Every mutator name, for `fc.constantFrom(...MUTATOR_NAMES)`. */
export const MUTATOR_NAMES = Object.keys(mutatorTable) as readonly MutatorName[];

/**
 * Applies the named mutator to a valid document.
 *
 * @example
 * ```ts
 * mutationOf("badDate", validDocument, 0).expectedCode;
 * //=> "invalid_date"
 * ```
 */
export function mutationOf(name: MutatorName, document: DatasetInput, choice = 0): Mutation {
  return mutators[name](document, choice);
}
