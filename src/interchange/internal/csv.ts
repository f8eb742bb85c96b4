// CSV through papaparse (RFC 4180: fields with a comma, a quote, a line break or
// surrounding space are quoted, quotes doubled; lines end in CRLF). Reading reports
// syntax problems by row, counted as a spreadsheet counts them: the header is row 1.
import Papa from "papaparse";
import type { CellValue } from "./columns.js";

/** A table as CSV text: the header, then one line per row, each ending in CRLF. */
export function writeCsv(header: readonly string[], rows: readonly (readonly CellValue[])[]): string {
  const body = Papa.unparse({ fields: [...header], data: rows as CellValue[][] }, { newline: "\r\n", quotes: false, header: true });
  // papaparse ends the header with a line break when there are no rows, and the last row without one.
  return body.endsWith("\r\n") ? body : `${body}\r\n`;
}

/** A CSV text read: its header, its rows with their spreadsheet row numbers, and its syntax problems. */
export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly { readonly row: number; readonly cells: readonly string[] }[];
  readonly problems: readonly { readonly row: number; readonly message: string }[];
}

/** Reads CSV text. Rows with no text in any cell (blank lines) are left out. */
export function readCsv(text: string): CsvTable {
  const parsed = Papa.parse<string[]>(text, { delimiter: ",", quoteChar: '"', header: false, skipEmptyLines: false });
  const [header = [], ...data] = parsed.data;
  const rows: { row: number; cells: string[] }[] = [];
  data.forEach((cells, i) => {
    if (cells.some((cell) => cell !== "")) rows.push({ row: i + 2, cells });
  });
  // papaparse may report one fault more than once.
  const problems = new Map<string, { row: number; message: string }>();
  for (const error of parsed.errors) {
    // With the delimiter given, every fault papaparse reports is in a row.
    const row = (error.row as number) + 1;
    const message = error.code === "MissingQuotes" ? "a quoted field is not closed: a quote is missing" : `malformed CSV: ${error.message}`;
    problems.set(`${row} ${message}`, { row, message });
  }
  return { header, rows, problems: [...problems.values()] };
}
