import type { DatasetIssue, PathSegment } from "../dataset-issue.js";

/**
 * Where the parser's checks put their issues. However many come, it holds no more
 * than about twice `limit`, so a hostile input (a million broken records, one record
 * with a million unknown keys) cannot grow the list without bound. It keeps the
 * `limit` issues that come first by path: which ones does not depend on the order
 * the checks found them in, so neither does the report (the order of an object's keys
 * never changes an answer).
 */
export interface IssueSink {
  /** Adds an issue. */
  push(issue: DatasetIssue): void;
  /** Whether more than `limit` issues came: the list is cut, and the checks may stop. */
  readonly full: boolean;
  /** The first `limit` issues by path, sorted by path. */
  readonly issues: readonly DatasetIssue[];
}

/** What a check needs of a sink: somewhere to report an issue. */
export type IssueReport = Pick<IssueSink, "push">;

/** A sink keeping the first `limit` issues by path. */
export function issueSink(limit: number): IssueSink {
  const kept: DatasetIssue[] = [];
  let count = 0;
  let sorted = true;
  // Sorting is stable: issues at one path stay in the order they came.
  const trim = () => {
    if (!sorted) kept.sort((a, b) => comparePaths(a.path, b.path));
    sorted = true;
    if (kept.length > limit) kept.length = limit;
  };
  return {
    push(issue) {
      count++;
      kept.push(issue);
      sorted = false;
      if (kept.length >= 2 * limit) trim();
    },
    get full() {
      return count > limit;
    },
    get issues() {
      trim();
      return kept;
    },
  };
}

/** Paths in reading order: field names as strings, array indexes as numbers. */
export function comparePaths(a: readonly PathSegment[], b: readonly PathSegment[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as PathSegment;
    const y = b[i] as PathSegment;
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}
