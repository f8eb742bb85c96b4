// Tables back into a dataset document: each row's cells through its table's codecs into
// a record, each record into its place in the draft. Every value read is remembered
// with its file, row and column, so that the parser's issues, which speak of paths in
// the document, can be told where the user can find them.
import type { DatasetIssue, PathSegment } from "../../parse/dataset-issue.js";
import type { ImportIssue } from "../types.js";
import type { CellSource, Fields } from "./codecs.js";
import { readCsv } from "./csv.js";
import { columnsOf, type Draft, type TableSpec } from "./table-spec.js";

/** Where a value was read: its file, row and column (null: the row, or the file, as a whole). */
export interface Place {
  readonly file: string;
  readonly row: number | null;
  readonly column: string | null;
}

/** What reading the tables found: the places of the document's values, and the problems. */
export interface Reading {
  /** By the JSON of a path in the document. */
  readonly places: Map<string, Place>;
  readonly issues: ImportIssue[];
}

export const pathKey = (path: readonly PathSegment[]) => JSON.stringify(path);

/** A problem at a place, as an import issue. */
export function issueAt(place: Place, issue: DatasetIssue): ImportIssue {
  return { ...issue, file: place.file, row: place.row, column: place.column };
}

/** Reads the CSV text of one table into the draft. */
export function readTable(table: TableSpec, file: string, text: string, draft: Draft, reading: Reading): void {
  const csv = readCsv(text);
  for (const problem of csv.problems) {
    reading.issues.push(issueAt({ file, row: problem.row, column: null }, { code: "invalid_format", path: [], message: problem.message }));
  }
  const columns = columnsOf(table);
  const known = new Set(columns.map((spec) => spec.name));
  const index = new Map<string, number>();
  csv.header.forEach((name, i) => {
    const at = { file, row: 1, column: name };
    if (!known.has(name)) reading.issues.push(issueAt(at, { code: "unknown_field", path: [], message: `${JSON.stringify(name)} is not a column of ${table.name}` }));
    else if (index.has(name)) reading.issues.push(issueAt(at, { code: "invalid_format", path: [], message: `the column ${name} comes twice` }));
    else index.set(name, i);
  });
  for (const spec of columns) {
    if ((spec.required === true || table.keys.includes(spec)) && !index.has(spec.name)) {
      reading.issues.push(issueAt({ file, row: 1, column: spec.name }, { code: "missing_field", path: [], message: `${table.name} needs the column ${spec.name}` }));
    }
  }
  for (const { row, cells } of csv.rows) {
    if (cells.length !== csv.header.length) {
      const message = `the row has ${cells.length} cells, the header ${csv.header.length}`;
      reading.issues.push(issueAt({ file, row, column: null }, { code: "invalid_format", path: [], message }));
    }
    readRow(table, { file, row, cells, index }, draft, reading);
  }
}

/** Reads one row: its keys, its fields, and its record's place. */
export function readRow(
  table: TableSpec,
  at: { file: string; row: number; cells: readonly string[]; index: ReadonlyMap<string, number> },
  draft: Draft,
  reading: Reading,
): void {
  const { file, row, cells, index } = at;
  const read: [path: readonly PathSegment[], column: string][] = [];
  const source: CellSource = {
    text: (name) => {
      const i = index.get(name);
      return i === undefined ? "" : (cells[i] ?? "");
    },
    problem: (name, message) => reading.issues.push(issueAt({ file, row, column: name }, { code: "invalid_format", path: [], message })),
    from: (path, name) => read.push([path, name]),
  };
  const record: Fields = {};
  for (const codec of table.fields) codec.read(source, record);
  const placed = table.attach(draft, record, table.keys.map((spec) => source.text(spec.name)));
  if ("problem" in placed) {
    reading.issues.push(issueAt({ file, row, column: placed.column }, { code: "invalid_value", path: [], message: placed.problem }));
    return;
  }
  if ("skipped" in placed) return;
  reading.places.set(pathKey(placed.path), { file, row, column: null });
  for (const [path, name] of read) reading.places.set(pathKey([...placed.path, ...path]), { file, row, column: name });
}

/**
 * Where the value at `path` was read: the place of its longest prefix read. A path
 * below a value (the country of a location) is found at the value's column.
 */
export function placeOf(path: readonly PathSegment[], places: ReadonlyMap<string, Place>): Place | undefined {
  for (let length = path.length; length >= 0; length--) {
    const place = places.get(pathKey(path.slice(0, length)));
    if (place !== undefined) return place;
  }
  return undefined;
}
