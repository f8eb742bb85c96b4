import { checkArguments } from "../internal/guards.js";
import { sanitizeText } from "../internal/sanitize-text.js";
import type { DatasetIssue, PathSegment } from "./dataset-issue.js";

/**
 * The most characters of one key a formatted path shows: a key of a hostile document can
 * be a hundred megabytes long, and a path is read by people, one line an issue.
 */
const SEGMENT_LENGTH = 100;

/**
 * A path as people read it: `commitments[3].statedBy.institution`; `(root)` for the
 * document itself. A key longer than 100 characters is cut to its first 100, followed by
 * `…` and its length; control characters in a key are shown as `\uXXXX`.
 *
 * @param path - The `path` of a {@link DatasetIssue}: keys and array indexes.
 * @returns The path in dot-and-bracket notation, on one line.
 *
 * @throws {CoalitionError} `invalid_argument` when `path` is no list of names and indices.
 * @example
 * ```ts
 * import { formatPath } from "coalition";
 * formatPath(["commitments", 3, "actor"]);
 * //=> "commitments[3].actor"
 * const long = formatPath(["commitments", 0, "x".repeat(1_000_000)]);
 * long.length;
 * //=> 140
 * long.endsWith('xxx…" (1000000 characters)]');
 * //=> true
 * ```
 *
 * @category Errors
 */
export function formatPath(path: readonly PathSegment[]): string {
  checkArguments({ path: [path, "path"] });
  if (path.length === 0) return "(root)";
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (segment.length > SEGMENT_LENGTH) text += `[${sanitizeText(JSON.stringify(`${head(segment)}…`))} (${segment.length} characters)]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) text += text === "" ? segment : `.${segment}`;
    else text += `[${sanitizeText(JSON.stringify(segment))}]`;
  }
  return text;
}

/**
 * Issues as lines of text, one an issue: `path: message (code)`. Control characters in a
 * message (a name from the dataset may hold an escape sequence or a line break) are shown
 * as `\uXXXX`, so each issue stays on its line and a terminal obeys none of them.
 *
 * @param issues - Issues of a failed parse (`error.issues`).
 * @returns One line per issue, joined with newlines; `""` for no issues.
 *
 * @throws {CoalitionError} `invalid_argument` when `issues` is no list of dataset issues (each a `code`, a `message` and a `path`).
 * @example
 * ```ts
 * import { formatIssues } from "coalition";
 * formatIssues([{ code: "missing_field", path: ["sources", 0, "date"], message: "date is required" }]);
 * //=> "sources[0].date: date is required (missing_field)"
 * ```
 *
 * @category Errors
 */
export function formatIssues(issues: readonly DatasetIssue[]): string {
  checkArguments({ issues: [issues, "issues"] });
  return issues.map((issue) => `${formatPath(issue.path)}: ${sanitizeText(issue.message)} (${sanitizeText(issue.code)})`).join("\n");
}

/** The first {@link SEGMENT_LENGTH} characters of `key`, less a lone half of a surrogate pair at the cut. */
function head(key: string): string {
  const cut = key.slice(0, SEGMENT_LENGTH);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}
