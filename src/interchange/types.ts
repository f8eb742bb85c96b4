import type { InvalidDatasetError } from "../errors/coalition-error.js";
import type { Dataset } from "../model/types.js";
import type { DatasetIssue } from "../parse/dataset-issue.js";

/**
 * One file of an export, or of an import: its path (relative, `/`-separated) and its
 * content, as text (CSV, JSON) or as bytes (Parquet). Plain data, so that it works in a
 * browser as in Node: the command line writes the files, a web page offers them for download.
 *
 * @category Interchange
 */
export type InterchangeFile =
  | { readonly path: string; readonly text: string }
  | { readonly path: string; readonly bytes: Uint8Array };

/**
 * The files of an export.
 *
 * @category Interchange
 */
export interface InterchangeFiles {
  readonly files: readonly InterchangeFile[];
}

/**
 * A problem of an import, where it is: the file, the row (as a spreadsheet counts them:
 * the header is row 1) and the column; `null` where the problem is the file's or the
 * row's as a whole. `path` is where in the dataset the value would have gone.
 *
 * @category Interchange
 */
export type ImportIssue = DatasetIssue & {
  readonly file: string;
  readonly row: number | null;
  readonly column: string | null;
};

/**
 * The result of an import: the dataset (and the JSON document it was parsed from, the
 * records of the import alone), or the error with every problem, each with its place.
 *
 * @category Interchange
 */
export type SafeImportResult =
  | { readonly success: true; readonly data: Dataset; readonly document: Readonly<Record<string, unknown>> }
  | { readonly success: false; readonly error: Omit<InvalidDatasetError, "issues"> & { readonly issues: readonly ImportIssue[] } };
