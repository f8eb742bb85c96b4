// Numbers for ids, looked up by a table of the library's own rather than a `Map`.
/**
 * The position of each of `ids` (distinct), by id: an open-addressing table that
 * hashes ids itself. Each atom about another actor's commitment looks its actor up; on a
 * million commitments that is a million lookups in a table of a hundred thousand ids,
 * and a `Map` there costs several cache misses each (its chains hold two entries a
 * bucket, and telling two strings apart reads both): here a lookup reads the id, one
 * slot of a table kept under half full, and the id at the position found.
 * @internal
 */
export function numberTable(ids: readonly string[]): NumberTable {
  let size = 16;
  while (size < ids.length * 2.5) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size);
  const hash = (text: string, from: number): number => {
    let h = 0x811c9dc5;
    for (let c = from; c < text.length; c++) h = Math.imul(h ^ text.charCodeAt(c), 0x01000193);
    return h & mask;
  };
  for (let k = 0; k < ids.length; k++) {
    let at = hash(ids[k]!, 0);
    while (slots[at] !== 0) at = (at + 1) & mask;
    slots[at] = k + 1;
  }
  const find = (id: string): number => {
    for (let at = hash(id, 0); ; at = (at + 1) & mask) {
      const k = slots[at]! - 1;
      if (k < 0 || ids[k] === id) return k;
    }
  };
  const suffix = (text: string, from: number): number => {
    for (let at = hash(text, from); ; at = (at + 1) & mask) {
      const k = slots[at]! - 1;
      if (k < 0 || (ids[k]!.length === text.length - from && text.startsWith(ids[k]!, from))) return k;
    }
  };
  return Object.assign(find, { suffix });
}

/** A {@link numberTable}: the position of an id (-1 for none), or of the part of a text from a position on. @internal */
export interface NumberTable {
  (id: string): number;
  suffix(text: string, from: number): number;
}
