import type { CsvTable } from "./csv.js";
import { issueAt, type Reading } from "./places.js";
import { columnsOf, type TableReader } from "./table-spec.js";

/**
 * The header of a table's CSV, checked: every column known and given once, every
 * required one there. Returns where each known column is.
 */
export function checkHeader(table: TableReader, file: string, csv: CsvTable, reading: Reading): Map<string, number> {
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
      reading.issues.push(issueAt({ file, row, column: null }, { code: "invalid_format", path: [], message: `the row has ${cells.length} cells, the header ${csv.header.length}` }));
    }
  }
  return index;
}
