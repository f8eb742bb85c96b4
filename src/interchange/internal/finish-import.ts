// The end of every import: the rebuilt document through the dataset parser, and every
// problem (the reader's and the parser's) told by file, row and column, sorted as the
// files are read. Nothing half-imported: any problem fails the whole import.
import type { InvalidDatasetError } from "../../errors/coalition-error.js";
import { invalidDataset } from "../../internal/errors.js";
import { LIMITS } from "../../model/limits.js";
import { safeParseDataset, type ParseDatasetOptions } from "../../parse/parse-dataset.js";
import type { ImportIssue, SafeImportResult } from "../types.js";
import { issueAt, placeOf, type Place, type Reading } from "./places.js";

/** Parses the document and tells every problem where it is. */
export function finishImport(
  document: Record<string, unknown>,
  reading: Reading,
  options: ParseDatasetOptions & { readonly files: readonly string[]; readonly fallback: (path: readonly (string | number)[]) => Place },
): SafeImportResult {
  const parsed = safeParseDataset(document, {
    ...(options.base === undefined ? {} : { base: options.base }),
    ...(options.resolve === undefined ? {} : { resolve: options.resolve }),
  });
  // A cell (or a row, or a file) the reader found wrong left its value out: the parser's
  // word on the same place would say it again.
  const marked = new Set(reading.issues.map((issue) => placeText(issue)));
  const issues = [...reading.issues];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const located = issueAt(placeOf(issue.path, reading.places) ?? options.fallback(issue.path), issue);
      if (!marked.has(placeText(located))) issues.push(located);
    }
  }
  if (issues.length === 0 && parsed.success) return { success: true, data: parsed.data, document };
  const order = (file: string) => {
    const at = options.files.indexOf(file);
    return at < 0 ? options.files.length : at;
  };
  const rank = (issue: ImportIssue) => order(issue.file) * 2 ** 32 + (issue.row ?? 0);
  issues.sort((a, b) => rank(a) - rank(b));
  const kept = issues.slice(0, LIMITS.issueCount);
  const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
  const lines = kept.map((issue) => `${placeText(issue)}: ${issue.message} (${issue.code})`);
  const error = invalidDataset(`Invalid import: ${count}\n${lines.join("\n")}`, kept);
  return { success: false, error: error as Omit<InvalidDatasetError, "issues"> & { readonly issues: readonly ImportIssue[] } };
}

/** A place in words: `commitments.csv, row 4, column condition`. */
export function placeText(place: Place): string {
  return [place.file, place.row === null ? undefined : `row ${place.row}`, place.column === null ? undefined : `column ${place.column}`]
    .filter((part) => part !== undefined)
    .join(", ");
}
