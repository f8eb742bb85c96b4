// The claims table: every claim of every value that sources may disagree on, one row
// each, in the quantity columns. A commitment's quantity is one claim per version of
// it; a count (of a coalition's or an event's participants, of a pledge count's actors)
// is a claim too, what it counts (`of`) in the unit column.
import type { CollectionName } from "../../schema/dataset.js";
import { IDS_PATTERN } from "./columns.js";
import { column, field, type Fields } from "./codecs.js";
import { quantityCodec } from "./quantity-codec.js";
import { addItem, SEQ, type TableSpec } from "./table-spec.js";

/** The claimed fields of the model: where they are, what the `field` column calls them, and whether they are counts. */
const CLAIMED = [
  { collection: "commitments", field: "quantity", key: "quantity", count: false },
  { collection: "coalitions", field: "participantCount", key: "participant_count", count: true },
  { collection: "events", field: "participantCount", key: "participant_count", count: true },
  { collection: "pledgeCounts", field: "count", key: "count", count: true },
] as const satisfies readonly { collection: CollectionName; field: string; key: string; count: boolean }[];


export const CLAIMS_TABLE: TableSpec = {
  name: "claims",
  description:
    "Every claim of a value that sources may disagree on: the quantities of commitments, the counts of participants of coalitions and events, and the counts of pledge counts (what a count counts in unit). One row per claim, each with its sources.",
  keys: [
    column("record_table", "string", "The table of the record the claim is about.", { required: true, values: [...new Set(CLAIMED.map((claimed) => claimed.collection))] }),
    column("record", "string", "The id of the record the claim is about.", { required: true }),
    column("field", "string", "Which value of the record it claims: quantity, participant_count or count.", { required: true, values: [...new Set(CLAIMED.map((claimed) => claimed.key))] }),
    SEQ,
  ],
  fields: [
    quantityCodec("value", "", { counts: true }),
    field("sources", "sources", "ids", 'Ids of the sources of the claim, separated by ";".', { required: true, pattern: IDS_PATTERN }),
    field("note", "note", "string", "Why the claim is as it is, where the source is vague."),
  ],
  primaryKey: ["record_table", "record", "field", "seq"],
  foreignKeys: [],
  each(dataset, visit) {
    for (const claimed of CLAIMED) {
      for (const record of dataset[claimed.collection] as unknown as readonly Fields[]) {
        const claims = (record[claimed.field] as { claims: readonly Fields[] } | undefined)?.claims ?? [];
        claims.forEach((claim, i) => {
          const value = claimed.count ? countAsQuantity(claim.value as Fields) : claim.value;
          visit({ ...claim, value }, [claimed.collection, record.id as string, claimed.key, i + 1]);
        });
      }
    }
  },
  attach(draft, record, [table = "", id = "", key = "", seq = ""]) {
    const claimed = CLAIMED.find((candidate) => candidate.collection === table && candidate.key === key);
    if (claimed === undefined) return { problem: `${table} records have no claimed value ${JSON.stringify(key)}`, column: "field" };
    if (claimed.count && record.value !== undefined) record.value = quantityAsCount(record.value as Fields);
    return addItem(draft, { collection: claimed.collection, parent: id, parentColumn: "record", list: claimed.field, seq, claims: true }, record);
  },
};

/** A count in the quantity columns: what it counts in the unit. */
function countAsQuantity(count: Fields): Fields {
  const { of, ...rest } = count;
  return { ...rest, unit: of };
}

/** A count read from the quantity columns: the unit is what it counts. */
function quantityAsCount(quantity: Fields): Fields {
  const { unit, ...rest } = quantity;
  return unit === undefined ? rest : { ...rest, of: unit };
}
