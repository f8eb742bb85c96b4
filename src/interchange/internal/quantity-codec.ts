// A quantity (or a count) in eight columns: kind, low, high, value, unit, currency,
// amount date and phrase. Low and high hold every bound, so that sums over them need no
// case per kind: an exact figure is its own low and high; at least v is v and open (not
// given), at most v is not given and v; an approximate one has the bounds its source
// gives, or none, and the figure it gives in value. Value applies to approximate figures
// only, currency and amount date to money only, the phrase to approximate quantities and
// to counts: elsewhere they are "n/a". A count's `of` is in the unit column.
import { CURRENCY_PATTERN, DATE_PATTERN, NOT_APPLICABLE, NOT_GIVEN, notApplicableFree, type CellValue } from "./columns.js";
import { column, readInto, type CellSource, type FieldCodec, type Fields } from "./codecs.js";

export const QUANTITY_KINDS = ["exact", "range", "approximate"] as const;
/** The kinds of a count: a quantity's, and bounds on one side only. */
export const COUNT_KINDS = ["exact", "range", "at-least", "at-most", "approximate"] as const;

/** The options of {@link quantityCodec}. */
export interface QuantityCodecOptions {
  /** Read a quantity whose kind is left out from what is given (a commitments sheet). */
  readonly inferKind?: boolean;
  /** The field is a claimed value with this one claim: `{ claims: [{ value }] }` (its sources are the record's). */
  readonly oneClaim?: boolean;
  /** The column holds counts too (the claims table): the kinds at-least and at-most. */
  readonly counts?: boolean;
}

type Part = "kind" | "low" | "high" | "value" | "unit" | "currency" | "amount_date" | "phrase";

/** The quantity at `name`, in the columns `prefix` + kind, low, high, value, unit, currency, amount_date, phrase. */
export function quantityCodec(name: string, prefix: string, options: QuantityCodecOptions = {}): FieldCodec {
  const parts: readonly Part[] = ["kind", "low", "high", "value", "unit", "currency", "amount_date", "phrase"];
  const names = Object.fromEntries(parts.map((part) => [part, `${prefix}${part}`])) as Record<Part, string>;
  const both = [NOT_GIVEN, NOT_APPLICABLE] as const;
  const counts = options.counts === true;
  const columns = [
    column(names.kind, "string", counts ? "How much: exact, range, at-least, at-most (counts only) or approximate." : "How much: exact, range or approximate.", {
      values: counts ? COUNT_KINDS : QUANTITY_KINDS,
    }),
    column(names.low, "number", "The lowest figure: the exact value, a range's low end, an approximate figure's lower bound (at least v: v).", {}),
    column(names.high, "number", "The highest figure: the exact value, a range's high end, an approximate figure's upper bound (at most v: v).", {}),
    column(names.value, "number", "The figure an approximate value gives: about 200 is 200.", {}, both),
    column(names.unit, "string", counts ? "What it counts: a quantity's unit (people, money, ns:unit), or what a count counts (countries, participants, ns:name)." : "What it counts: people, aircraft, vessels, tanks, vehicles, systems, money or a dataset's own ns:unit."),
    column(names.currency, "string", "The ISO 4217 currency of money.", { pattern: CURRENCY_PATTERN }, both),
    column(names.amount_date, "string", "The date of a money amount.", { pattern: DATE_PATTERN }, both),
    column(names.phrase, "string", "The source's words: several thousand (approximate quantities; any count).", {}, both),
  ];
  return {
    columns,
    write(record, out) {
      const quantity = record[name] as Fields | undefined;
      if (quantity === undefined) {
        for (let i = 0; i < columns.length; i++) out.push(NOT_GIVEN);
        return;
      }
      const cells = quantityCells(quantity);
      if (quantity.phrase !== undefined) notApplicableFree(cells[7] as string, names.phrase);
      out.push(...cells);
    },
    read(cells, into) {
      const at = options.oneClaim === true ? [name, "claims", 0, "value"] : [name];
      cells.from([name], names.kind);
      cells.from(at, names.kind);
      for (const part of ["kind", "low", "high", "unit", "currency", "phrase"] as const) cells.from([...at, part], names[part]);
      cells.from([...at, "value"], names[VALUE_COLUMN[cells.text(names.kind)] ?? "low"]);
      cells.from([...at, "of"], names.unit);
      cells.from([...at, "date"], names.amount_date);
      const read: Fields = {};
      for (const spec of columns) readInto(cells, spec, spec.name, read);
      const given = Object.keys(read).length > 0;
      if (!given) return;
      const kind = (read[names.kind] as string | undefined) ?? (options.inferKind === true ? inferredKind(read, names) : undefined);
      if (kind === undefined) {
        cells.problem(names.kind, "the quantity's kind is missing: exact, range or approximate");
        return;
      }
      const quantity = quantityOf(kind, read, names, cells);
      into[name] = options.oneClaim === true ? { claims: [{ value: quantity }] } : quantity;
    },
  };
}

