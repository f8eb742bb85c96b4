import type { Coalition, PledgeCount } from "../../model/types.js";
import type { CollectionName } from "../../schema/dataset.js";
import { declareStructure } from "./check-structure.js";
import { statementKey, type StatementSpace } from "./check-supersedes.js";
import type { PathSegment } from "../dataset-issue.js";
import type { IssueReport } from "./issue-sink.js";
import { ID_SPACE, type RecordIndex, type StatementFacts } from "./record-index.js";

/**
 * Enters a checked record (of the document, or of a base) into the index the
 * cross-record checks look things up in. With `declare`, its id is declared first,
 * and a record whose id is taken is not entered.
 * @internal
 */
export function register(
  index: RecordIndex,
  name: CollectionName,
  record: unknown,
  path: readonly PathSegment[],
  issues: IssueReport,
  declare = true,
): void {
  const value = record as Record<string, unknown>;
  const id = value.id as string;
  const space = ID_SPACE[name];
  if (declare && space !== undefined && !index.declare(space, id, path, issues)) return;
  switch (name) {
    case "states":
      index.actorKinds.set(id, "state");
      break;
    case "organizations":
      index.actorKinds.set(id, "organization");
      break;
    case "coalitions":
      index.actorKinds.set(id, "coalition");
      declareStructure(index, record as Coalition, path, issues);
      break;
    case "commitments":
    case "positions":
      index.statements.set(statementKey(space as StatementSpace, id), record as StatementFacts);
      break;
    case "pledgeCounts": {
      const { coalition, date, sources } = record as PledgeCount;
      index.statements.set(statementKey("pledge count", id), { actor: coalition ?? "", date, sources });
      break;
    }
    case "institutions":
      index.institutions.set(id, record as never);
      break;
    case "persons":
      index.persons.set(id, record as never);
      break;
    case "sources":
      index.sources.set(id, record as never);
      break;
    case "contributionTypes":
      index.typeParents.set(id, value.parent as string | undefined);
      break;
    case "stancePhrases":
      index.stancePhrases.push(record as never);
      break;
    default:
      break;
  }
}
