// Where the values of a rebuilt document were read: file, row and column, by path.
import type { DatasetIssue, PathSegment } from "../../parse/dataset-issue.js";
import type { ImportIssue } from "../types.js";

/** Where a value was read: its file, row and column (null: the row, or the file, as a whole). */
export interface Place {
  readonly file: string;
  readonly row: number | null;
  readonly column: string | null;
}

/** What reading the tables found: the places of the document's values, and the problems. */
export interface Reading {
  /** By the JSON of a path in the document. */
  readonly places: Map<string, Place>;
  readonly issues: ImportIssue[];
}

export const pathKey = (path: readonly PathSegment[]) => JSON.stringify(path);

/** A problem at a place, as an import issue. */
export function issueAt(place: Place, issue: DatasetIssue): ImportIssue {
  return { ...issue, file: place.file, row: place.row, column: place.column };
}

/**
 * Where the value at `path` was read: the place of its longest prefix read. A path
 * below a value (the country of a location) is found at the value's column.
 */
export function placeOf(path: readonly PathSegment[], places: ReadonlyMap<string, Place>): Place | undefined {
  for (let length = path.length; length >= 0; length--) {
    const place = places.get(pathKey(path.slice(0, length)));
    if (place !== undefined) return place;
  }
  return undefined;
}
