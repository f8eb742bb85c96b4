// The `coalition` command, minus the process: arguments in, text out through `io`, an exit
// code back. Errors reach the user as one plain line on stderr, never a stack trace.
import { parseArgs } from "node:util";
import { isCoalitionError } from "../errors/coalition-error.js";
import { CliError } from "./internal/cli-error.js";
import { EXIT } from "./internal/exit-codes.js";
import { exportCommand } from "./internal/export-command.js";
import { importCommand } from "./internal/import-command.js";
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

Run "coalition <command> --help" for a command's options.

Colour: only when the output is a terminal; NO_COLOR=1 turns it off, FORCE_COLOR=1 on.

Exit codes: 0 success, 1 invalid dataset, 2 usage error, 3 a file is missing or not JSON, 70 internal failure.`;

/** Runs `coalition` with `argv` (the arguments after the program name); returns the exit code. */
export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    return run(argv, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`coalition: ${error.message}\n`);
      return error.exitCode;
    }
    if (isCoalitionError(error)) {
      io.stderr.write(`coalition: ${error.message.split("\n")[0]}\n`);
      return error.code === "invalid_dataset" ? EXIT.invalidDataset : EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`coalition: unexpected failure: ${message.split("\n")[0]}\n`);
    return EXIT.internal;
  }
}

function run(argv: readonly string[], io: CliIo): number {
  const [command, ...rest] = argv;
  const print = (text: string) => {
    io.stdout.write(`${text}\n`);
  };
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    print(MAIN_HELP);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  switch (command) {
    case "export":
      return exportCommand(rest, print);
    case "import":
      return importCommand(rest, print);
    case "validate": {
      const { values, positionals } = parsed(() =>
        parseArgs({
          args: rest,
          options: { base: { type: "string", multiple: true }, help: { type: "boolean", short: "h" } },
          allowPositionals: true,
          strict: true,
        }),
      );
      if (values.help === true) return printed(print, VALIDATE_HELP);
      if (positionals.length === 0) throw new CliError("validate needs at least one FILE (see coalition validate --help)", EXIT.usage);
      return validateCommand(positionals, values.base ?? [], print);
    }
    case "report": {
      const { values, positionals } = parsed(() =>
        parseArgs({
          args: rest,
          options: {
            base: { type: "string", multiple: true },
            "as-of": { type: "string" },
            assume: { type: "string", multiple: true },
            format: { type: "string" },
            help: { type: "boolean", short: "h" },
          },
          allowPositionals: true,
          strict: true,
        }),
      );
      if (values.help === true) return printed(print, REPORT_HELP);
      if (positionals.length > 1) throw new CliError("report takes at most one FILE", EXIT.usage);
      return reportCommand(
        {
          file: positionals[0],
          baseFiles: values.base ?? [],
          asOf: values["as-of"],
          assume: values.assume ?? [],
          format: values.format,
          color: shouldUseColor(io.stdout, io.env),
        },
        print,
      );
    }
    default:
      throw new CliError(`unknown command "${command}" (see coalition --help)`, EXIT.usage);
  }
}

/** Runs an argument parse, turning its complaint into a usage error of one line. */
function parsed<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new CliError(`${(error as Error).message.split("\n")[0]} (see --help)`, EXIT.usage);
  }
}

function printed(print: (text: string) => void, text: string): number {
  print(text);
  return EXIT.ok;
}
