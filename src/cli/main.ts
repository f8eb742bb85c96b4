/* v8 ignore file -- the process wiring of the `coalition` bin, which runs only as a spawned
   process (tests/cli spawns it); runCli, which holds all of its logic, is tested in-process. */
import { runCli } from "./run-cli.js";

// A reader that goes away early (`coalition report | head`) is not a failure of ours; any
// other write error is one plain line, like every error of the command.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") process.stderr.write(`coalition: cannot write the output: ${error.message}\n`);
  process.exit(error.code === "EPIPE" ? (process.exitCode ?? 0) : 70);
});
process.exitCode = runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
