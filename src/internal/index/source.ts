import type { CommitmentIndex, DatasetSource } from "../../model/dataset-source.js";
import type { Dataset } from "../../model/types.js";
import { knownView } from "../known-as-of.js";
import { buildIndexData, type IndexData } from "./index-data.js";

/** Whether a source is an index from `indexCommitments` rather than a dataset. @internal */
export function isIndex(source: DatasetSource): source is CommitmentIndex {
  return (source as { kind?: unknown }).kind === "commitment-index";
}

// Per dataset as known on a day (a view, see ../known-as-of.ts), its index, built on first use.
let viewIndexes: WeakMap<Dataset, IndexData> | undefined;

/**
 * The columns of an index, or of a dataset indexed for this one call; with `knownAsOf`,
 * of the dataset as known on that day (indexed once per dataset and day).
 * @internal
 */
export function dataOf(source: DatasetSource, options: { readonly knownAsOf?: string | Date | undefined } = {}): IndexData {
  if (options.knownAsOf !== undefined) {
    const view = knownView(datasetOf(source), options.knownAsOf);
    if (view === datasetOf(source)) return dataOf(source);
    viewIndexes ??= new WeakMap();
    let data = viewIndexes.get(view);
    if (data === undefined) viewIndexes.set(view, (data = buildIndexData(view)));
    return data;
  }
  return isIndex(source) ? (source.internal as IndexData) : buildIndexData(source);
}

/** The dataset of a source: the dataset itself, or the one an index was built from; with `knownAsOf`, as known on that day. @internal */
export function datasetOf(source: DatasetSource, options: { readonly knownAsOf?: string | Date | undefined } = {}): Dataset {
  const dataset = isIndex(source) ? source.dataset : source;
  return knownView(dataset, options.knownAsOf);
}
