// Generated datasets with the records and fields of model v2 as well: pledge counts with
// their named actors, vote tallies and binding decisions, supersession, conditions on
// proposals and positions, subgroups and bodies of coalitions, numbered event series,
// locations of a bloc's territory, and the dataset's assumptions. Each is built from the
// records a generated dataset already has (its sources, actors, conditions), so that the
// document stays valid.
import fc from "fast-check";
import { countArbitrary, locationArbitrary, nameArbitrary, validDatasetDocument, type DatasetArbitraryOptions, type DatasetInput } from "./dataset.js";

type Fields = Record<string, unknown>;

/** What is drawn beside the dataset: choices by number and flag, and the values put in. */
interface V2Draw {
  readonly picks: readonly number[];
  readonly flags: readonly boolean[];
  readonly counts: readonly unknown[];
  readonly locations: readonly unknown[];
  readonly names: readonly string[];
  readonly tally: Readonly<Record<string, number | undefined>>;
  readonly assumption: "unknown" | "false" | undefined;
}

const TALLY = fc
  .record({ yes: fc.option(fc.nat(600), { nil: undefined }), no: fc.option(fc.nat(600), { nil: undefined }), abstain: fc.option(fc.nat(60), { nil: undefined }), absent: fc.nat(60) })
  .map((tally) => Object.fromEntries(Object.entries(tally).filter(([, value]) => value !== undefined)));

/** A valid dataset document with model v2's records and fields where its own records allow them. */
export function v2DatasetDocument(options: DatasetArbitraryOptions = {}): fc.Arbitrary<DatasetInput> {
  const draw = fc.record({
    picks: fc.array(fc.nat(1000), { minLength: 16, maxLength: 16 }),
    flags: fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
    counts: fc.array(countArbitrary(), { minLength: 2, maxLength: 2 }),
    locations: fc.array(locationArbitrary(), { minLength: 1, maxLength: 1 }),
    names: fc.array(nameArbitrary(), { minLength: 4, maxLength: 4 }),
    tally: TALLY,
    assumption: fc.constantFrom(undefined, "unknown" as const, "false" as const),
  });
  return fc.tuple(validDatasetDocument(options), draw).map(([document, drawn]) => withV2Records(document, drawn));
}

function withV2Records(input: DatasetInput, draw: V2Draw): DatasetInput {
  const document = structuredClone(input) as unknown as Record<string, Fields[] | unknown>;
  const list = (name: string) => (document[name] as Fields[] | undefined) ?? [];
  const pick = <T>(items: readonly T[], i: number): T | undefined => items[(draw.picks[i] ?? 0) % Math.max(items.length, 1)];
  const flag = (i: number) => draw.flags[i] === true;
  const chosen = pick(list("sources"), 0);
  if (chosen === undefined) return input;
  const sources = [chosen.id as string];
  const actors = [...list("states"), ...list("organizations")].map((record) => record.id as string);
  const conditions = list("commitments").flatMap((record) => (record.condition === undefined ? [] : [record.condition]));
  if (draw.assumption !== undefined) document.assumptions = { unrecordedCommitments: draw.assumption };
  decisions(list("commitments"), draw, sources);
  decisions(list("positions"), draw, sources);
  const [position, proposal] = [pick(list("positions"), 1), pick(list("proposals"), 2)];
  if (position !== undefined && conditions.length > 0) position.condition = pick(conditions, 3);
  if (proposal !== undefined && conditions.length > 0) proposal.condition = pick(conditions, 4);
  const coalition = pick(list("coalitions"), 5);
  if (coalition !== undefined && actors.length > 0) structure(coalition, list("events"), { draw, sources, actors });
  const organization = pick(list("organizations"), 6)?.id as string | undefined;
  const members = actors.length >= 2 ? [pick(actors, 7) as string] : [];
  const notAmong = actors.filter((actor) => !members.includes(actor)).slice(0, flag(7) ? 1 : 0);
  document.pledgeCounts = [
    {
      id: "pledge-count-1",
      ...(coalition === undefined ? {} : { coalition: coalition.id }),
      type: flag(8) ? "personnel" : "air-power",
      location: organization !== undefined && flag(9) ? { kind: "bloc-territory", bloc: organization, adjacentTo: "UA" } : draw.locations[0],
      stance: flag(10) ? "committed" : "ready",
      ...(conditions.length > 0 && flag(11) ? { condition: pick(conditions, 8) } : {}),
      count: { claims: draw.counts.map((value, i) => ({ value, sources, ...(i === 1 ? { note: draw.names[0] } : {}) })) },
      ...(members.length > 0 ? { members: members.map((actor) => ({ actor, sources })) } : {}),
      ...(notAmong.length > 0 ? { notAmong: notAmong.map((actor) => ({ actor, sources, note: draw.names[1] })) } : {}),
      // Stated when its source was published: never after it.
      date: flag(12) ? "unknown" : chosen.date,
      sources,
      quote: draw.names[2],
    },
  ];
  return document as unknown as DatasetInput;
}

/** Binding decisions and their votes on some statements, and a later statement of an actor superseding its earlier one. */
function decisions(records: Fields[], draw: V2Draw, sources: readonly string[]): void {
  records.forEach((record, i) => {
    if (draw.flags[i % draw.flags.length] === true) record.binding = (draw.picks[i % draw.picks.length] ?? 0) % 2 === 0;
    if (i % 3 === 0) record.vote = { claims: [{ value: draw.tally, sources }] };
  });
  const fullDay = /^\d{4}-\d{2}-\d{2}$/;
  const dated = records.filter((record) => typeof record.date === "string" && fullDay.test(record.date));
  for (const later of dated) {
    const earlier = dated.find((candidate) => candidate.actor === later.actor && (candidate.date as string) < (later.date as string));
    if (earlier !== undefined) {
      later.supersedes = [earlier.id];
      return;
    }
  }
}

/** A subgroup and a body of the coalition, and an event of its series held by both. */
function structure(coalition: Fields, events: Fields[], context: { draw: V2Draw; sources: readonly string[]; actors: readonly string[] }): void {
  const { draw, sources, actors } = context;
  const actor = actors[(draw.picks[9] ?? 0) % actors.length] as string;
  coalition.subgroups = [
    {
      id: "planning-group-land",
      name: draw.names[3],
      kind: "planning-group",
      purpose: "land",
      participants: [{ actor, from: "2025-04", sources }],
      leads: [actor],
      from: "unknown",
      sources,
    },
  ];
  coalition.bodies = [
    {
      id: "multinational-hq",
      name: "Multinational Force Ukraine headquarters",
      kind: "headquarters",
      sites: [
        { place: { country: "FR", city: "Paris" }, from: "2025-09", to: "2026-09", sources },
        { place: { country: "GB" }, from: "2026-09", status: "planned", sources, note: "a rotation" },
      ],
      leads: [{ actors: [actor], from: "2025-09", sources }],
      sources,
    },
  ];
  const event = events[(draw.picks[10] ?? 0) % Math.max(events.length, 1)];
  if (event !== undefined) Object.assign(event, { coalition: coalition.id, subgroup: "planning-group-land", series: draw.flags[13] === true ? { id: "leaders-meetings", number: 3 } : { id: "leaders-meetings" } });
}
