import { safeParseDataset } from "../../parse/parse-dataset.js";
import { formatIssues } from "../../parse/format-issues.js";
import type { Dataset } from "../../model/types.js";
import { EXIT } from "./exit-codes.js";
import { readJsonFile } from "./read-json-file.js";

export const VALIDATE_HELP = `Usage: coalition validate FILE... [--base FILE]

Checks each dataset file and lists every problem with its path, one a line.

Options:
  --base FILE   a dataset the files build on (e.g. reference data); may repeat
  -h, --help    this help

Exit codes: 0 all valid, 1 a dataset has problems, 2 usage error, 3 a file is missing or not JSON, 70 internal failure.`;

/** Validates each file and prints its problems; returns the exit code. */
export function validateCommand(files: readonly string[], baseFiles: readonly string[], print: (line: string) => void): number {
  const bases: Dataset[] = [];
  for (const file of baseFiles) {
    const result = safeParseDataset(readJsonFile(file), { base: bases });
    if (!result.success) {
      print(`${file}: invalid base dataset, ${result.error.issues.length} problem(s)`);
      print(indent(formatIssues(result.error.issues)));
      return EXIT.invalidDataset;
    }
    bases.push(result.data);
  }
  let status: number = EXIT.ok;
  for (const file of files) {
    const result = safeParseDataset(readJsonFile(file), { base: bases });
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
