// The commitments sheet a newsroom keeps: one row per statement, the commitments table's
// columns with a few conveniences. The stance column takes a stance or the source's
// phrase; the quantity sits in the row (kind read from what is given); the source may be
// described in the row (source_kind, source_publisher, …), and states and institutions
// (`GB`, `GB.head-of-government`) need not be declared anywhere.
import { isCountryCode } from "../../model/country-codes.js";
import { STANCES, type Stance } from "../../model/stance.js";
import { stanceOfPhrase } from "../../model/stance-of-phrase.js";
import type { StancePhrase } from "../../model/stance-phrases.js";
import { SOURCE_KINDS } from "../../model/source-kinds.js";
import type { Condition } from "../../model/types.js";
import { DATE_PATTERN, ID_PATTERN, IDS_PATTERN } from "./columns.js";
import { column, field, readInto, type FieldReader, type Fields } from "./codecs.js";
import { INSTITUTION_KIND_VALUES } from "./kinds.js";
import { locationCodec } from "./location-codec.js";
import { quantityCodec } from "./quantity-codec.js";
import { addRecord, type Draft, type Placed, type TableReader } from "./table-spec.js";
import { conditionCodec, speakerCodec } from "./value-codecs.js";

/** Where the source described in a row is kept until the row's record is placed. */
const SOURCE = "\u0000source";
const SOURCE_FIELDS = ["kind", "publisher", "date", "title", "outlet", "url"] as const;

/** The stance column: a stance, or the source's phrase, mapped to its stance. */
function stanceCodec(extraPhrases: readonly StancePhrase[]): FieldReader {
  const stance = column("stance", "string", "A stance (committed, ready, open, undecided, opposed, refused) or the source's phrase, mapped to its stance.", { required: true });
  const phrase = column("phrase", "string", "The source's phrase, where the stance column gives the stance.");
  return {
    columns: [stance, phrase],
    read(cells, into) {
      cells.from(["stance"], stance.name);
      cells.from(["phrase"], phrase.name);
      const said = cells.text(stance.name).trim();
      readInto(cells, phrase, "phrase", into);
      if (said === "") return;
      const word = said.toLowerCase();
      if ((STANCES as readonly string[]).includes(word)) {
        into.stance = word as Stance;
        return;
      }
      const mapped = stanceOfPhrase(said, { extraPhrases });
      if (mapped === undefined) {
        cells.problem(stance.name, `${JSON.stringify(said)} is neither a stance nor a phrase of the stance mapping; write the stance, or declare the phrase`, "unknown_stance_phrase");
        return;
      }
      if (into.phrase !== undefined && into.phrase !== said) cells.problem(phrase.name, `the stance column gives the phrase ${JSON.stringify(said)}, and this column another`);
      into.stance = mapped;
      into.phrase = said;
    },
  };
}

/** The source described in the row, kept apart until the record is placed. */
const sourceDetails: FieldReader = {
  columns: SOURCE_FIELDS.map((name) =>
    column(`source_${name}`, "string", `The ${name} of the row's first source, where the sheet describes it.`, {
      ...(name === "kind" ? { values: SOURCE_KINDS } : {}),
      ...(name === "date" ? { pattern: DATE_PATTERN } : {}),
    }),
  ),
  read(cells, into) {
    const details: Fields = {};
    for (const [i, spec] of sourceDetails.columns.entries()) readInto(cells, spec, SOURCE_FIELDS[i] as string, details);
    if (Object.keys(details).length > 0) into[SOURCE] = details;
  },
};

/** What the sheet builds on: the ids its base datasets declare, and their phrases. */
export interface SheetBase {
  readonly actors: ReadonlySet<string>;
  readonly institutions: ReadonlySet<string>;
  readonly sources: ReadonlyMap<string, Readonly<Fields>>;
  readonly phrases: readonly StancePhrase[];
}

