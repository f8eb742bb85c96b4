// The tables of the interchange format, one entry each, in the order they are written
// and read (a table's rows may join records of the tables before it). Each entry says
// where its rows come from in a dataset and where they go back.
import { BUILTIN_CONTRIBUTION_TYPES } from "../../model/builtin-contribution-types.js";
import { FULFILMENT_STAGES } from "../../internal/fulfilment-stages.js";
import { SOURCE_KINDS } from "../../model/source-kinds.js";
import { STANCES } from "../../model/stance.js";
import type { Dataset } from "../../model/types.js";
import type { CollectionName } from "../../schema/dataset.js";
import { COUNTRY_PATTERN, DATE_PATTERN, ID_PATTERN, IDS_PATTERN } from "./columns.js";
import { column, field, type Fields } from "./codecs.js";
import { CLAIMS_TABLE } from "./claims-table.js";
import { BODY_KIND_VALUES, EVENT_KIND_VALUES, INSTITUTION_KIND_VALUES, ORGANIZATION_KIND_VALUES, SUBGROUP_KIND_VALUES } from "./kinds.js";
import { locationCodec } from "./location-codec.js";
import { quantityCodec } from "./quantity-codec.js";
import { addItem, addRecord, onlyFor, SEQ, type TableSpec } from "./table-spec.js";
import { conditionCodec, objectCodec, speakerCodec } from "./value-codecs.js";
import { PLEDGE_COUNT_ACTORS_TABLE, roleTable, VOTES_TABLE } from "./v2-tables.js";

const id = (description: string) => field("id", "id", "string", description, { required: true, pattern: ID_PATTERN });
const ref = (name: string, columnName: string, description: string, required = false) => field(name, columnName, "string", description, { required, pattern: ID_PATTERN });
const text = (name: string, columnName: string, description: string, required = false) => field(name, columnName, "string", description, { required });
const date = (name: string, columnName: string, description: string, options: { required?: boolean; unknown?: boolean } = {}) =>
  field(name, columnName, "string", description, { pattern: DATE_PATTERN, ...options });
const sources = field("sources", "sources", "ids", 'Ids of the sources of the record, separated by ";".', { required: true, pattern: IDS_PATTERN });
const note = text("note", "note", "Why the record is as it is, where the source is vague.");
const quote = text("quote", "quote", "The source's words.");
const stance = field("stance", "stance", "string", "How far the actor has gone, strongest first: committed, ready, open, undecided, opposed, refused.", { required: true, values: STANCES });
const phrase = text("phrase", "phrase", "The source's words that set the stance; they must map to it.");
const binding = field("binding", "binding", "boolean", "Whether the decision binds, as the sources give it; not given where they do not say.");
const supersedes = field("supersedes", "supersedes", "ids", 'Ids of earlier records of the same actor that this one replaces, separated by ";".', { pattern: IDS_PATTERN });
const json = (name: string, columnName: string, description: string) => field(name, columnName, "json", `${description} As a JSON array of objects, as the dataset's JSON has them.`);
const fk = (columns: string, table: string, to = "id") => ({ columns: columns.split(","), table, to: to.split(",") });

/** The key column of a child table: the id of its parent record. */
const parentKey = (name: string, description: string) => column(name, "string", description, { required: true, pattern: ID_PATTERN });

/** A record of a dataset, as the writers read it. */
const plain = (records: readonly object[]) => records as readonly Readonly<Fields>[];

/** The kind of an actors row, carried on the record while it is written. */
const ACTOR_KIND = Symbol("actor kind");
const actorKind = (record: Readonly<Fields>) => (record as { [ACTOR_KIND]: string })[ACTOR_KIND];

