// Who made a statement, in words: shared by the report and the explorer, which names an
// offer's speaker as the report does.
import type { Namer } from "./names.js";
import type { Dataset, Speaker } from "../model/types.js";

/** Who made a statement: "Thomas Süssli, Commander-in-Chief…", "Parliament of Romania", "Romania's parliament". @internal */
export function speakerNamer(dataset: Dataset, namer: Namer): (speaker: Speaker) => string {
  const persons = new Map(dataset.persons.map((person) => [person.id, person]));
  const institutions = new Map(dataset.institutions.map((institution) => [institution.id, institution]));
  return (speaker) => {
    const person = speaker.person === undefined ? undefined : persons.get(speaker.person);
    const office = person?.offices.find((entry) => entry.institution === speaker.institution);
    if (person !== undefined && office !== undefined) return `${person.name}, ${office.title}`;
    const institution = institutions.get(speaker.institution);
    // The parser checks that a speaker's institution exists and that its person holds an
    // office there; data built without the parser still gets a name rather than a crash.
    /* v8 ignore next */
    if (institution === undefined || person !== undefined) return person?.name ?? speaker.institution;
    return institution.name ?? `${namer.possessive(institution.actor)} ${institution.kind.replace(/-/g, " ")}`;
  };
}

