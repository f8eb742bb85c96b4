// A small dataset that uses every collection and passes every check. Each bad-input
// test changes one thing in a fresh copy, so the issue it expects is the only one.
import type { PathSegment } from "../../src/index.js";

/** A fresh, mutable copy of the valid dataset. */
export function validDataset() {
  return {
    id: "demo",
    title: "Demo dataset",
    sources: [
      { id: "s-march", kind: "official-statement", publisher: "Demo Office", date: "2025-03-13" },
      { id: "s-april", kind: "media-on-record", publisher: "Demo News", date: "2025-04" },
    ],
    states: [{ id: "GB" }, { id: "FR" }, { id: "UA" }, { id: "SE" }],
    organizations: [
      {
        id: "nato",
        name: "NATO",
        kind: "alliance",
        memberships: [
          { member: "GB", from: "1949-04-04", sources: ["s-march"] },
          { member: "SE", from: "2024-03-07", sources: ["s-march"] },
        ],
      },
    ],
    institutions: [
      { id: "GB.head-of-government", actor: "GB", kind: "head-of-government" },
      { id: "FR.head-of-state", actor: "FR", kind: "head-of-state" },
    ],
    persons: [
      {
        id: "keir-starmer",
        name: "Keir Starmer",
        offices: [
          { institution: "GB.head-of-government", title: "Prime Minister", from: "2024-07-05", sources: ["s-march"] },
        ],
      },
    ],
    contributionTypes: [{ id: "demo:hostilities", parent: "personnel", label: "Participation in hostilities" }],
    stancePhrases: [{ phrase: "keen to", stance: "ready" }],
    coalitions: [
      {
        id: "willing",
        name: "Coalition of the willing",
        leads: ["GB", "FR"],
        participants: [{ actor: "GB", from: "unknown", sources: ["s-march"] }],
        condition: { kind: "peace", form: "agreement", country: "UA" },
        sources: ["s-march"],
      },
    ],
    commitments: [
      {
        id: "gb-troops",
        actor: "GB",
        statedBy: { institution: "GB.head-of-government", person: "keir-starmer" },
        type: "ground-troops",
        location: { kind: "in-country", country: "UA" },
        quantity: { claims: [{ value: { kind: "range", unit: "people", low: 100, high: 200 }, sources: ["s-march"] }] },
        stance: "ready",
        phrase: "ready to send",
        condition: {
          kind: "all",
          of: [
            { kind: "peace", form: "agreement", country: "UA" },
            { kind: "approval", institution: "GB.head-of-government" },
          ],
        },
        coalition: "willing",
        date: "2025-03",
        sources: ["s-march"],
        fulfilment: [
          { stage: "announced", date: "2025-03-13", sources: ["s-march"] },
          { stage: "specified", date: "2025-04", sources: ["s-april"] },
        ],
      },
      {
        id: "fr-money",
        actor: "FR",
        type: "financial-assistance",
        quantity: {
          claims: [
            {
              value: { kind: "exact", unit: "money", currency: "EUR", date: "2025-03", value: 1e9 },
              sources: ["s-april"],
            },
          ],
        },
        stance: "committed",
        date: "unknown",
        sources: ["s-april"],
      },
    ],
    proposals: [
      {
        id: "behind-the-line",
        title: "A force behind the demarcation line",
        proposedBy: ["FR"],
        statedBy: { institution: "FR.head-of-state" },
        date: "2025-03-13",
        sources: ["s-march"],
      },
    ],
    positions: [
      {
        id: "gb-on-behind-the-line",
        proposal: "behind-the-line",
        actor: "GB",
        stance: "open",
        phrase: "could",
        date: "2025-03-13",
        sources: ["s-march"],
      },
    ],
    events: [
      {
        id: "talks",
        title: "Coalition talks",
        kind: "negotiations",
        status: "held",
        from: "2025-03-11",
        to: "2025-03-12",
        hosts: ["GB", "FR"],
        persons: ["keir-starmer"],
        participantCount: { claims: [{ value: 37, sources: ["s-march"] }] },
        sources: ["s-march"],
      },
    ],
  };
}

type Container = Record<PathSegment, unknown>;

function parentOf(document: unknown, path: readonly PathSegment[]): { parent: Container; key: PathSegment } {
  let value = document;
  for (const segment of path.slice(0, -1)) value = (value as Container)[segment];
  const key = path[path.length - 1];
  if (typeof value !== "object" || value === null || key === undefined)
    throw new Error(`no parent for ${path.join(".")}`);
  return { parent: value as Container, key };
}

/** The valid dataset with the value at `path` set (or added). */
export function withValue(path: readonly PathSegment[], value: unknown): ReturnType<typeof validDataset> {
  const document = validDataset();
  const { parent, key } = parentOf(document, path);
  parent[key] = value;
  return document;
}

/** The valid dataset without the field at `path`. */
export function without(path: readonly PathSegment[]): ReturnType<typeof validDataset> {
  const document = validDataset();
  const { parent, key } = parentOf(document, path);
  delete parent[key];
  return document;
}
