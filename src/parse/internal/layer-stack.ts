// The records of the datasets a dataset builds on (its layers), merged base-most first:
// a record a later layer redeclares (same collection, same id) is merged into the
// earlier one's in place (mergeRecord), so the collections keep the order of first
// declaration. Each record is registered in the index the checks look things up in.
import type { Coalition, Dataset } from "../../model/types.js";
import { COLLECTION_NAMES, type CollectionName } from "../../schema/dataset.js";
import type { PathSegment } from "../dataset-issue.js";
import { declareStructure } from "./check-structure.js";
import type { IssueReport } from "./issue-sink.js";
import { canonical, mergeRecord } from "./merge-record.js";
import { ID_SPACE, type RecordIndex } from "./record-index.js";
import { register } from "./register.js";

/** A parsed dataset built on, and where issues about its records point: `["(base)", i]` or `["(extends)", id]`. @internal */
export interface LayerBase {
  readonly dataset: Dataset;
  readonly path: readonly PathSegment[];
}

type Fields = Readonly<Record<string, unknown>>;
type Lists<T> = Record<CollectionName, T[]>;

/** The merged records of the layers so far. @internal */
export interface LayerStack {
  /** The ids of the layers held, base-most first. */
  readonly ids: readonly string[];
  /** Per collection, the merged records, base-most first. */
  readonly records: Readonly<Lists<Fields>>;
  /** Adds a parsed dataset's records; one whose layers are all held already adds nothing. */
  add(base: LayerBase): void;
  /** Merges a record of the document that redeclares one of a layer (see RecordIndex.declare). */
  redefine(name: CollectionName, record: Fields, path: readonly PathSegment[]): void;
  /** Whether a record of the document was merged into a layer's (so it is no new record). */
  merged(record: unknown): boolean;
}

/** An empty stack registering what it holds in `index`, and reporting into `issues`. @internal */
export function layerStack(index: RecordIndex, issues: IssueReport): LayerStack {
  const ids: string[] = [];
  const held = new Set<string>();
  const records = lists<Fields>();
  const origins = lists<readonly PathSegment[]>();
  const positions = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, new Map<string, number>()])) as Record<CollectionName, Map<string, number>>;
  const phrases = new Set<string>();
  const redefinitions = new Set<unknown>();

  const merge = (name: CollectionName, at: number, record: Fields, path: readonly PathSegment[]) => {
    const earlier = records[name][at] as Fields;
    const merged = mergeRecord(name, earlier, record, origins[name][at] as readonly PathSegment[], path, issues);
    records[name][at] = merged;
    if (name !== "coalitions") return register(index, name, merged, origins[name][at] as readonly PathSegment[], issues);
    // The subgroups and bodies the earlier layer declared are declared already: only the new ones are.
    const known = new Set([...((earlier.subgroups as unknown[] | undefined) ?? []), ...((earlier.bodies as unknown[] | undefined) ?? [])].map(canonical));
    declareStructure(index, record as unknown as Coalition, path, issues, (item) => known.has(canonical(item)));
  };

  const addRecord = (name: CollectionName, record: Fields, path: readonly PathSegment[]) => {
    if (name === "stancePhrases") {
      // No id: a phrase two layers both hold is held once.
      const key = canonical(record);
      if (phrases.has(key)) return;
      phrases.add(key);
    }
    const id = record.id as string;
    const at = positions[name].get(id);
    if (at !== undefined) return merge(name, at, record, path);
    const space = ID_SPACE[name];
    // An id of another collection of the same space (a state and an organization) is a duplicate.
    if (space !== undefined && !index.declare(space, id, path, issues)) return;
    if (space !== undefined) positions[name].set(id, records[name].length);
    records[name].push(record);
    origins[name].push(path);
    register(index, name, record, path, issues);
  };

  return {
    ids,
    records,
    add({ dataset, path }) {
      if (dataset.layers.every((id) => held.has(id))) return;
      for (const name of COLLECTION_NAMES) {
        (dataset[name] as readonly unknown[] as readonly Fields[]).forEach((record, i) => addRecord(name, record, [...path, name, i]));
      }
      for (const id of dataset.layers) {
        if (held.has(id)) continue;
        held.add(id);
        ids.push(id);
      }
    },
    redefine(name, record, path) {
      redefinitions.add(record);
      merge(name, positions[name].get(record.id as string) as number, record, path);
    },
    merged: (record) => redefinitions.has(record),
  };
}

function lists<T>(): Lists<T> {
  return Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) as unknown as Lists<T>;
}