const ACTORS: TableSpec = {
  name: "actors",
  description: "States, organizations and coalitions: everything that can take a position. A coalition's own fields are n/a for the others.",
  keys: [column("kind", "string", "What the actor is: state, organization or coalition.", { required: true, values: ["state", "organization", "coalition"] })],
  fields: [
    id("The actor's id: an ISO 3166-1 alpha-2 code for a state."),
    onlyFor(["organization", "coalition"], actorKind, text("name", "name", "Its name (a state's comes from Intl.DisplayNames).")),
    onlyFor(["organization"], actorKind, field("kind", "organization_kind", "string", "What kind of body an organization is.", { values: ORGANIZATION_KIND_VALUES })),
    onlyFor(["coalition"], actorKind, text("purpose", "purpose", "What a coalition is for.")),
    onlyFor(["coalition"], actorKind, field("leads", "leads", "ids", 'The actors that lead a coalition, separated by ";".', { pattern: IDS_PATTERN })),
    onlyFor(["coalition"], actorKind, conditionCodec("condition", "A coalition's condition, which applies to every commitment offered to it.")),
    onlyFor(["coalition"], actorKind, field("sources", "sources", "ids", 'Ids of the sources of a coalition, separated by ";".', { pattern: IDS_PATTERN })),
    note,
  ],
  primaryKey: ["id"],
  foreignKeys: [],
  each(dataset, visit) {
    const kinds = [["state", dataset.states], ["organization", dataset.organizations], ["coalition", dataset.coalitions]] as const;
    for (const [kind, records] of kinds) for (const record of plain(records)) visit({ ...record, [ACTOR_KIND]: kind }, [kind]);
  },
  attach(draft, record, [kind]) {
    if (kind === "state") return addRecord(draft, "states", record);
    if (kind === "coalition") return addRecord(draft, "coalitions", { participants: [], ...record });
    if (kind === "organization") return addRecord(draft, "organizations", { memberships: [], ...record });
    return { problem: `${JSON.stringify(kind)} is not a kind of actor: state, organization or coalition`, column: "kind" };
  },
};

/** A child table's rows: the items of `list` of each record of `collection`, keyed by the record's id and seq. */
function childTable(spec: Omit<TableSpec, "keys" | "each" | "attach" | "primaryKey"> & { collection: CollectionName; parent: string; list: string }): TableSpec {
  const { collection, parent, list } = spec;
  return {
    ...spec,
    keys: [parentKey(parent, `The ${parent}'s id.`), SEQ],
    primaryKey: [parent, "seq"],
    each(dataset, visit) {
      for (const record of plain(dataset[collection])) {
        ((record[list] as readonly Fields[] | undefined) ?? []).forEach((item, i) => visit(item, [record.id as string, i + 1]));
      }
    },
    attach(draft, record, [parentId = "", seq = ""]) {
      return addItem(draft, { collection, parent: parentId, parentColumn: parent, list, seq }, record);
    },
  };
}

/** A top-level table: the records of one collection, one row each. */
function recordTable(spec: Omit<TableSpec, "keys" | "each" | "attach" | "primaryKey"> & { collection: CollectionName }): TableSpec {
  return {
    ...spec,
    keys: [],
    primaryKey: ["id"],
    each: (dataset, visit) => plain(dataset[spec.collection]).forEach((record) => visit(record, [])),
    attach: (draft, record) => addRecord(draft, spec.collection, record),
  };
}

const DATASET: TableSpec = {
  name: "dataset",
  description: "The dataset itself: one row.",
  keys: [],
  fields: [
    id("The dataset's id."),
    text("title", "title", "Its title.", true),
    text("description", "description", "What it covers."),
    text("version", "version", "Its version, as its publisher names it."),
    date("publishedOn", "published_on", "When it was published."),
    text("$schema", "schema", "The JSON Schema that editors validate its JSON against."),
    field("notes", "notes", "texts", 'Notes on the dataset as a whole, as a JSON array of texts: ["one", "two"].'),
    json("extends", "extends", 'The datasets it builds on, as written: [{"id": "reference-blocs", "path": "reference.json"}]. An import needs them as its base.'),
    objectCodec("assumptions", [
      field("unrecordedCommitments", "unrecorded_commitments", "string", "How a condition on another actor's commitment reads where nothing is on record: unknown (open world) or false (closed world).", {
        values: ["unknown", "false"],
      }),
    ]),
  ],
  primaryKey: ["id"],
  foreignKeys: [],
  each: (dataset: Dataset, visit) => visit(dataset as unknown as Readonly<Fields>, []),
  attach(draft, record) {
    if (draft.header !== undefined) return { problem: "the dataset table has one row", column: "id" };
    draft.header = record;
    return { path: [] };
  },
};

