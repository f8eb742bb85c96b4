// Tables back into a dataset document: each row's cells through its table's codecs into
// a record, each record into its place in the draft. Every value read is remembered
// with its file, row and column, so that the parser's issues, which speak of paths in
// the document, can be told where the user can find them.
import type { PathSegment } from "../../parse/dataset-issue.js";
import { readCell, type CellSource, type Fields } from "./codecs.js";
import { readCsv } from "./csv.js";
import { checkHeader } from "./check-header.js";
import { issueAt, pathKey, type Reading } from "./places.js";
import type { Draft, TableReader } from "./table-spec.js";

/** Reads the CSV text of one table into the draft. */
export function readTable(table: TableReader, file: string, text: string, draft: Draft, reading: Reading): void {
  const csv = readCsv(text);
  const index = checkHeader(table, file, csv, reading);
  for (const { row, cells } of csv.rows) readRow(table, { file, row, cells, index }, draft, reading);
}

/** Reads one row: its keys, its fields, and its record's place. */
export function readRow(
  table: TableReader,
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
    problem: (name, message, code = "invalid_format") => reading.issues.push(issueAt({ file, row, column: name }, { code, path: [], message })),
    from: (path, name) => read.push([path, name]),
  };
  const record: Fields = {};
  for (const codec of table.fields) codec.read(source, record);
  for (const spec of table.keys) {
    const text = source.text(spec.name);
    const read = text === "" ? { problem: `${spec.name} is required: it places the row` } : readCell(spec.type, text);
    if ("problem" in read) {
      source.problem(spec.name, read.problem, text === "" ? "missing_field" : "invalid_format");
      return;
    }
  }
  const placed = table.attach(draft, record, table.keys.map((spec) => source.text(spec.name)));
  if ("problem" in placed) {
    reading.issues.push(issueAt({ file, row, column: placed.column }, { code: "invalid_value", path: [], message: placed.problem }));
    return;
  }
  if ("skipped" in placed) return;
  reading.places.set(pathKey(placed.path), { file, row, column: null });
  for (const [path, name] of read) reading.places.set(pathKey([...placed.path, ...path]), { file, row, column: name });
}

