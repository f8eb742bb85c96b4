/* v8 ignore file -- two lines that hand the real process to runMain, which tests/cli tests
   in-process; tests/cli/cli.test.ts also runs this file as the bin, with a pipe closed
   early and a full disk. */
import { runMain } from "./internal/run-main.js";

runMain(process);
