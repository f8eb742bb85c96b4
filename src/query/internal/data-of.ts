import type { Dataset } from "../../model/types.js";
import type { CommitmentIndex } from "../index-commitments.js";
import { buildIndexData, type IndexData } from "./index-data.js";

/** The columns of an index, or of a dataset indexed for this one call. @internal */
export function dataOf(source: Dataset | CommitmentIndex): IndexData {
  return isIndex(source) ? (source.internal as IndexData) : buildIndexData(source);
}

function isIndex(source: Dataset | CommitmentIndex): source is CommitmentIndex {
  return (source as { kind?: unknown }).kind === "commitment-index";
}
