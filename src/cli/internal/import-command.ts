// `coalition import DIR|FILE.csv --out dataset.json`: tables back into a dataset file.
// A folder holds the tables of `coalition export`; a .csv file is a commitments sheet.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import type { SafeImportResult } from "../../interchange/types.js";
import { safeImportCommitmentsSheet } from "../../interchange/safe-import-commitments-sheet.js";
import { safeImportDataPackage } from "../../interchange/safe-import-data-package.js";
import type { Dataset } from "../../model/types.js";
import { safeParseDataset } from "../../parse/parse-dataset.js";
import { CliError } from "./cli-error.js";
import { usage } from "./export-command.js";
import { EXIT } from "./exit-codes.js";
import { readJsonFile } from "./read-json-file.js";

export const IMPORT_HELP = `Usage: coalition import DIR|FILE.csv --out dataset.json [--base FILE] [--id ID] [--title TITLE]

Reads tables into a dataset file. DIR holds the CSV tables that "coalition export" writes;
FILE.csv is a commitments sheet (one row per statement). Every problem is listed with its
file, row and column, and nothing is written unless there is none.

Options:
  --out FILE      the dataset file to write (JSON)
  --base FILE     a dataset the tables build on (e.g. reference data); may repeat
  --id ID         a sheet's dataset id (default: the file's name)
  --title TITLE   a sheet's dataset title (default: its id)
  -h, --help      this help

Exit codes: 0 written, 1 the tables have problems, 2 usage error, 3 a file is missing or unreadable, 70 internal failure.`;

/** Runs `coalition import` with its arguments; returns the exit code. */
export function importCommand(args: readonly string[], print: (line: string) => void): number {
  const { values, positionals } = usage(() =>
    parseArgs({
      args: [...args],
      options: { out: { type: "string" }, base: { type: "string", multiple: true }, id: { type: "string" }, title: { type: "string" }, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    }),
  );
  if (values.help === true) {
    print(IMPORT_HELP);
    return EXIT.ok;
  }
  const [input, ...more] = positionals;
  if (input === undefined || more.length > 0) throw new CliError("import takes one DIR or FILE.csv (see coalition import --help)", EXIT.usage);
  if (values.out === undefined) throw new CliError("import needs --out FILE (see coalition import --help)", EXIT.usage);
  const base = bases(values.base ?? []);
  const on = base === undefined ? {} : { base };
  const result = isFolder(input)
    ? safeImportDataPackage(csvFiles(input), on)
    : safeImportCommitmentsSheet(readText(input), { ...on, file: basename(input), id: values.id ?? idOf(input), title: values.title ?? values.id ?? idOf(input) });
  return written(result, values.out, print);
}

function written(result: SafeImportResult, out: string, print: (line: string) => void): number {
  if (!result.success) {
    const [head, ...lines] = result.error.message.split("\n");
    print(head as string);
    for (const line of lines) print(`  ${line}`);
    return EXIT.invalidDataset;
  }
  try {
    writeFileSync(out, `${JSON.stringify(result.document, null, 2)}\n`);
  } catch (error) {
    throw new CliError(`${out}: cannot be written (${(error as Error).message.split("\n")[0]})`, EXIT.unreadable);
  }
  print(`wrote ${out} (${result.data.commitments.length} commitments)`);
  return EXIT.ok;
}

/** The base files parsed, each on the ones before it: the last holds them all. */
function bases(files: readonly string[]): Dataset | undefined {
  let last: Dataset | undefined;
  for (const file of files) {
    const result = safeParseDataset(readJsonFile(file), last === undefined ? {} : { base: last });
    if (!result.success) throw new CliError(`${file}: invalid base dataset, ${result.error.issues.length} problem(s)`, EXIT.invalidDataset);
    last = result.data;
  }
  return last;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    throw new CliError(`${path}: no such file or folder`, EXIT.unreadable);
  }
}

function csvFiles(dir: string): { path: string; text: string }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".csv"))
    .sort()
    .map((name) => ({ path: name, text: readText(join(dir, name)) }));
}

function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    throw new CliError(`${path}: cannot be read`, EXIT.unreadable);
  }
}

/** A dataset id from a file name: `pledges 2025.csv` → `pledges-2025`. */
function idOf(path: string): string {
  const id = basename(path).replace(/\.csv$/i, "").replace(/[^A-Za-z0-9._:/+-]+/g, "-").replace(/^[^A-Za-z0-9]+/, "");
  return id === "" ? "commitments" : id;
}
