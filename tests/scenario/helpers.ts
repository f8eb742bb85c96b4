// Small datasets for the scenario tests, parsed by the library's own parser so that
// every one of them is valid data.
import type { DatasetDocument } from "../../src/fixtures.js";
import type { Dataset } from "../../src/index.js";
import { parseDataset } from "../../src/schema.js";

type Writable<T> = { -readonly [K in keyof T]: T[K] };
type CommitmentInput = NonNullable<DatasetDocument["commitments"]>[number];

/** The states every test dataset declares. */
export const STATES = ["GB", "FR", "US", "UA", "DE", "IT", "ES", "PL", "CH", "TR", "NL", "BE", "SE", "DK", "IE", "RO"];

/** A commitment with the fields a test does not care about filled in: date unknown, source s1. */
export function offer(
  id: string,
  actor: string,
  type: string,
  extra: Partial<Writable<CommitmentInput>> = {},
): CommitmentInput {
  return { id, actor, type, stance: "ready", date: "unknown", sources: ["s1"], ...extra };
}

/**
 * A parsed dataset from the given parts, with the states above, two sources (s0 of
 * 2025-01-10 and s1 of 2025-03-13), the governments and parliaments of the states,
 * and an organization `eu`.
 */
export function dataset(parts: Partial<Writable<DatasetDocument>>): Dataset {
  return parseDataset({
    id: "test",
    title: "Test",
    sources: [
      { id: "s0", kind: "official-statement", publisher: "Test", date: "2025-01-10" },
      { id: "s1", kind: "official-statement", publisher: "Test", date: "2025-03-13" },
    ],
    states: STATES.map((id) => ({ id })),
    organizations: [{ id: "eu", name: "European Union", kind: "union" }],
    institutions: STATES.flatMap((actor) => [
      { id: `${actor}.government`, actor, kind: "government" as const },
      { id: `${actor}.parliament`, actor, kind: "parliament" as const },
    ]),
    ...parts,
  });
}

/** The verdicts of an evaluation by commitment id. */
export function byId<T extends { readonly commitment: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((entry) => [entry.commitment, entry]));
}
