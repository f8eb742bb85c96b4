import type { CommitmentIndex, DatasetSource } from "../../model/dataset-source.js";
import type { Dataset } from "../../model/types.js";
import { buildIndexData, type IndexData } from "./index-data.js";

/** Whether a source is an index from `indexCommitments` rather than a dataset. @internal */
export function isIndex(source: DatasetSource): source is CommitmentIndex {
  return (source as { kind?: unknown }).kind === "commitment-index";
}

/** The columns of an index, or of a dataset indexed for this one call. @internal */
export function dataOf(source: DatasetSource): IndexData {
  return isIndex(source) ? (source.internal as IndexData) : buildIndexData(source);
}

/** The dataset of a source: the dataset itself, or the one an index was built from. @internal */
export function datasetOf(source: DatasetSource): Dataset {
  return isIndex(source) ? source.dataset : source;
}
