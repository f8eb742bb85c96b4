// Every control character the library's sanitiser makes visible (src/internal/sanitize-text.ts),
// listed one by one rather than as its regular expression, so a test of the sanitiser or of
// an escaper built on it fails if one is left out.

/** C0 (tab and line breaks included), DEL and C1, the bidi controls, the line and paragraph separators. */
export const CONTROL_CODES: readonly number[] = [
  ...Array.from({ length: 0x20 }, (_, code) => code),
  ...Array.from({ length: 0xa0 - 0x7f }, (_, offset) => 0x7f + offset),
  0x061c, 0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
];
