// `coalition export FILE --format datapackage|csv|parquet --out DIR`: a dataset file as
// tables in a folder. Parquet through hyparquet-writer, which the command bundles.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import * as hyparquetWriter from "hyparquet-writer";
import { exportDataPackage } from "../../interchange/export-data-package.js";
import type { InterchangeFile } from "../../interchange/types.js";
import type { Dataset } from "../../model/types.js";
import { safeParseDataset } from "../../parse/parse-dataset.js";
import { parquetFiles } from "../../interchange/parquet-files.js";
import { CliError } from "./cli-error.js";
import { EXIT } from "./exit-codes.js";
import { readJsonFile } from "./read-json-file.js";

export const EXPORT_HELP = `Usage: coalition export FILE --out DIR [--format datapackage|csv|parquet] [--base FILE]

Writes a dataset file as tables, one file per table, in DIR (made if missing).

Options:
  --out DIR       the folder to write to
  --format F      datapackage (the default): datapackage.json and one CSV per table;
                  csv: the CSV files alone; parquet: one Parquet file per table
  --base FILE     a dataset the file builds on (e.g. reference data); may repeat
  -h, --help      this help

Exit codes: 0 written, 1 the dataset has problems, 2 usage error, 3 a file is missing or not JSON, 70 internal failure.`;

const FORMATS = ["datapackage", "csv", "parquet"] as const;

/** Runs `coalition export` with its arguments; returns the exit code. */
export function exportCommand(args: readonly string[], print: (line: string) => void): number {
  const { values, positionals } = usage(() =>
    parseArgs({
      args: [...args],
      options: { out: { type: "string" }, format: { type: "string" }, base: { type: "string", multiple: true }, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    }),
  );
  if (values.help === true) {
    print(EXPORT_HELP);
    return EXIT.ok;
  }
  const [file, ...more] = positionals;
  if (file === undefined || more.length > 0) throw new CliError("export takes one FILE (see coalition export --help)", EXIT.usage);
  if (values.out === undefined) throw new CliError("export needs --out DIR (see coalition export --help)", EXIT.usage);
  const format = values.format ?? "datapackage";
  if (!(FORMATS as readonly string[]).includes(format)) throw new CliError(`--format must be one of ${FORMATS.join(", ")}, not "${format}"`, EXIT.usage);
  const dataset = parsedFile(file, values.base ?? [], print);
  if (dataset === undefined) return EXIT.invalidDataset;
  const files =
    format === "parquet" ? parquetFiles(dataset, hyparquetWriter, 100_000) : exportDataPackage(dataset, { descriptor: format === "datapackage" }).files;
  writeFiles(values.out, files);
  print(`wrote ${files.length} files to ${values.out}`);
  return EXIT.ok;
}

/**
 * The dataset of a file, parsed on its bases, each base on the ones before it (so the
 * last holds them all); undefined (its problems printed) when invalid.
 */
export function parsedFile(file: string, baseFiles: readonly string[], print: (line: string) => void): Dataset | undefined {
  const bases: Dataset[] = [];
  for (const path of [...baseFiles, file]) {
    const last = bases.at(-1);
    const result = safeParseDataset(readJsonFile(path), last === undefined ? {} : { base: last });
    if (!result.success) {
      print(`${path}: ${result.error.issues.length} problem(s)`);
      print(result.error.message.split("\n").slice(1).map((line) => `  ${line}`).join("\n"));
      return undefined;
    }
    bases.push(result.data);
  }
  return bases.pop();
}

/** Writes the files under `dir`, making folders as needed. */
export function writeFiles(dir: string, files: readonly InterchangeFile[]): void {
  for (const file of files) {
    const path = join(dir, file.path);
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, "text" in file ? file.text : file.bytes);
    } catch (error) {
      throw new CliError(`${path}: cannot be written (${(error as Error).message.split("\n")[0]})`, EXIT.unreadable);
    }
  }
}

/** Runs an argument parse, turning its complaint into a usage error of one line. */
export function usage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new CliError(`${(error as Error).message.split("\n")[0]} (see --help)`, EXIT.usage);
  }
}
