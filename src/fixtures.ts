// "coalition/fixtures": the shipped datasets, parsed on first use.
import type * as z from "zod";
import type { DeepReadonly } from "./model/deep-readonly.js";
import type { Dataset, ExtendsRef } from "./model/types.js";
import { parseDataset } from "./parse/parse-dataset.js";
import type { DatasetSchema } from "./schema/dataset.js";
import seedJson from "../fixtures/coalition-of-the-willing-2025-03-13.json" with { type: "json" };
import referenceJson from "../fixtures/reference.json" with { type: "json" };
import timelineJson from "../fixtures/coalition-of-the-willing-2025.json" with { type: "json" };
import { deepFreeze } from "./internal/deep-freeze.js";

/**
 * A dataset document as written in JSON, before parsing: the input {@link parseDataset} accepts.
 *
 * @category Interchange
 */
export type DatasetDocument = DeepReadonly<z.input<typeof DatasetSchema>>;

/**
 * The raw JSON document of the seed dataset: every claim of the 2025-03-13 report on
 * the "coalition of the willing". It extends the reference dataset
 * (`"extends": [{ "id": "reference-blocs", "path": "reference.json" }]`), so it is
 * parsed with {@link referenceDataset} as a base, or a `resolve` option that finds it.
 * Read it, never change it: {@link seedDataset} parses this very object.
 *
 * @example
 * ```ts
 * import { seedDocument } from "coalition/fixtures";
 * seedDocument.id;
 * //=> "coalition-of-the-willing-2025-03-13"
 * ```
 *
 * @category Interchange
 */
export const seedDocument: DatasetDocument = /* @__PURE__ */ deepFreeze(seedJson as DatasetDocument);

/**
 * The raw JSON document of the reference dataset: the NATO, EU and Commonwealth
 * memberships, as dated intervals, of every state the seed names.
 *
 * @example
 * ```ts
 * import { referenceDocument } from "coalition/fixtures";
 * referenceDocument.organizations?.map((organization) => organization.id);
 * //=> ["nato", "eu", "commonwealth"]
 * ```
 *
 * @category Interchange
 */
export const referenceDocument: DatasetDocument = /* @__PURE__ */ deepFreeze(referenceJson as DatasetDocument);

/**
 * The raw JSON document of the timeline dataset: every fact of the 2025 timeline of the
 * "coalition of the willing", February to September 2025, with its sources. It extends
 * the seed dataset, which extends the reference dataset. Read it, never change it:
 * {@link timelineDataset} parses this very object.
 *
 * @example
 * ```ts
 * import { timelineDocument } from "coalition/fixtures";
 * timelineDocument.extends;
 * //=> [{ id: "coalition-of-the-willing-2025-03-13", path: "coalition-of-the-willing-2025-03-13.json" }]
 * ```
 *
 * @category Interchange
 */
export const timelineDocument: DatasetDocument = /* @__PURE__ */ deepFreeze(timelineJson as DatasetDocument);

// Parsed on first call, not at import, so importing the entry costs nothing.
let reference: Dataset | undefined;
let seed: Dataset | undefined;
let timeline: Dataset | undefined;

/**
 * The shipped dataset a shipped one extends, parsed (each is parsed once): what the
 * parser's `resolve` option asks for. The shipped documents extend only these two; any
 * other id would get the seed, which the parser would refuse as `extends_mismatch`.
 */
function shipped(ref: ExtendsRef): Dataset {
  return ref.id === "reference-blocs" ? referenceDataset() : seedDataset();
}

/**
 * The reference dataset, parsed: the states the seed names and their dated
 * memberships of NATO, the EU and the Commonwealth of Nations. Parsed once, on the
 * first call; later calls return the same frozen object.
 *
 * @returns The parsed, deeply frozen reference dataset.
 * @throws {CoalitionError} with code `invalid_dataset` if the shipped document were invalid (the tests keep it valid).
 * @example
 * ```ts
 * import { referenceDataset } from "coalition/fixtures";
 * referenceDataset().organizations.find((organization) => organization.id === "nato")?.memberships.find((membership) => membership.member === "SE")?.from;
 * //=> "2024-03-07"
 * ```
 *
 * @category Model
 */
export function referenceDataset(): Dataset {
  reference ??= parseDataset(referenceDocument);
  return reference;
}

/**
 * The seed dataset, parsed on the reference dataset it extends: every claim of the
 * 2025-03-13 report on the "coalition of the willing", with its sources, plus the
 * reference's states and bloc memberships. The default data of the examples and
 * docs. Parsed once, on the first call; later calls return the same frozen object.
 *
 * @returns The parsed, deeply frozen seed dataset, holding the reference's records and its own.
 * @throws {CoalitionError} with code `invalid_dataset` if the shipped document were invalid (the tests keep it valid).
 * @example
 * ```ts
 * import { seedDataset } from "coalition/fixtures";
 * const dataset = seedDataset();
 * dataset.coalitions[0]?.leads;
 * //=> ["GB", "FR"]
 * dataset.commitments.filter((commitment) => commitment.stance === "ready").map((commitment) => commitment.actor);
 * //=> ["GB", "GB", "IE", "DK", "AU"]
 * ```
 *
 * @category Model
 */
export function seedDataset(): Dataset {
  seed ??= parseDataset(seedDocument, { resolve: shipped });
  return seed;
}

/**
 * The timeline dataset, parsed on the seed it extends (and through it the reference):
 * every fact of the 2025 timeline of the "coalition of the willing", from the first
 * meetings in February to the Paris summit of 2025-09-04, each record with its sources;
 * figures the sources disagree on are kept side by side as claims. Its page,
 * docs/timeline-dataset.md, maps each fact of the timeline to its records. Parsed once,
 * on the first call; later calls return the same frozen object.
 *
 * @returns The parsed, deeply frozen timeline dataset, holding the reference's, the seed's and its own records.
 * @throws {CoalitionError} with code `invalid_dataset` if the shipped document were invalid (the tests keep it valid).
 * @example
 * ```ts
 * import { timelineDataset } from "coalition/fixtures";
 * const dataset = timelineDataset();
 * dataset.layers;
 * //=> ["reference-blocs", "coalition-of-the-willing-2025-03-13", "coalition-of-the-willing-2025"]
 * dataset.pledgeCounts.map((count) => count.id).length > 0;
 * //=> true
 * ```
 *
 * @category Model
 */
export function timelineDataset(): Dataset {
  timeline ??= parseDataset(timelineDocument, { resolve: shipped });
  return timeline;
}
