// A location in three columns: its kind, its country (the country it is in, or whose
// neighbours are meant) and its detail (a region, a sea area, a description). A column
// that the kind does not have is "n/a"; the kinds map onto the columns as locationKey
// reads them, so `kind:country:detail` is the location's key.
import type { Location } from "../../model/types.js";
import { NOT_APPLICABLE, NOT_GIVEN, COUNTRY_PATTERN, notApplicableFree } from "./columns.js";
import { column, type FieldCodec, type Fields } from "./codecs.js";

/** Per kind, the location's field in the country column and in the detail column (null: not applicable). */
const LOCATION_FIELDS: Readonly<Record<Location["kind"], readonly [country: string | null, detail: string | null]>> = {
  "in-country": ["country", null],
  "line-of-contact": ["country", null],
  "behind-demarcation-line": ["country", null],
  "neighbouring-countries": ["of", "region"],
  "at-sea": [null, "area"],
  remote: [null, "description"],
};

export const LOCATION_KINDS = Object.keys(LOCATION_FIELDS) as Location["kind"][];

/** The location at `name`, in the columns `prefix`, `prefix_country` and `prefix_detail`. */
export function locationCodec(name: string, prefix: string): FieldCodec {
  const [kindColumn, countryColumn, detailColumn] = [prefix, `${prefix}_country`, `${prefix}_detail`];
  return {
    columns: [
      column(kindColumn, "string", "Where it would be deployed: the location's kind.", { values: LOCATION_KINDS }),
      column(countryColumn, "string", "The location's country (for neighbouring-countries: whose neighbours), an ISO 3166-1 alpha-2 code.", { pattern: COUNTRY_PATTERN }, [NOT_GIVEN, NOT_APPLICABLE]),
      column(detailColumn, "string", "The location's narrowing words: a region (neighbouring-countries), a sea area (at-sea) or a description (remote).", {}, [NOT_GIVEN, NOT_APPLICABLE]),
    ],
    write(record, out) {
      const location = record[name] as Fields | undefined;
      if (location === undefined) {
        out.push(NOT_GIVEN, NOT_GIVEN, NOT_GIVEN);
        return;
      }
      const [country, detail] = LOCATION_FIELDS[location.kind as Location["kind"]];
      out.push(location.kind as string, country === null ? NOT_APPLICABLE : (location[country] as string), detail === null ? NOT_APPLICABLE : notApplicableFree((location[detail] as string | undefined) ?? NOT_GIVEN, detailColumn));
    },
    read(cells, into) {
      cells.from([name], kindColumn);
      for (const part of ["kind", "country", "of"]) cells.from([name, part], part === "kind" ? kindColumn : countryColumn);
      for (const part of ["region", "area", "description"]) cells.from([name, part], detailColumn);
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
      into[name] = location;
    },
  };
}
