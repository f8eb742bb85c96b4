import { checkArguments } from "../internal/guards.js";
import type { Dataset } from "../model/types.js";
import type { StancePhrase } from "../model/stance-phrases.js";
import type { ParseDatasetOptions } from "../parse/parse-dataset.js";
import type { Fields } from "./internal/codecs.js";
import { finishImport } from "./internal/finish-import.js";
import type { SafeImportResult } from "./types.js";
import { issueAt, pathKey, type Reading } from "./internal/places.js";
import { readRow } from "./internal/read-tables.js";
import { readCsv } from "./internal/csv.js";
import { checkHeader } from "./internal/check-header.js";
import { sheetTable, type SheetBase } from "./internal/sheet.js";
import { emptyDraft } from "./internal/table-spec.js";

/**
 * Options of {@link safeImportCommitmentsSheet} and {@link importCommitmentsSheet}.
 *
 * @category Interchange
 */
export interface ImportCommitmentsSheetOptions extends ParseDatasetOptions {
  /** The dataset's id; `commitments` by default. */
  readonly id?: string;
  /** The dataset's title; `Commitments` by default. */
  readonly title?: string;
  /** The file's name, as problems give it; `commitments.csv` by default. */
  readonly file?: string;
}

/**
 * Reads the commitments sheet a newsroom keeps (one row per statement) into a dataset,
 * through the same parser as a JSON dataset. Its columns are those of the commitments
 * table (`id`, `actor`, `speaker`, `speaker_person`, `type`, `location`,
 * `location_country`, `location_detail`, `stance`, `phrase`, `condition` in the
 * condition text syntax, `coalition`, `date`, `sources`, `quote`, `note`), with the
 * quantity in the row (`quantity_low`, `quantity_high`, `quantity_unit`,
 * `quantity_currency`, `quantity_amount_date`, `quantity_phrase`; `quantity_kind` read
 * from what is given when left out) and the first source described in it
 * (`source_kind`, `source_publisher`, `source_date`, `source_title`, `source_outlet`,
 * `source_url`). The stance column takes a stance or the source's phrase. States
 * (ISO codes) and their institutions (`GB.head-of-government`) need no declaring;
 * organizations, persons and other sources come from `base`. A row without an `id` is
 * `row-N`. Never throws for what the sheet holds: every problem comes at once, with its file, row and column,
 * and nothing is half-imported.
 *
 * @param text - The sheet as CSV text.
 * @param options - The dataset's `id` and `title`, the `file` name problems give, and the datasets it builds on (`base`).
 * @returns `{ success: true, data, document }`, or `{ success: false, error }` whose `issues` each name their `file`, `row` and `column`.
 * @throws {CoalitionError} `invalid_argument` for arguments of the wrong type: a `text` that is no string, an `id`, `title` or `file` that is no string, a `base` that is no dataset.
 * @example
 * ```ts
 * import { safeImportCommitmentsSheet } from "coalition/interchange";
 * const sheet = [
 *   "actor,speaker,type,stance,quantity_low,quantity_high,quantity_unit,location,location_country,condition,date,source_kind,source_publisher,source_date",
 *   'IE,IE.head-of-government,peacekeepers,ready to send,100,200,people,in-country,UA,peace(UA),2025-03-13,media-on-record,Demo News,2025-03-13',
 * ].join("\r\n");
 * const result = safeImportCommitmentsSheet(sheet, { id: "demo", title: "Demo" });
 * result.success ? [result.data.commitments[0]?.stance, result.data.commitments[0]?.quantity?.claims[0]?.value] : [];
 * //=> ["ready", { kind: "range", unit: "people", low: 100, high: 200 }]
 * ```
 *
 * @category Interchange
 */
export function safeImportCommitmentsSheet(text: string, options: ImportCommitmentsSheetOptions = {}): SafeImportResult {
  checkArguments({ text: [text, "string"], options: [options, { fields: { id: "string", title: "string", file: "string", base: "datasets" } }] });
  const file = options.file ?? "commitments.csv";
  const reading: Reading = { places: new Map(), issues: [] };
  const draft = emptyDraft(["sources", "states", "institutions", "commitments"]);
  const declared: { source?: number | undefined } = {};
  const table = sheetTable(baseOf(options.base), declared);
  const csv = readCsv(text);
  const index = checkHeader(table, file, csv, reading);
  for (const { row, cells } of csv.rows) {
    const filled = [...cells];
    const fill = (name: string, value: string) => {
      const at = index.get(name);
      if (at === undefined) index.set(name, filled.push(value) - 1);
      else if ((filled[at] ?? "") === "") filled[at] = value;
    };
    fill("id", `row-${row}`);
    const described = [...index.keys()].some((name) => name.startsWith("source_") && (filled[index.get(name) as number] ?? "") !== "");
    if (described) fill("sources", `row-${row}-source`);
    readRow(table, { file, row, cells: filled, index }, draft, reading);
    if (declared.source !== undefined) {
      reading.places.set(pathKey(["sources", declared.source]), { file, row, column: null });
      for (const name of ["kind", "publisher", "date", "title", "outlet", "url"]) reading.places.set(pathKey(["sources", declared.source, name]), { file, row, column: `source_${name}` });
    }
  }
  const document = { id: options.id ?? "commitments", title: options.title ?? "Commitments", ...draft.collections };
  return finishImport(document, reading, { ...options, files: [file], fallback: () => ({ file, row: null, column: null }) });
}

/** What the base datasets declare, for the sheet's references and phrases. */
function baseOf(base: Dataset | readonly Dataset[] | undefined): SheetBase {
  const bases = base === undefined ? [] : Array.isArray(base) ? (base as readonly Dataset[]) : [base as Dataset];
  const ids = (records: readonly { readonly id: string }[][]) => new Set(records.flat().map((record) => record.id));
  return {
    actors: ids(bases.map((dataset) => [...dataset.states, ...dataset.organizations, ...dataset.coalitions])),
    institutions: ids(bases.map((dataset) => [...dataset.institutions])),
    sources: new Map(bases.flatMap((dataset) => dataset.sources.map((source) => [source.id, source as unknown as Fields]))),
    phrases: bases.flatMap((dataset): StancePhrase[] => [...dataset.stancePhrases]),
  };
}