/** The sheet as a table, only ever read: its codecs, and how a row's commitment and what it declares go into the draft. */
export function sheetTable(base: SheetBase, declared: { source?: number | undefined }): TableReader {
  return {
    name: "commitments",
    keys: [],
    fields: [
      field("id", "id", "string", "The commitment's id; row-N when left out.", { pattern: ID_PATTERN }),
      field("actor", "actor", "string", "The state or organization: an ISO code, or an id the base declares.", { required: true, pattern: ID_PATTERN }),
      speakerCodec("statedBy"),
      field("type", "type", "string", "The contribution type.", { required: true, pattern: ID_PATTERN }),
      locationCodec("location", "location"),
      stanceCodec(base.phrases),
      quantityCodec("quantity", "quantity_", { inferKind: true, oneClaim: true }),
      conditionCodec("condition", "What must hold for it to take effect."),
      field("coalition", "coalition", "string", "The coalition it is offered to.", { pattern: ID_PATTERN }),
      field("date", "date", "string", "When it was stated, or unknown.", { required: true, pattern: DATE_PATTERN, unknown: true }),
      field("sources", "sources", "ids", 'Ids of its sources, separated by ";"; the first may be described in the source_ columns.', { pattern: IDS_PATTERN }),
      sourceDetails,
      field("quote", "quote", "string", "The source's words."),
      field("note", "note", "string", "Why the record is as it is."),
    ],
    attach(draft, record) {
      declared.source = undefined;
      const details = record[SOURCE] as Fields | undefined;
      delete record[SOURCE];
      // No source at all is the parser's missing_source ("every record needs at least one source").
      const sources = ((record.sources as string[] | undefined) ??= []);
      if (details !== undefined) {
        const problem = declareSource(draft, base, sources[0] as string, details, declared);
        if (problem !== undefined) return problem;
      }
      const quantity = record.quantity as { claims: Fields[] } | undefined;
      if (quantity !== undefined) (quantity.claims[0] as Fields).sources = [...sources];
      declareActors(draft, base, record);
      return addRecord(draft, "commitments", record);
    },
  };
}

/** Declares the source a row describes, once: a later row may name it again, described the same or not at all. */
function declareSource(draft: Draft, base: SheetBase, id: string, details: Fields, declared: { source?: number | undefined }): Placed | undefined {
  const record = { id, ...details };
  const index = draft.ids.get("sources")?.get(id);
  const earlier = index === undefined ? base.sources.get(id) : draft.collections.sources[index];
  if (earlier !== undefined) {
    if (SOURCE_FIELDS.every((name) => earlier[name] === record[name as keyof typeof record])) return undefined;
    return { problem: `the source ${JSON.stringify(id)} is described otherwise where it is first given`, column: "source_publisher" };
  }
  const placed = addRecord(draft, "sources", record) as { path: readonly (string | number)[] };
  declared.source = placed.path[1] as number;
  return undefined;
}

/** States (ISO codes) and their institutions (`GB.head-of-government`) that the row names and nothing declares. */
function declareActors(draft: Draft, base: SheetBase, record: Fields): void {
  const actors = [record.actor];
  const speaker = (record.statedBy as Fields | undefined)?.institution;
  const institutions = speaker === undefined ? [] : [speaker];
  if (record.condition !== undefined) namedIn(record.condition as Condition, actors, institutions);
  for (const id of institutions) {
    const [actor = "", kind = ""] = (id as string).split(".");
    const knownActor = isCountryCode(actor) || base.actors.has(actor);
    if (knownActor && (INSTITUTION_KIND_VALUES as readonly string[]).includes(kind) && `${actor}.${kind}` === id) {
      actors.push(actor);
      if (!base.institutions.has(id) && !draft.ids.get("institutions")?.has(id)) addRecord(draft, "institutions", { id, actor, kind });
    }
  }
  for (const id of actors) {
    if (typeof id === "string" && isCountryCode(id) && !base.actors.has(id) && !draft.ids.get("states")?.has(id)) addRecord(draft, "states", { id });
  }
}

/** The actors and institutions a condition names, pushed onto the two lists (without recursion: conditions may nest deep). */
function namedIn(condition: Condition, actors: unknown[], institutions: unknown[]): void {
  const work = [condition];
  while (work.length > 0) {
    const atom = work.pop() as Condition;
    if (atom.kind === "all" || atom.kind === "any") work.push(...atom.of);
    else if (atom.kind === "not") work.push(atom.of);
    else if (atom.kind === "approval") institutions.push(atom.institution);
    else if (atom.kind === "request" || atom.kind === "mandate") actors.push(atom.by);
    else if (atom.kind === "commitment" || atom.kind === "inclusion") actors.push(atom.actor);
  }
}
