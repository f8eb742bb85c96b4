import { sanitizeText } from "../../internal/sanitize-text.js";
import { runCli, type CliIo } from "../run-cli.js";
import { EXIT } from "./exit-codes.js";

/** What the `coalition` bin takes of its process: `process` itself, or a stand-in in tests. @internal */
export interface CliProcess extends CliIo {
  readonly argv: readonly string[];
  readonly stdout: CliIo["stdout"] & { on(event: "error", listener: (error: NodeJS.ErrnoException) => void): unknown };
  exitCode: number | string | undefined;
  exit(code: number | string): void;
}

/**
 * Runs the command on `process.argv` and sets the exit code. A reader that goes away
 * early (`coalition report | head`) is not a failure of ours: the command exits with the
 * code it had, silently. Any other write error (a full disk) is one plain line on
 * stderr and exit code 70. @internal
 */
export function runMain(process: CliProcess): void {
  // Write errors arrive as events, after the command has returned its code.
  let status: number = EXIT.ok;
  process.stdout.on("error", (error) => {
    if (error.code === "EPIPE") return process.exit(status);
    process.stderr.write(`coalition: cannot write the output: ${sanitizeText(error.message)}\n`);
    process.exit(EXIT.internal);
  });
  status = runCli(process.argv.slice(2), process);
  process.exitCode = status;
}
