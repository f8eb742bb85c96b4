// The `coalition` command. Errors reach the user as one plain line, never a stack trace.
import { parseArgs } from "node:util";
import { isCoalitionError } from "../errors/coalition-error.js";
import { CliError } from "./cli-error.js";
import { EXIT } from "./exit-codes.js";
import { REPORT_HELP, reportCommand } from "./report-command.js";
import { VALIDATE_HELP, validateCommand } from "./validate-command.js";

const MAIN_HELP = `Usage: coalition <command> [options]

Commands:
  report [FILE]      a readable report of a dataset (default: the shipped seed dataset)
  validate FILE...   list every problem of each dataset file, with its path

Run "coalition <command> --help" for a command's options.

Exit codes: 0 success, 1 invalid dataset, 2 usage error, 3 a file is missing or not JSON.`;

function run(argv: readonly string[]): number {
  const [command, ...rest] = argv;
  const print = (line: string) => process.stdout.write(`${line}\n`);
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    print(MAIN_HELP);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  switch (command) {
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
    throw new CliError(`${(error as Error).message.split("\n")[0] ?? "bad arguments"} (see --help)`, EXIT.usage);
  }
}

function printed(print: (line: string) => void, text: string): number {
  print(text);
  return EXIT.ok;
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  if (error instanceof CliError) {
    process.stderr.write(`coalition: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else if (isCoalitionError(error)) {
    process.stderr.write(`coalition: ${error.message.split("\n")[0] ?? error.code}\n`);
    process.exitCode = error.code === "invalid_dataset" ? EXIT.invalidDataset : EXIT.usage;
  } else {
    process.stderr.write(`coalition: unexpected failure: ${(error as Error)?.message ?? String(error)}\n`);
    process.exitCode = 70;
  }
}