/** The column the one figure of a kind is in. */
const VALUE_COLUMN: Partial<Record<string, Part>> = { "at-most": "high", approximate: "value" };

function quantityCells(quantity: Fields): CellValue[] {
  const { kind, unit } = quantity as { kind: string; unit: string };
  // Parsed money always has its currency and date; nothing else has them.
  const money = (field: string) => (unit === "money" ? (quantity[field] as string) : NOT_APPLICABLE);
  const figure = (field: string) => (quantity[field] as number | undefined) ?? NOT_GIVEN;
  const bounds: Record<string, [CellValue, CellValue]> = {
    exact: [figure("value"), figure("value")],
    "at-least": [figure("value"), NOT_GIVEN],
    "at-most": [NOT_GIVEN, figure("value")],
  };
  const [low, high] = bounds[kind] ?? [figure("low"), figure("high")];
  const value = kind === "approximate" ? figure("value") : NOT_APPLICABLE;
  // An approximate figure always has its phrase; a count of another kind may have one too.
  const phrase = (quantity.phrase as string | undefined) ?? NOT_APPLICABLE;
  return [kind, low, high, value, unit, money("currency"), money("date"), phrase];
}

/** The kind a commitments sheet means: its words make it approximate, one figure exact, two a range. */
function inferredKind(read: Fields, names: Record<Part, string>): string {
  if (read[names.phrase] !== undefined) return "approximate";
  const [low, high] = [read[names.low], read[names.high]];
  return low !== undefined && high !== undefined && low !== high ? "range" : "exact";
}

function quantityOf(kind: string, read: Fields, names: Record<Part, string>, cells: CellSource): Fields {
  const quantity: Fields = { kind };
  const take = (part: Part, as: string = part) => {
    const value = read[names[part]];
    if (value !== undefined) quantity[as] = value;
  };
  take("unit");
  take("currency");
  take("amount_date", "date");
  const [low, high] = [read[names.low], read[names.high]];
  if (kind === "exact") {
    if (low !== undefined && high !== undefined && low !== high) cells.problem(names.high, `an exact quantity has one figure: low (${String(low)}) and high (${String(high)}) differ`);
    const value = low ?? high;
    if (value !== undefined) quantity.value = value;
  } else if (kind === "at-least" || kind === "at-most") {
    const [value, other, otherName] = kind === "at-least" ? [low, high, names.high] : [high, low, names.low];
    if (other !== undefined) cells.problem(otherName, `a count of kind ${kind} is open on that side: leave the cell empty`);
    if (value !== undefined) quantity.value = value;
  } else {
    take("low");
    take("high");
  }
  if (read[names.value] !== undefined) {
    if (kind === "approximate") take("value");
    else cells.problem(names.value, `only an approximate figure has a value of its own: write "n/a" for kind ${kind}`);
  }
  take("phrase");
  return quantity;
}
