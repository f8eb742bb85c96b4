/**
 * The offset of the first byte of `bytes` that does not begin a well-formed UTF-8
 * sequence (RFC 3629: no overlong form, no surrogate, nothing above U+10FFFF, nothing cut
 * short), or -1 when all of it is well formed. It agrees with a fatal `TextDecoder` on
 * whether the bytes decode, and says where they stop to. @internal
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const end = bytes.length;
  let i = 0;
  while (i < end) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // How many continuation bytes follow, and the range the first of them must be in.
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 2;
      if (lead === 0xe0) low = 0xa0; // no overlong form
      if (lead === 0xed) high = 0x9f; // no surrogate
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 3;
      if (lead === 0xf0) low = 0x90; // no overlong form
      if (lead === 0xf4) high = 0x8f; // nothing above U+10FFFF
    } else return i;
    if (i + length >= end) return i; // cut short by the end
    const second = bytes[i + 1] as number;
    if (second < low || second > high) return i;
    for (let k = 2; k <= length; k++) {
      const next = bytes[i + k] as number;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += length + 1;
  }
  return -1;
}
