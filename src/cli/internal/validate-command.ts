import { safeParseDataset } from "../../parse/parse-dataset.js";
import { formatIssues } from "../../parse/format-issues.js";
import type { Dataset } from "../../model/types.js";
import { EXIT } from "./exit-codes.js";
import { readJsonFile } from "./read-json-file.js";

export const VALIDATE_HELP = `Usage: coalition validate FILE... [--base FILE] [--max-bytes N]

Checks each dataset file and lists every problem with its path, one a line.

Options:
  --base FILE       a dataset the files build on (e.g. reference data); may repeat
  --max-bytes N     the largest file to read, in bytes, or with K, M or G (default 256M)
  -h, --help        this help

A FILE must be a regular file of UTF-8 JSON text (a byte-order mark is allowed), with no
key written twice in one object.

Exit codes: 0 all valid, 1 a dataset has problems, 2 usage error, 3 a file is missing or not JSON, 70 internal failure.`;

/** How `coalition validate` reads its files. */
export interface ValidateOptions {
  readonly baseFiles: readonly string[];
  readonly maxBytes: number;
}

/** Validates each file and prints its problems; returns the exit code. */
export function validateCommand(files: readonly string[], options: ValidateOptions, print: (line: string) => void): number {
  const bases: Dataset[] = [];
  for (const file of options.baseFiles) {
    const result = safeParseDataset(readJsonFile(file, options.maxBytes), { base: bases });
    if (!result.success) {
      print(`${file}: invalid base dataset, ${result.error.issues.length} problem(s)`);
      print(indent(formatIssues(result.error.issues)));
      return EXIT.invalidDataset;
    }
    bases.push(result.data);
  }
  let status: number = EXIT.ok;
  for (const file of files) {
    const result = safeParseDataset(readJsonFile(file, options.maxBytes), { base: bases });
    if (result.success) {
      print(`${file}: valid (${result.data.commitments.length} commitments)`);
    } else {
      status = EXIT.invalidDataset;
      const count = result.error.issues.length;
      print(`${file}: ${count} problem${count === 1 ? "" : "s"}`);
      print(indent(formatIssues(result.error.issues)));
    }
  }
  return status;
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}
