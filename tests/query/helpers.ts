// Small hand-made datasets for the query and aggregation tests.
import { parseDataset } from "../../src/schema.js";
import type { Dataset } from "../../src/index.js";
import { generateDataset } from "../../bench/generate-dataset.js";

/** A commitment with the fields a test does not care about filled in. */
export function commitment(fields: Record<string, unknown>): Record<string, unknown> {
  return { actor: "GB", type: "ground-troops", stance: "ready", date: "2025-03-01", sources: ["s-2025"], ...fields };
}

/**
 * A parsed dataset of the given commitments (and other records), with states GB FR DE
 * PL SE, an institution per state, and sources dated 2024-06-01 (official statement),
 * 2025-01 (media on record) and 2025 (media citing unnamed sources).
 */
export function dataset(records: { commitments?: Record<string, unknown>[]; [key: string]: unknown }): Dataset {
  return parseDataset({
    id: "test",
    title: "Test",
    sources: [
      { id: "s-2024", kind: "official-statement", publisher: "Government", date: "2024-06-01" },
      { id: "s-2025-01", kind: "media-on-record", publisher: "Paper", date: "2025-01" },
      { id: "s-2025", kind: "media-unnamed-sources", publisher: "Wire", date: "2025" },
    ],
    states: ["GB", "FR", "DE", "PL", "SE"].map((id) => ({ id })),
    institutions: ["GB", "FR", "DE", "PL", "SE"].flatMap((id) => [
      { id: `${id}.government`, actor: id, kind: "government" },
      { id: `${id}.parliament`, actor: id, kind: "parliament" },
    ]),
    ...records,
  });
}

const generated = new Map<string, Dataset>();

/** A parsed synthetic dataset from the benchmarks' seeded generator, cached per size and seed. */
export function synthetic(size: number, seed: number): Dataset {
  const key = `${size}/${seed}`;
  let parsed = generated.get(key);
  if (parsed === undefined) {
    parsed = parseDataset(generateDataset(size, { seed }));
    generated.set(key, parsed);
  }
  return parsed;
}

/** The same dataset with each collection in another order (a seeded shuffle). */
export function shuffled(data: Dataset, seed: number): Dataset {
  let state = seed >>> 0 || 1;
  const random = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 4_294_967_296;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };
  return {
    ...data,
    sources: shuffle(data.sources),
    states: shuffle(data.states),
    organizations: shuffle(data.organizations),
    institutions: shuffle(data.institutions),
    contributionTypes: shuffle(data.contributionTypes),
    commitments: shuffle(data.commitments),
    proposals: shuffle(data.proposals),
    positions: shuffle(data.positions),
  };
}

/** The same dataset keeping only the commitments `keep` accepts. */
export function withCommitments(data: Dataset, keep: (commitment: Dataset["commitments"][number]) => boolean): Dataset {
  return { ...data, commitments: data.commitments.filter(keep) };
}
