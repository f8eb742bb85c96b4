// The `coalition` command, minus the process: arguments in, text out through `io`, an exit
// code back. Errors reach the user as one plain line on stderr, never a stack trace.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { version } from "../../package.json";
import { isCoalitionError } from "../errors/coalition-error.js";
import { sanitizeLines, sanitizeText } from "../internal/sanitize-text.js";
import { byteCount } from "./internal/byte-count.js";
import { CliError } from "./internal/cli-error.js";
import { didYouMean } from "./internal/did-you-mean.js";
import { EXIT } from "./internal/exit-codes.js";
import { exportCommand } from "./internal/export-command.js";
import { importCommand } from "./internal/import-command.js";
import { exploreCommand } from "./internal/explore-command.js";
import { DEFAULT_MAX_BYTES } from "./internal/read-json-file.js";
import { REPORT_HELP, reportCommand } from "./internal/report-command.js";
import { shouldUseColor, type ColorEnv } from "./internal/should-use-color.js";
import { VALIDATE_HELP, validateCommand } from "./internal/validate-command.js";

/** Where the command writes, and what it reads from its environment. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean | undefined };
  readonly stderr: { write(text: string): unknown };
  readonly env: ColorEnv;
}

const MAIN_HELP = `Usage: coalition <command> [options]

Commands:
  report [FILE]      a readable report of a dataset (default: the shipped seed dataset)
  validate FILE...   list every problem of each dataset file, with its path
  export FILE        a dataset as tables: a Data Package (CSV), bare CSV or Parquet
  import DIR|FILE    tables, or a commitments sheet, back into a dataset file
  explore [FILE]     the scenario explorer as one HTML page: coalition explore > page.html

Run "coalition <command> --help" for a command's options; "coalition --version" for the version.

Colour: only when the output is a terminal; NO_COLOR=1 turns it off, FORCE_COLOR=1 on.

Exit codes: 0 success, 1 invalid dataset, 2 usage error, 3 a file is missing or not JSON, 70 internal failure.`;

const COMMANDS = ["report", "validate", "explore", "help", "--help", "--version"];

const COMMON_OPTIONS = { "max-bytes": { type: "string" }, base: { type: "string", multiple: true }, help: { type: "boolean", short: "h" } } as const;
const VALIDATE_OPTIONS = COMMON_OPTIONS;
const REPORT_OPTIONS = {
  ...COMMON_OPTIONS,
  "as-of": { type: "string" },
  "known-as-of": { type: "string" },
  since: { type: "string" },
  rates: { type: "string" },
  assume: { type: "string", multiple: true }, format: { type: "string" } } as const;

/** Runs `coalition` with `argv` (the arguments after the program name); returns the exit code. */
export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    return run(argv, io);
  } catch (error) {
    // Every line on stderr is one line, whatever a file name or a message holds.
    const say = (message: string) => io.stderr.write(`coalition: ${sanitizeText(message.split("\n")[0] as string)}\n`);
    if (error instanceof CliError) {
      say(error.message);
      return error.exitCode;
    }
    if (isCoalitionError(error)) {
      say(error.message);
      return error.code === "invalid_dataset" ? EXIT.invalidDataset : EXIT.usage;
    }
    say(`unexpected failure: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.internal;
  }
}

function run(argv: readonly string[], io: CliIo): number {
  const [command, ...rest] = argv;
  // Help and the report itself go out as they are; lines about datasets and files are sanitised.
  const print = (text: string) => {
    io.stdout.write(`${text}\n`);
  };
  const say = (text: string) => print(sanitizeLines(text));
  const warn = (text: string) => {
    io.stderr.write(`${sanitizeLines(text)}\n`);
  };
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    print(MAIN_HELP);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === "--version" || command === "-v") return printed(print, version);
  switch (command) {
    case "export":
      return exportCommand(rest, print);
    case "import":
      return importCommand(rest, print);
    case "validate": {
      const { values, positionals } = parsed(rest, VALIDATE_OPTIONS);
      if (values.help === true) return printed(print, VALIDATE_HELP);
      if (positionals.length === 0) throw new CliError("validate needs at least one FILE (see coalition validate --help)", EXIT.usage);
      return validateCommand(positionals, { baseFiles: values.base ?? [], maxBytes: maxBytesOf(values["max-bytes"]) }, say);
    }
    case "report": {
      const { values, positionals } = parsed(rest, REPORT_OPTIONS);
      if (values.help === true) return printed(print, REPORT_HELP);
      if (positionals.length > 1) throw new CliError("report takes at most one FILE", EXIT.usage);
      return reportCommand(
        {
          file: positionals[0],
          baseFiles: values.base ?? [],
          maxBytes: maxBytesOf(values["max-bytes"]),
          asOf: values["as-of"],
          knownAsOf: values["known-as-of"],
          since: values.since,
          ratesFile: values.rates,
          assume: values.assume ?? [],
          format: values.format,
          color: shouldUseColor(io.stdout, io.env),
        },
        { print, warn },
      );
    }
    case "explore":
      return exploreCommand(parsed(rest, COMMON_OPTIONS), { print, warn });
    default:
      throw new CliError(`unknown command "${command}"${didYouMean(command, COMMANDS)} (see coalition --help)`, EXIT.usage);
  }
}

/**
 * The command's options and positionals. An unknown option is named with the closest
 * known one; any other complaint of the parser becomes a usage error of one line.
 */
function parsed<T extends NonNullable<ParseArgsConfig["options"]>>(args: readonly string[], options: T) {
  const known = Object.entries(options).flatMap(([name, option]) => [`--${name}`, ...(option.short === undefined ? [] : [`-${option.short}`])]);
  const { tokens } = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind === "option" && !Object.hasOwn(options, token.name)) {
      throw new CliError(`unknown option "${token.rawName}"${didYouMean(token.rawName, known)} (see --help)`, EXIT.usage);
    }
  }
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message.split("\n")[0]} (see --help)`, EXIT.usage);
  }
}

function maxBytesOf(value: string | undefined): number {
  return value === undefined ? DEFAULT_MAX_BYTES : byteCount(value);
}

function printed(print: (text: string) => void, text: string): number {
  print(text);
  return EXIT.ok;
}
