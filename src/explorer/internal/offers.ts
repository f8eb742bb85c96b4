// An offer in the report's own words (who, what, where, its condition, who said so), made
// here from the kernel's namer rather than by building a whole report: the report brings
// aggregation, changes, events and the timeline, a third of the page's script, for words
// that depend on the commitment alone, never on the day.
import { describeCondition } from "../../internal/describe-condition.js";
import { createNamer } from "../../internal/names.js";
import { speakerNamer } from "../../internal/speaker-name.js";
import { buildTaxonomy } from "../../internal/taxonomy.js";
import type { Stance } from "../../model/stance.js";
import type { Dataset } from "../../model/types.js";

/** An offer as the report words it (see ReportOffer). */
export interface ExplorerOffer {
  readonly actor: string;
  readonly typeLabel: string;
  /** Where, in words ("in Ukraine"), or "" where the source names no place. */
  readonly location: string;
  readonly stance: Stance;
  /** Its own condition in words, or null when it states none. */
  readonly condition: string | null;
  /** The coalition it is offered to, or null. */
  readonly coalition: string | null;
  readonly statedBy: string | null;
}

/** The offers of a dataset in words, by commitment id; each worded once, when first asked. */
export function offerTable(dataset: Dataset): (commitment: string) => ExplorerOffer {
  const byId = new Map(dataset.commitments.map((commitment) => [commitment.id, commitment]));
  const taxonomy = buildTaxonomy(dataset, dataset.commitments.map((commitment) => commitment.type));
  const namer = createNamer(dataset, taxonomy);
  const speakerName = speakerNamer(dataset, namer);
  const worded = new Map<string, ExplorerOffer>();
  return (id) => {
    const known = worded.get(id);
    if (known !== undefined) return known;
    // Every id asked is one of the engine's verdicts or changes: a commitment of this dataset.
    const commitment = byId.get(id)!;
    const offer: ExplorerOffer = {
      actor: namer.actor(commitment.actor),
      typeLabel: taxonomy.labels[taxonomy.index.get(commitment.type)!]!,
      location: namer.location(commitment.location).trim(),
      stance: commitment.stance,
      condition: commitment.condition === undefined ? null : describeCondition(commitment.condition, commitment.actor, namer),
      coalition: commitment.coalition === undefined ? null : namer.coalition(commitment.coalition),
      statedBy: commitment.statedBy === undefined ? null : speakerName(commitment.statedBy),
    };
    worded.set(id, offer);
    return offer;
  };
}
