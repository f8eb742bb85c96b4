// A quantity in seven columns: kind, low, high, unit, currency, amount date and phrase.
// Low and high hold every figure, so that sums over them need no case per kind: an
// exact figure is its own low and high; an approximate one has the bounds its source
// gives, or none. Currency and amount date apply to money only, the phrase to
// approximate figures only: elsewhere they are "n/a".
import { CURRENCY_PATTERN, DATE_PATTERN, NOT_APPLICABLE, NOT_GIVEN, notApplicableFree, type CellValue } from "./columns.js";
import { column, readInto, type CellSource, type FieldCodec, type Fields } from "./codecs.js";

export const QUANTITY_KINDS = ["exact", "range", "approximate"] as const;

/** The options of {@link quantityCodec}. */
export interface QuantityCodecOptions {
  /** Read a quantity whose kind is left out from what is given (a commitments sheet). */
  readonly inferKind?: boolean;
  /** The field is a claimed value with this one claim: `{ claims: [{ value }] }` (its sources are the record's). */
  readonly oneClaim?: boolean;
}

/** The quantity at `name`, in the columns `prefix` + kind, low, high, unit, currency, amount_date, phrase. */
export function quantityCodec(name: string, prefix: string, options: QuantityCodecOptions = {}): FieldCodec {
  const names = Object.fromEntries(["kind", "low", "high", "unit", "currency", "amount_date", "phrase"].map((part) => [part, `${prefix}${part}`])) as Record<
    "kind" | "low" | "high" | "unit" | "currency" | "amount_date" | "phrase",
    string
  >;
  const both = [NOT_GIVEN, NOT_APPLICABLE] as const;
  const columns = [
    column(names.kind, "string", "How much: exact, range or approximate.", { values: QUANTITY_KINDS }),
    column(names.low, "number", "The lowest figure: the exact value, a range's low end, or an approximate figure's lower bound.", {}),
    column(names.high, "number", "The highest figure: the exact value, a range's high end, or an approximate figure's upper bound.", {}),
    column(names.unit, "string", "What it counts: people, aircraft, vessels, tanks, vehicles, systems, money or a dataset's own ns:unit."),
    column(names.currency, "string", "The ISO 4217 currency of money.", { pattern: CURRENCY_PATTERN }, both),
    column(names.amount_date, "string", "The date of a money amount.", { pattern: DATE_PATTERN }, both),
    column(names.phrase, "string", "The source's approximate words: several thousand.", {}, both),
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
      if (quantity.kind === "approximate") notApplicableFree(cells[6] as string, names.phrase);
      out.push(...cells);
    },
    read(cells, into) {
      const at = options.oneClaim === true ? [name, "claims", 0, "value"] : [name];
      cells.from([name], names.kind);
      cells.from(at, names.kind);
      for (const part of ["kind", "low", "high", "unit", "currency", "phrase"] as const) cells.from([...at, part], names[part]);
      cells.from([...at, "value"], names.low);
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

function quantityCells(quantity: Fields): CellValue[] {
  const { kind, unit } = quantity as { kind: string; unit: string };
  // Parsed money always has its currency and date; nothing else has them.
  const money = (field: string) => (unit === "money" ? (quantity[field] as string) : NOT_APPLICABLE);
  const figure = (field: string) => (quantity[field] as number | undefined) ?? NOT_GIVEN;
  const [low, high] = kind === "exact" ? [figure("value"), figure("value")] : [figure("low"), figure("high")];
  const phrase = kind === "approximate" ? (quantity.phrase as string) : NOT_APPLICABLE;
  return [kind, low, high, unit, money("currency"), money("date"), phrase];
}

/** The kind a commitments sheet means: its words make it approximate, one figure exact, two a range. */
function inferredKind(read: Fields, names: Record<string, string>): string {
  if (read[names.phrase as string] !== undefined) return "approximate";
  const [low, high] = [read[names.low as string], read[names.high as string]];
  return low !== undefined && high !== undefined && low !== high ? "range" : "exact";
}

function quantityOf(kind: string, read: Fields, names: Record<string, string>, cells: CellSource): Fields {
  const quantity: Fields = { kind };
  const take = (part: string, as = part) => {
    const value = read[names[part] as string];
    if (value !== undefined) quantity[as] = value;
  };
  take("unit");
  take("currency");
  take("amount_date", "date");
  if (kind === "exact") {
    const [low, high] = [read[names.low as string], read[names.high as string]];
    if (low !== undefined && high !== undefined && low !== high) cells.problem(names.high as string, `an exact quantity has one figure: low (${String(low)}) and high (${String(high)}) differ`);
    const value = low ?? high;
    if (value !== undefined) quantity.value = value;
  } else {
    take("low");
    take("high");
    if (kind === "approximate") take("phrase");
  }
  return quantity;
}
