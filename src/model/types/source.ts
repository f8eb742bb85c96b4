import type { PartialDate } from "../partial-date.js";
import type { SourceKind } from "../source-kinds.js";

/**
 * Where records come from. Every commitment, position, event and membership names one.
 *
 * @category Model
 */
export interface Source {
  /** Its id, which records name in their `sources`. */
  readonly id: string;
  /** What kind of source it is, from the most authoritative to the least. */
  readonly kind: SourceKind;
  /** Who first published it: Bloomberg, the UK Government. */
  readonly publisher: string;
  /** The outlet that relayed it, where it is not the publisher. */
  readonly outlet?: string | undefined;
  /** Its title. */
  readonly title?: string | undefined;
  /** The day, month or year it was published. */
  readonly date: PartialDate;
  /** Where to read it. */
  readonly url?: string | undefined;
  /** A local copy of the document, e.g. a path in shared/sources. */
  readonly document?: string | undefined;
  /** Why the record is as it is, where the source is vague. */
  readonly note?: string | undefined;
}
