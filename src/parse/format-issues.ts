import type { DatasetIssue, PathSegment } from "./dataset-issue.js";

/**
 * A path as people read it: `commitments[3].statedBy.institution`; `(root)` for the
 * document itself.
 *
 * @param path - The `path` of a {@link DatasetIssue}: keys and array indexes.
 * @returns The path in dot-and-bracket notation.
 *
 * @example
 * ```ts
 * import { formatPath } from "coalition";
 * formatPath(["commitments", 3, "actor"]);
 * //=> "commitments[3].actor"
 * ```
 *
 * @category Errors
 */
export function formatPath(path: readonly PathSegment[]): string {
  if (path.length === 0) return "(root)";
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) text += text === "" ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/**
 * Issues as lines of text, one an issue: `path: message (code)`.
 *
 * @param issues - Issues of a failed parse (`error.issues`).
 * @returns One line per issue, joined with newlines; `""` for no issues.
 *
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
  return issues.map((issue) => `${formatPath(issue.path)}: ${issue.message} (${issue.code})`).join("\n");
}