const CONTRIBUTION_TYPES: TableSpec = {
  name: "contribution-types",
  description: "The contribution taxonomy: the built-in types (builtin true, listed so the table holds the whole taxonomy; an import skips them) and the dataset's own.",
  keys: [column("builtin", "boolean", "Whether the type is one of the library's built-in types.", { required: true })],
  fields: [
    id("The type's id: a built-in one, or the dataset's own ns:name."),
    ref("parent", "parent", "The broader type it counts towards."),
    text("label", "label", "Its display label.", true),
    text("description", "description", "What it covers."),
  ],
  primaryKey: ["id"],
  foreignKeys: [fk("parent", "contribution-types")],
  each(dataset, visit) {
    for (const type of plain(BUILTIN_CONTRIBUTION_TYPES)) visit(type, [true]);
    for (const type of plain(dataset.contributionTypes)) visit(type, [false]);
  },
  attach: (draft, record, [builtin]) => (builtin === "true" ? { skipped: true } : addRecord(draft, "contributionTypes", record)),
};

const location = locationCodec("location", "location");
const speaker = speakerCodec("statedBy");

/** Every table, in the order written and read. */
export const TABLES: readonly TableSpec[] = [
  DATASET,
  recordTable({
    name: "sources",
    description: "Where records come from. Every commitment, position, event and membership names one.",
    collection: "sources",
    fields: [
      id("The source's id, which records name in their sources."),
      field("kind", "kind", "string", "What kind of source it is, from the most authoritative to the least.", { required: true, values: SOURCE_KINDS }),
      text("publisher", "publisher", "Who first published it.", true),
      text("outlet", "outlet", "The outlet that relayed it, where it is not the publisher."),
      text("title", "title", "Its title."),
      date("date", "date", "The day, month or year it was published.", { required: true }),
      text("url", "url", "Where to read it."),
      text("document", "document", "A local copy of the document."),
      note,
    ],
    foreignKeys: [],
  }),
  ACTORS,
  childTable({
    name: "memberships",
    description: "Dated memberships of states in organizations; to is exclusive.",
    collection: "organizations",
    parent: "organization",
    list: "memberships",
    fields: [
      ref("member", "member", "The member's id.", true),
      date("from", "from", "The day membership began.", { required: true }),
      date("to", "to", "The day it ended: not a member as of that day."),
      sources,
      note,
    ],
    foreignKeys: [fk("organization", "actors"), fk("member", "actors")],
  }),
  childTable({
    name: "participations",
    description: "Dated participation of actors in coalitions.",
    collection: "coalitions",
    parent: "coalition",
    list: "participants",
    fields: [
      ref("actor", "actor", "The participating actor.", true),
      date("from", "from", "When it joined.", { required: true, unknown: true }),
      date("to", "to", "The day it left."),
      sources,
      note,
    ],
    foreignKeys: [fk("coalition", "actors"), fk("actor", "actors")],
  }),
  childTable({
    name: "sought-contributions",
    description: "The contributions a coalition seeks.",
    collection: "coalitions",
    parent: "coalition",
    list: "sought",
    fields: [ref("type", "type", "The contribution type.", true), location, text("askedOf", "asked_of", "Whom it was asked of."), sources, quote, note],
    foreignKeys: [fk("coalition", "actors"), fk("type", "contribution-types")],
  }),
  childTable({
    name: "subgroups",
    description: "Groups within coalitions (the planning group for land, sea or air), with their own participants and leads.",
    collection: "coalitions",
    parent: "coalition",
    list: "subgroups",
    fields: [
      ref("id", "id", "The subgroup's id, unique among subgroups.", true),
      text("name", "name", "Its name.", true),
      text("purpose", "purpose", "What it is for."),
      field("kind", "kind", "string", "What kind of group it is.", { values: SUBGROUP_KIND_VALUES }),
      json("participants", "participants", 'Its participants over time: [{"actor": "GB", "from": "2025-03", "sources": ["s1"]}].'),
      field("leads", "leads", "ids", 'The actors that lead it, separated by ";".', { pattern: IDS_PATTERN }),
      date("from", "from", "When it was formed.", { unknown: true }),
      date("to", "to", "When it ended."),
      sources,
      note,
    ],
    foreignKeys: [fk("coalition", "actors")],
  }),
  childTable({
    name: "bodies",
    description: "Bodies of coalitions (a headquarters, a secretariat, a command), with the places they sit and the actors that lead them over dated intervals.",
    collection: "coalitions",
    parent: "coalition",
    list: "bodies",
    fields: [
      ref("id", "id", "The body's id, unique among bodies.", true),
      text("name", "name", "Its name.", true),
      field("kind", "kind", "string", "What kind of body it is.", { required: true, values: BODY_KIND_VALUES }),
      json("sites", "sites", 'Where it sits, over dated intervals: [{"place": {"country": "FR", "city": "Paris"}, "from": "2025-09", "sources": ["s1"]}].'),
      json("leads", "leads", 'Who leads it, over dated intervals: [{"actors": ["GB", "FR"], "from": "2025-09", "sources": ["s1"]}].'),
      sources,
      note,
    ],
    foreignKeys: [fk("coalition", "actors")],
  }),
  recordTable({
    name: "institutions",
    description: "Institutions of states and organizations. Positions are taken by institutions, and they can disagree.",
    collection: "institutions",
    fields: [
      id("The institution's id, e.g. GB.head-of-government."),
      ref("actor", "actor", "The state or organization it belongs to.", true),
      field("kind", "kind", "string", "What kind of institution it is.", { required: true, values: INSTITUTION_KIND_VALUES }),
      text("name", "name", "Its name, where the dataset gives one."),
      note,
    ],
    foreignKeys: [fk("actor", "actors")],
  }),
  recordTable({
    name: "persons",
    description: "Named persons; their offices are in offices.",
    collection: "persons",
    fields: [
      id("The person's id."),
      text("name", "name", "Their name.", true),
      field("aliases", "aliases", "texts", 'Other spellings, as a JSON array of texts: ["one", "two"].'),
      note,
    ],
    foreignKeys: [],
  }),
  childTable({
    name: "offices",
    description: "Offices persons hold in institutions.",
    collection: "persons",
    parent: "person",
    list: "offices",
    fields: [
      ref("institution", "institution", "The institution.", true),
      text("title", "title", "The title of the office.", true),
      date("from", "from", "The day the person took office."),
      date("to", "to", "The day the person left office."),
      sources,
      note,
    ],
    foreignKeys: [fk("person", "persons"), fk("institution", "institutions")],
  }),
  CONTRIBUTION_TYPES,
  {
    name: "stance-phrases",
    description: "The dataset's own phrases for the stance mapping, beside the built-in ones.",
    keys: [],
    fields: [text("phrase", "phrase", "The source's words.", true), stance],
    primaryKey: ["phrase"],
    foreignKeys: [],
    each: (dataset, visit) => plain(dataset.stancePhrases).forEach((record) => visit(record, [])),
    attach: (draft, record) => addRecord(draft, "stancePhrases", record),
  },
  recordTable({
    name: "commitments",
    description: "Stated positions on providing contributions; their quantities are in claims, their fulfilment in fulfilment-steps.",
    collection: "commitments",
    fields: [
      id("The commitment's id."),
      ref("actor", "actor", "The state or organization that would provide it.", true),
      speaker,
      ref("type", "type", "The contribution type.", true),
      location,
      stance,
      phrase,
      conditionCodec("condition", "What must hold for it to take effect."),
      ref("coalition", "coalition", "The coalition it is offered to."),
      date("date", "date", "When it was stated.", { required: true, unknown: true }),
      sources,
      quote,
      binding,
      supersedes,
      note,
    ],
    foreignKeys: [fk("actor", "actors"), fk("speaker", "institutions"), fk("speaker_person", "persons"), fk("type", "contribution-types"), fk("coalition", "actors")],
  }),
  childTable({
    name: "fulfilment-steps",
    description: "Each commitment's steps from announcement to delivery, or its withdrawal.",
    collection: "commitments",
    parent: "commitment",
    list: "fulfilment",
    fields: [
      field("stage", "stage", "string", "The stage reached.", { required: true, values: FULFILMENT_STAGES }),
      date("date", "date", "The day, month or year it was reached.", { required: true }),
      quantityCodec("delivered", "delivered_"),
      sources,
      note,
    ],
    foreignKeys: [fk("commitment", "commitments")],
  }),
  recordTable({
    name: "proposals",
    description: "Plans put forward by actors; what they ask for is in provisions.",
    collection: "proposals",
    fields: [
      id("The proposal's id."),
      text("title", "title", "Its title.", true),
      text("description", "description", "What it proposes."),
      field("proposedBy", "proposed_by", "ids", 'The actors that put it forward, separated by ";".', { required: true, pattern: IDS_PATTERN }),
      speaker,
      conditionCodec("condition", "What the plan is subject to."),
      date("date", "date", "When it was put forward.", { required: true, unknown: true }),
      sources,
      quote,
      note,
    ],
    foreignKeys: [fk("speaker", "institutions"), fk("speaker_person", "persons")],
  }),
  PROVISIONS_TABLE(),
  recordTable({
    name: "positions",
    description: "Positions of actors on proposals.",
    collection: "positions",
    fields: [
      id("The position's id."),
      ref("proposal", "proposal", "The proposal.", true),
      ref("actor", "actor", "The actor that takes the position.", true),
      speaker,
      stance,
      phrase,
      conditionCodec("condition", "What the position depends on."),
      date("date", "date", "When it was stated.", { required: true, unknown: true }),
      sources,
      quote,
      binding,
      supersedes,
      note,
    ],
    foreignKeys: [fk("proposal", "proposals"), fk("actor", "actors"), fk("speaker", "institutions"), fk("speaker_person", "persons")],
  }),
  recordTable({
    name: "events",
    description: "Meetings and calls; counts of their participants are in claims.",
    collection: "events",
    fields: [
      id("The event's id."),
      text("title", "title", "Its title.", true),
      field("kind", "kind", "string", "What kind of event it is.", { required: true, values: EVENT_KIND_VALUES }),
      field("status", "status", "string", "Held or planned, as of the source's date.", { required: true, values: ["held", "planned"] }),
      date("from", "from", "Its first day.", { required: true, unknown: true }),
      date("to", "to", "The last day, for an event over several days."),
      text("dateAsStated", "date_as_stated", "The source's relative words (this weekend), resolved into from and to."),
      field("country", "country", "string", "Where it takes place, an ISO 3166-1 alpha-2 code.", { pattern: COUNTRY_PATTERN }),
      field("hosts", "hosts", "ids", 'The actors that host it, separated by ";".', { pattern: IDS_PATTERN }),
      field("participants", "participants", "ids", 'The actors that take part, separated by ";".', { pattern: IDS_PATTERN }),
      field("persons", "persons", "ids", 'The persons that take part, separated by ";".', { pattern: IDS_PATTERN }),
      objectCodec("series", [
        ref("id", "series", "The numbered series of meetings it belongs to: events that share it are meetings of one series."),
        field("number", "series_number", "integer", "Which meeting of the series it is, from 1."),
      ]),
      ref("coalition", "coalition", "The coalition whose event it is."),
      ref("subgroup", "subgroup", "The coalition's subgroup whose event it is."),
      sources,
      note,
    ],
    foreignKeys: [fk("coalition", "actors")],
  }),
  recordTable({
    name: "pledge-counts",
    description: "Actors known only by their number (26 countries formally committed): the count is in claims, the named actors among them (or not) in pledge-count-actors.",
    collection: "pledgeCounts",
    fields: [
      id("The pledge count's id."),
      ref("coalition", "coalition", "The coalition the actors pledge to."),
      ref("type", "type", "The contribution type.", true),
      location,
      stance,
      phrase,
      conditionCodec("condition", "What must hold for the pledges to take effect."),
      speaker,
      date("date", "date", "When it was stated.", { required: true, unknown: true }),
      sources,
      quote,
      supersedes,
      note,
    ],
    foreignKeys: [fk("coalition", "actors"), fk("speaker", "institutions"), fk("speaker_person", "persons"), fk("type", "contribution-types")],
  }),
  PLEDGE_COUNT_ACTORS_TABLE,
  VOTES_TABLE,
  CLAIMS_TABLE,
];

/** Provisions and exclusions of proposals, told apart by their role. */
function PROVISIONS_TABLE(): TableSpec {
  return roleTable({
    name: "provisions",
    description: "What each proposal asks for (role provision) or explicitly leaves out (role exclusion).",
    collection: "proposals",
    parent: "proposal",
    roles: { provision: "provisions", exclusion: "exclusions" },
    fields: [
      ref("provider", "provider", "Who would provide it; not given for the force as a whole."),
      ref("type", "type", "The contribution type.", true),
      location,
      quantityCodec("quantity", "quantity_"),
      note,
    ],
    foreignKeys: [fk("proposal", "proposals"), fk("provider", "actors"), fk("type", "contribution-types")],
  });
}
