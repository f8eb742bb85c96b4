// A location in four columns: its kind, its country (the country it is in, whose
// neighbours are meant, or which a bloc's territory borders), its detail (a region, a sea
// area, a description, a bloc) and, for areas only, whether they lie away from the line
// of contact. A column that the kind does not have is "n/a".
import type { Location } from "../../model/types.js";
import { NOT_APPLICABLE, NOT_GIVEN, COUNTRY_PATTERN, notApplicableFree } from "./columns.js";
import { column, type CellSource, type FieldCodec, type Fields } from "./codecs.js";

/** Per kind, the location's field in the country column and in the detail column (null: not applicable). */
const LOCATION_FIELDS: Readonly<Record<Location["kind"], readonly [country: string | null, detail: string | null]>> = {
  "in-country": ["country", null],
  "line-of-contact": ["country", null],
  "behind-demarcation-line": ["country", null],
  "neighbouring-countries": ["of", "region"],
  "at-sea": [null, "area"],
  remote: [null, "description"],
  region: ["country", "name"],
  areas: ["country", "description"],
  "bloc-territory": ["adjacentTo", "bloc"],
};

/** The flag only areas have. */
const AWAY = "awayFromLineOfContact";

export const LOCATION_KINDS = Object.keys(LOCATION_FIELDS) as Location["kind"][];

/** The location at `name`, in the columns `prefix`, `prefix_country` and `prefix_detail`. */
export function locationCodec(name: string, prefix: string): FieldCodec {
  const [kindColumn, countryColumn, detailColumn, awayColumn] = [prefix, `${prefix}_country`, `${prefix}_detail`, `${prefix}_away_from_line_of_contact`];
  return {
    columns: [
      column(kindColumn, "string", "Where it would be deployed: the location's kind.", { values: LOCATION_KINDS }),
      column(countryColumn, "string", "The location's country (neighbouring-countries: whose neighbours; bloc-territory: the country it borders), an ISO 3166-1 alpha-2 code.", { pattern: COUNTRY_PATTERN }, [NOT_GIVEN, NOT_APPLICABLE]),
      column(detailColumn, "string", "The location's narrowing words: a region (neighbouring-countries), a sea area (at-sea), a description (remote, areas), a region's name (region) or a bloc's id (bloc-territory).", {}, [NOT_GIVEN, NOT_APPLICABLE]),
      column(awayColumn, "boolean", "For areas: whether the source places them away from the line of contact.", {}, [NOT_GIVEN, NOT_APPLICABLE]),
    ],
    write(record, out) {
      const location = record[name] as Fields | undefined;
      if (location === undefined) {
        out.push(NOT_GIVEN, NOT_GIVEN, NOT_GIVEN, NOT_GIVEN);
        return;
      }
      const [country, detail] = LOCATION_FIELDS[location.kind as Location["kind"]];
      const away = location.kind === "areas" ? ((location[AWAY] as boolean | undefined) ?? NOT_GIVEN) : NOT_APPLICABLE;
      out.push(
        location.kind as string,
        country === null ? NOT_APPLICABLE : ((location[country] as string | undefined) ?? NOT_GIVEN),
        detail === null ? NOT_APPLICABLE : notApplicableFree((location[detail] as string | undefined) ?? NOT_GIVEN, detailColumn),
        away,
      );
    },
    read(cells, into) {
      cells.from([name], kindColumn);
      for (const part of ["kind", "country", "of", "adjacentTo"]) cells.from([name, part], part === "kind" ? kindColumn : countryColumn);
      for (const part of ["region", "area", "description", "name", "bloc"]) cells.from([name, part], detailColumn);
      cells.from([name, AWAY], awayColumn);
      const kind = cells.text(kindColumn);
      const parts = [cells.text(countryColumn), cells.text(detailColumn)].map((text) => (text === NOT_APPLICABLE ? NOT_GIVEN : text));
      if (kind === NOT_GIVEN) {
        if (parts.some((text) => text !== NOT_GIVEN)) cells.problem(kindColumn, "the location's kind is missing, and its country or detail is given");
        return;
      }
      const fields = LOCATION_FIELDS[kind as Location["kind"]] as readonly [string | null, string | null] | undefined;
      const location: Fields = { kind };
      [countryColumn, detailColumn].forEach((columnName, i) => {
        const text = parts[i] as string;
        if (text === NOT_GIVEN) return;
        const target = fields?.[i];
        // An unknown kind is the parser's to report, at the kind's column.
        if (target === null) cells.problem(columnName, `a location of kind ${kind} has no ${i === 0 ? "country" : "detail"}: write "n/a"`);
        else if (target !== undefined) location[target] = text;
      });
      readAway(cells, kind, awayColumn, location);
      into[name] = location;
    },
  };
}

/** The flag of areas; any other kind has none. */
function readAway(cells: CellSource, kind: string, awayColumn: string, location: Fields): void {
  const text = cells.text(awayColumn);
  if (text === NOT_GIVEN || text === NOT_APPLICABLE) return;
  if (kind !== "areas") cells.problem(awayColumn, `a location of kind ${kind} is not said to be away from the line of contact: write "n/a"`);
  else if (text === "true" || text === "false") location[AWAY] = text === "true";
  else cells.problem(awayColumn, `${JSON.stringify(text)} is neither true nor false`);
}
