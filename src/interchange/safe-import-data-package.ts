import { checkArguments } from "../internal/guards.js";
import type { ParseDatasetOptions } from "../parse/parse-dataset.js";
import type { CollectionName } from "../schema/dataset.js";
import { finishImport } from "./internal/finish-import.js";
import { issueAt, type Reading } from "./internal/places.js";
import { readTable } from "./internal/read-tables.js";
import { emptyDraft } from "./internal/table-spec.js";
import { TABLES } from "./internal/tables.js";
import type { InterchangeFile, SafeImportResult } from "./types.js";

/**
 * Options of {@link safeImportDataPackage} and {@link importDataPackage}.
 *
 * @category Interchange
 */
export type ImportDataPackageOptions = ParseDatasetOptions;

const COLLECTIONS: readonly CollectionName[] = [
  "sources",
  "states",
  "organizations",
  "institutions",
  "persons",
  "contributionTypes",
  "stancePhrases",
  "coalitions",
  "commitments",
  "proposals",
  "positions",
  "events",
  "pledgeCounts",
];

/**
 * Reads a dataset back from the tables {@link exportDataPackage} writes (the CSV files;
 * `datapackage.json` may come along and is not needed), through the same parser as a
 * JSON dataset (`safeParseDataset`). Never throws for what the tables hold: on bad input it returns every
 * problem at once, each with its file, row (the header is row 1) and column: a cell
 * that is not a number, a condition text that does not parse, an unknown column, a
 * reference to a record that is not there, and whatever the parser finds. Nothing is
 * half-imported. Tables may be left out (no rows); `dataset.csv` is needed. Columns may
 * come in any order, and optional ones may be left out.
 *
 * @param files - The CSV files, as text, by their paths (`commitments.csv`; folders are ignored).
 * @param options - Parsed datasets the tables build on (`base`), and `resolve`, which finds the datasets their `extends` names, as for `safeParseDataset`.
 * @returns `{ success: true, data, document }` with the parsed dataset and the JSON document it came from, or `{ success: false, error }`: a `CoalitionError` (code `invalid_dataset`) whose `issues` each name their `file`, `row` and `column`.
 * @throws {CoalitionError} `invalid_argument` for arguments of the wrong type: `files` that are no list of files (each a `path` and its `text` or `bytes`), or a `base` that is no dataset.
 * @example
 * ```ts
 * import { exportDataPackage, safeImportDataPackage } from "coalition/interchange";
 * import { referenceDataset, seedDataset } from "coalition/fixtures";
 * // The seed extends the reference dataset: the import is given it, as the parser would be.
 * const back = safeImportDataPackage(exportDataPackage(seedDataset()).files, { base: referenceDataset() });
 * back.success && back.data.commitments.length === seedDataset().commitments.length;
 * //=> true
 * const broken = safeImportDataPackage([
 *   { path: "dataset.csv", text: "id,title\r\ndemo,Demo\r\n" },
 *   { path: "commitments.csv", text: "id,actor,type,stance,date,sources,condition\r\nc1,IE,peacekeepers,ready,2025-03,s1,peace(EU)\r\n" },
 * ]);
 * broken.success ? [] : broken.error.issues.map(({ file, row, column, code }) => [file, row, column, code]);
 * //=> [
 * //     ["commitments.csv", 2, "condition", "invalid_format"],
 * //     ["commitments.csv", 2, "actor", "unknown_reference"],
 * //     ["commitments.csv", 2, "sources", "unknown_reference"],
 * //   ]
 * ```
 *
 * @category Interchange
 */
export function safeImportDataPackage(files: readonly InterchangeFile[], options: ImportDataPackageOptions = {}): SafeImportResult {
  checkArguments({ files: [files, "files"], options: [options, { fields: { base: "datasets" } }] });
  const reading: Reading = { places: new Map(), issues: [] };
  const draft = emptyDraft(COLLECTIONS);
  const byName = new Map<string, InterchangeFile>();
  for (const file of files) {
    const name = file.path.slice(file.path.lastIndexOf("/") + 1);
    if (!name.endsWith(".csv")) continue;
    if (!TABLES.some((table) => `${table.name}.csv` === name)) {
      reading.issues.push(issueAt({ file: name, row: null, column: null }, { code: "unknown_field", path: [], message: `${name} is not a table of a dataset` }));
    } else if (byName.has(name)) {
      reading.issues.push(issueAt({ file: name, row: null, column: null }, { code: "invalid_format", path: [], message: `${name} comes twice` }));
    } else byName.set(name, file);
  }
  for (const table of TABLES) {
    const file = byName.get(`${table.name}.csv`);
    if (file === undefined) continue;
    const text = "text" in file ? file.text : new TextDecoder().decode(file.bytes);
    readTable(table, `${table.name}.csv`, text, draft, reading);
  }
  if (!byName.has("dataset.csv")) {
    reading.issues.push(issueAt({ file: "dataset.csv", row: null, column: null }, { code: "missing_field", path: [], message: "dataset.csv is missing: it gives the dataset's id and title" }));
  }
  const document: Record<string, unknown> = { ...draft.header, ...draft.collections };
  // Only what has no row is found nowhere: the dataset's header, when dataset.csv is missing or empty.
  const fallback = () => ({ file: "dataset.csv", row: null, column: null });
  return finishImport(document, reading, { ...options, files: TABLES.map((table) => `${table.name}.csv`), fallback });
}
