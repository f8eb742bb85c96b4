import type { DatasetIssue, PathSegment } from "../dataset-issue.js";
import type { IssueReport } from "./issue-sink.js";
import { quote } from "./from-zod-issues.js";
import type { Dataset, Institution, Person, Source } from "../../model/types.js";
import type { CollectionName } from "../../schema/dataset.js";
import type { DateOrUnknown } from "../../model/partial-date.js";

/** The namespaces ids live in. States, organizations and coalitions share one: actors. */
export type IdSpace =
  | "actor"
  | "source"
  | "institution"
  | "person"
  | "contribution type"
  | "proposal"
  | "position"
  | "commitment"
  | "event"
  | "pledge count"
  | "subgroup"
  | "body";

/** The namespace of each collection's ids; stance phrases have none. @internal */
export const ID_SPACE: Readonly<Record<CollectionName, IdSpace | undefined>> = {
  sources: "source",
  states: "actor",
  organizations: "actor",
  coalitions: "actor",
  institutions: "institution",
  persons: "person",
  contributionTypes: "contribution type",
  stancePhrases: undefined,
  commitments: "commitment",
  proposals: "proposal",
  positions: "position",
  events: "event",
  pledgeCounts: "pledge count",
};

export type ActorKind = "state" | "organization" | "coalition";

/** The facts of a statement a `supersedes` elsewhere is checked against: whose it is, and when it counts. */
export interface StatementFacts {
  /** The actor (for a pledge count, its coalition; "" for none). */
  readonly actor: string;
  readonly date: DateOrUnknown;
  readonly sources: readonly string[];
}

/** Everything the cross-record checks look up, keyed by id in `Map`s (ids like `__proto__` are safe). */
export class RecordIndex {
  readonly firstPath = new Map<IdSpace, Map<string, readonly PathSegment[]>>();
  readonly actorKinds = new Map<string, ActorKind>();
  readonly institutions = new Map<string, Institution>();
  readonly persons = new Map<string, Person>();
  readonly sources = new Map<string, Source>();
  readonly typeParents = new Map<string, string | undefined>();
  /** The coalition each subgroup belongs to, by the subgroup's id. */
  readonly subgroupCoalitions = new Map<string, string>();
  /** What `supersedes` checks of each statement (commitment, position, pledge count), by space and id. */
  readonly statements = new Map<string, StatementFacts>();
  readonly stancePhrases: { phrase: string; stance: Dataset["commitments"][number]["stance"] }[] = [];

  /** Records an id, or reports it as a duplicate of the first record with it. */
  declare(space: IdSpace, id: string, path: readonly PathSegment[], issues: IssueReport): boolean {
    let ids = this.firstPath.get(space);
    if (ids === undefined) {
      ids = new Map();
      this.firstPath.set(space, ids);
    }
    const first = ids.get(id);
    if (first !== undefined) {
      issues.push({
        code: "duplicate_id",
        path,
        id,
        firstPath: first,
        // The id is unchecked yet: it may be ten megabytes long.
        message: `${space} id ${quote(id)} is already used`,
      });
      return false;
    }
    ids.set(id, path);
    return true;
  }

  has(space: IdSpace, id: string): boolean {
    return this.firstPath.get(space)?.has(id) ?? false;
  }
}
