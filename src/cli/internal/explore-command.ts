import { renderExplorerPage } from "../../explorer/render-explorer-page.js";
import { seedDataset } from "../../fixtures.js";
import { byteCount } from "./byte-count.js";
import { CliError } from "./cli-error.js";
import { EXIT } from "./exit-codes.js";
import { DEFAULT_MAX_BYTES } from "./read-json-file.js";
import { loadDataset, type ReportOutput } from "./report-command.js";

export const EXPLORE_HELP = `Usage: coalition explore [FILE] [options] > page.html

The scenario explorer of a dataset as one self-contained HTML page: the HTML report, and
before it a section where every fact the offers' conditions read can be set true, false
or left unknown, and the day picked; the page works out again the verdicts, the totals
and what the facts change, and keeps the scenario in its address (#as-of=…&KEY=true).
It loads nothing and runs only its own script. Without FILE, the shipped seed dataset.

Options:
  --base FILE           a dataset FILE builds on (e.g. reference data); may repeat
  --max-bytes N         the largest file to read, in bytes, or with K, M or G (default 256M)
  -h, --help            this help

The page goes to stdout; the problems of an invalid dataset go to stderr.

Exit codes: 0 success, 1 invalid dataset, 2 usage error, 3 a file is missing or not JSON, 70 internal failure.`;

/** What `coalition explore` was given, as the command line's option parser reads it. */
export interface ExploreArguments {
  readonly values: { readonly help?: boolean | undefined; readonly base?: readonly string[] | undefined; readonly "max-bytes"?: string | undefined };
  readonly positionals: readonly string[];
}

/** Prints the explorer page; returns the exit code. */
export function exploreCommand(args: ExploreArguments, output: ReportOutput): number {
  if (args.values.help === true) {
    output.print(EXPLORE_HELP);
    return EXIT.ok;
  }
  if (args.positionals.length > 1) throw new CliError("explore takes at most one FILE", EXIT.usage);
  const maxBytes = args.values["max-bytes"] === undefined ? DEFAULT_MAX_BYTES : byteCount(args.values["max-bytes"]);
  const [file] = args.positionals;
  const dataset = file === undefined ? seedDataset() : loadDataset({ file, baseFiles: args.values.base ?? [], maxBytes }, output.warn);
  if (dataset === undefined) return EXIT.invalidDataset;
  output.print(renderExplorerPage(dataset).trimEnd());
  return EXIT.ok;
}
