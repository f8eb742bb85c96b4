// What a table is: its columns, its keys, how a dataset's records become its rows, and
// how a row's record goes back into the document being rebuilt. Tables are entries of
// one list (tables.ts): adding a table is adding an entry.
import type { Dataset } from "../../model/types.js";
import type { PathSegment } from "../../parse/dataset-issue.js";
import type { CollectionName } from "../../schema/dataset.js";
import { NOT_APPLICABLE, notApplicableFree, type CellValue, type ColumnSpec, type MissingToken } from "./columns.js";
import { column, type FieldCodec, type FieldReader, type Fields } from "./codecs.js";

/** A foreign key: `columns` of this table name a row of `table` by its `to` columns. */
export interface ForeignKey {
  readonly columns: readonly string[];
  readonly table: string;
  readonly to: readonly string[];
}

/** The document being rebuilt from tables: its header, its collections, and ids seen. */
export interface Draft {
  header: Fields | undefined;
  readonly collections: Record<CollectionName, Fields[]>;
  /** Per collection, the index of the first record of each id. */
  readonly ids: Map<CollectionName, Map<string, number>>;
}

/** Where a row's record went, or why it could not go anywhere (a problem at a key column). */
export type Placed =
  | { readonly path: readonly PathSegment[] }
  | { readonly skipped: true }
  | { readonly problem: string; readonly column: string };

export interface TableSpec extends TableReader {
  readonly description: string;
  /** The record's fields, after the keys. */
  readonly fields: readonly FieldCodec[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKey[];
  /** Calls `visit` with each record of the table and its key cells, in order. */
  each(dataset: Dataset, visit: (record: Readonly<Fields>, keys: readonly CellValue[]) => void): void;
}

/** The reading half of a table: all a table that is only read (the commitments sheet) needs. */
export interface TableReader {
  /** The resource's name, and its file's (`commitments` → `commitments.csv`). */
  readonly name: string;
  /** The columns that place a row (its parent, its place among the parent's items), first. */
  readonly keys: readonly ColumnSpec[];
  /** The record's fields, after the keys. */
  readonly fields: readonly FieldReader[];
  /** Puts a record read from a row, with its key cells' texts, into the draft. */
  attach(draft: Draft, record: Fields, keys: readonly string[]): Placed;
}

/** Every column of a table, keys first. */
export function columnsOf(table: TableReader): ColumnSpec[] {
  return [...table.keys, ...table.fields.flatMap((codec) => codec.columns)];
}

/** An empty draft. */
export function emptyDraft(names: readonly CollectionName[]): Draft {
  const collections = Object.fromEntries(names.map((name) => [name, [] as Fields[]])) as Record<CollectionName, Fields[]>;
  return { header: undefined, collections, ids: new Map(names.map((name) => [name, new Map<string, number>()])) };
}

/** Adds a top-level record to its collection; the first of an id is the one its children join. */
export function addRecord(draft: Draft, collection: CollectionName, record: Fields): Placed {
  const list = draft.collections[collection];
  const ids = draft.ids.get(collection) as Map<string, number>;
  if (typeof record.id === "string" && !ids.has(record.id)) ids.set(record.id, list.length);
  list.push(record);
  return { path: [collection, list.length - 1] };
}

/**
 * Adds an item to a list of the record of `collection` whose id is `parent`: the rows of
 * one record are its items in order, and `seq`, where given, must number them so.
 * `claims` puts it in the list of a claimed value, `{ claims: [...] }`, at `list`.
 */
export function addItem(
  draft: Draft,
  at: { collection: CollectionName; parent: string; parentColumn: string; list: string; seq: string; claims?: boolean },
  item: Fields,
): Placed {
  const index = draft.ids.get(at.collection)?.get(at.parent);
  if (index === undefined) return { problem: `no record of ${at.collection} has the id ${JSON.stringify(at.parent)}`, column: at.parentColumn };
  const parent = draft.collections[at.collection][index] as Fields;
  const items = at.claims === true ? ((parent[at.list] as { claims: Fields[] } | undefined) ??= { claims: [] }).claims : ((parent[at.list] as Fields[] | undefined) ??= []);
  if (at.seq !== "" && at.seq !== String(items.length + 1)) {
    return { problem: `seq ${at.seq} comes where item ${items.length + 1} of ${JSON.stringify(at.parent)} is: keep each record's rows in seq order`, column: "seq" };
  }
  items.push(item);
  const path = [at.collection, index, at.list];
  if (at.claims === true) path.push("claims");
  return { path: [...path, items.length - 1] };
}

/** The `seq` key column: an item's place among its record's items, from 1. */
export const SEQ = column("seq", "integer", "The row's place among its record's items, from 1 (rows are read in this order).", { required: true });

/**
 * A codec that applies only to some kinds of row (`kindOf(record)`): elsewhere each of
 * its cells is "n/a", which reads back as nothing.
 */
export function onlyFor(kinds: readonly string[], kindOf: (record: Readonly<Fields>) => string, codec: FieldCodec): FieldCodec {
  return {
    // A column that only some kinds of row have is never required (it is "n/a" in the
    // others), so it has its missing tokens already.
    columns: codec.columns.map((spec) => ({ ...spec, missing: [...(spec.missing as readonly MissingToken[]), NOT_APPLICABLE] })),
    write(record, out) {
      if (kinds.includes(kindOf(record))) {
        const from = out.length;
        codec.write(record, out);
        // Only a text can be "n/a": a number or a flag never reads as it.
        codec.columns.forEach((spec, i) => notApplicableFree(String(out[from + i]), spec.name));
      } else for (let i = 0; i < codec.columns.length; i++) out.push(NOT_APPLICABLE);
    },
    read(cells, into) {
      if (!codec.columns.every((spec) => cells.text(spec.name) === NOT_APPLICABLE)) codec.read(cells, into);
    },
  };
}
