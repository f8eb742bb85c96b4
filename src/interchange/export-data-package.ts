import { checkArguments } from "../internal/guards.js";
import type { Dataset } from "../model/types.js";
import { writeCsv } from "./internal/csv.js";
import { dataPackageDescriptor } from "./internal/descriptor.js";
import { TABLES } from "./internal/tables.js";
import { tableRows } from "./internal/write-tables.js";
import type { InterchangeFile, InterchangeFiles } from "./types.js";

/**
 * Options of {@link exportDataPackage}.
 *
 * @category Interchange
 */
export interface ExportDataPackageOptions {
  /** Write `datapackage.json` beside the CSV files; true by default. False gives the bare tables, for a spreadsheet. */
  readonly descriptor?: boolean;
}

/**
 * Writes a dataset as a Frictionless Data Package: one CSV file per table (the
 * dataset's header, sources, actors, memberships, participations, sought
 * contributions, institutions, persons, offices, contribution types, stance phrases,
 * commitments, fulfilment steps, proposals, provisions, positions, events, and the
 * claims of quantities and counts) and `datapackage.json`, whose Table Schemas give each
 * column's type, constraints, primary and foreign keys, and its labelled missing
 * values: an empty cell is "not given", `unknown` a date the sources do not give, `n/a`
 * a column that does not apply to the row. Conditions are written in the condition
 * text syntax; lists of ids are joined by `;`. Nothing is written to disk: the files
 * are returned, so it works in a browser as in Node. `importDataPackage` reads them back
 * into an equal dataset.
 *
 * @param dataset - A parsed dataset.
 * @param options - Whether to write the descriptor (`descriptor`, true by default).
 * @returns `{ files }`: `datapackage.json` (unless left out) and one `NAME.csv` per table, as text (UTF-8, lines ending in CRLF).
 * @throws {CoalitionError} `invalid_argument` when `dataset` is no parsed dataset or an option is of the wrong type, and when a free text stands where a column may be not applicable and is exactly `n/a`, which would read back as nothing.
 * @example
 * ```ts
 * import { exportDataPackage } from "coalition/interchange";
 * import { seedDataset } from "coalition/fixtures";
 * const { files } = exportDataPackage(seedDataset());
 * files.map((file) => file.path).slice(0, 4);
 * //=> ["datapackage.json", "dataset.csv", "sources.csv", "actors.csv"]
 * const commitments = files.find((file) => file.path === "commitments.csv");
 * commitments !== undefined && "text" in commitments ? commitments.text.split("\r\n")[0] : "";
 * //=> "id,actor,speaker,speaker_person,type,location,location_country,location_detail,location_away_from_line_of_contact,stance,phrase,condition,coalition,date,sources,quote,binding,supersedes,note"
 * ```
 *
 * @category Interchange
 */
export function exportDataPackage(dataset: Dataset, options: ExportDataPackageOptions = {}): InterchangeFiles {
  checkArguments({ dataset: [dataset, "dataset"], options: [options, { fields: { descriptor: "boolean" } }] });
  const files: InterchangeFile[] = [];
  if (options.descriptor !== false) {
    files.push({ path: "datapackage.json", text: `${JSON.stringify(dataPackageDescriptor(dataset, TABLES), null, 2)}\n` });
  }
  for (const table of TABLES) {
    const { header, rows } = tableRows(table, dataset);
    files.push({ path: `${table.name}.csv`, text: writeCsv(header, rows) });
  }
  return { files };
}
