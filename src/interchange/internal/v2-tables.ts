// Tables of the records model v2 added that are lists inside other records: the named
// actors of a pledge count (among them or not), and the vote tallies of decisions.
import type { CollectionName } from "../../schema/dataset.js";
import { ID_PATTERN, IDS_PATTERN, type CellValue } from "./columns.js";
import { column, field, type FieldCodec, type Fields } from "./codecs.js";
import { addItem, SEQ, type ForeignKey, type TableSpec } from "./table-spec.js";

/**
 * A table of the items of two or more lists of one collection's records, told apart by
 * their `role` (a proposal's provisions and exclusions; a pledge count's members and the
 * actors not among them).
 */
export function roleTable(spec: {
  name: string;
  description: string;
  collection: CollectionName;
  parent: string;
  roles: Readonly<Record<string, string>>;
  fields: readonly FieldCodec[];
  foreignKeys: readonly ForeignKey[];
}): TableSpec {
  const { collection, parent, roles } = spec;
  const names = Object.keys(roles);
  return {
    name: spec.name,
    description: spec.description,
    keys: [
      column(parent, "string", `The ${parent}'s id.`, { required: true, pattern: ID_PATTERN }),
      column("role", "string", `Which list of the record the row is an item of: ${names.join(" or ")}.`, { required: true, values: names }),
      SEQ,
    ],
    fields: spec.fields,
    primaryKey: [parent, "role", "seq"],
    foreignKeys: spec.foreignKeys,
    each(dataset, visit) {
      for (const record of dataset[collection] as unknown as readonly Fields[]) {
        for (const [role, list] of Object.entries(roles)) {
          ((record[list] as readonly Fields[] | undefined) ?? []).forEach((item, i) => visit(item, [record.id as string, role, i + 1]));
        }
      }
    },
    attach(draft, record, [parentId = "", role = "", seq = ""]) {
      const list = Object.hasOwn(roles, role) ? roles[role] : undefined;
      if (list === undefined) return { problem: `${JSON.stringify(role)} is not a role: ${names.join(" or ")}`, column: "role" };
      return addItem(draft, { collection, parent: parentId, parentColumn: parent, list, seq }, record);
    },
  };
}

export const PLEDGE_COUNT_ACTORS_TABLE = roleTable({
  name: "pledge-count-actors",
  description: "Named actors known to be among the actors of a pledge count (role member), or known not to be (role not-among), each with its sources.",
  collection: "pledgeCounts",
  parent: "pledge_count",
  roles: { member: "members", "not-among": "notAmong" },
  fields: [
    field("actor", "actor", "string", "The state or organization.", { required: true, pattern: ID_PATTERN }),
    field("sources", "sources", "ids", 'Ids of the sources that say so, separated by ";".', { required: true, pattern: IDS_PATTERN }),
    field("note", "note", "string", "Why the record is as it is, where the source is vague."),
  ],
  foreignKeys: [
    { columns: ["pledge_count"], table: "pledge-counts", to: ["id"] },
    { columns: ["actor"], table: "actors", to: ["id"] },
  ],
});

/** The collections whose records may carry the votes of their decision. */
const VOTED: readonly CollectionName[] = ["commitments", "positions"];
const TALLY = ["yes", "no", "abstain", "absent"] as const;

/** A claim's tally in four columns, each given where the source gives it. */
const TALLY_CODEC: FieldCodec = {
  columns: TALLY.map((part) => column(part, "integer", `Votes ${part === "yes" ? "for" : part === "no" ? "against" : part === "abstain" ? "abstaining" : "absent or not voting"}.`)),
  write(record, out) {
    const tally = record.value as Fields;
    for (const part of TALLY) out.push((tally[part] as CellValue | undefined) ?? "");
  },
  read(cells, into) {
    const tally: Fields = {};
    cells.from(["value"], "yes");
    for (const part of TALLY) {
      field(part, part, "integer", "").read({ ...cells, from: (path, name) => cells.from(["value", ...path], name) }, tally);
    }
    into.value = tally;
  },
};

export const VOTES_TABLE: TableSpec = {
  name: "votes",
  description: "The votes of decisions (a parliament's), one row per claim of a tally, each with its sources: commitments and positions.",
  keys: [
    column("record_table", "string", "The table of the decision.", { required: true, values: VOTED }),
    column("record", "string", "The id of the decision.", { required: true, pattern: ID_PATTERN }),
    SEQ,
  ],
  fields: [
    TALLY_CODEC,
    field("sources", "sources", "ids", 'Ids of the sources of the claim, separated by ";".', { required: true, pattern: IDS_PATTERN }),
    field("note", "note", "string", "Why the claim is as it is, where the source is vague."),
  ],
  primaryKey: ["record_table", "record", "seq"],
  foreignKeys: [],
  each(dataset, visit) {
    for (const collection of VOTED) {
      for (const record of dataset[collection] as unknown as readonly Fields[]) {
        const claims = (record.vote as { claims: readonly Fields[] } | undefined)?.claims ?? [];
        claims.forEach((claim, i) => visit(claim, [collection, record.id as string, i + 1]));
      }
    }
  },
  attach(draft, record, [table = "", id = "", seq = ""]) {
    if (!(VOTED as readonly string[]).includes(table)) return { problem: `${JSON.stringify(table)} records have no votes: commitments or positions`, column: "record_table" };
    return addItem(draft, { collection: table as CollectionName, parent: id, parentColumn: "record", list: "vote", seq, claims: true }, record);
  },
};
