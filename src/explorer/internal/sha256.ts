// SHA-256 (FIPS 180-4) of a text's UTF-8 bytes, in base64: what a Content-Security-Policy
// names an inline script or style by ('sha256-…'). Written out here because the page is
// rendered synchronously, in Node and in browsers alike, and the platforms' own digests are
// either Node-only (node:crypto) or asynchronous (crypto.subtle). tests/explorer checks it
// against node:crypto.

// The round constants, made on first use.
let K: Uint32Array | undefined;

/** The SHA-256 digest of `text` (encoded as UTF-8), in base64. */
export function sha256Base64(text: string): string {
  return base64(sha256(new TextEncoder().encode(text)));
}

function sha256(message: Uint8Array): Uint8Array {
  // The message, a 1 bit, zeros, and its length in bits as 64 bits: a multiple of 64 bytes.
  const length = Math.ceil((message.length + 9) / 64) * 64;
  const padded = new Uint8Array(length);
  padded.set(message);
  padded[message.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bits = message.length * 8;
  view.setUint32(length - 8, Math.floor(bits / 2 ** 32));
  view.setUint32(length - 4, bits >>> 0);

  // The first 32 bits of the fractional parts of the square roots of the first 8 primes.
  const hash = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const k = (K ??= roundConstants());
  const w = new Uint32Array(64);
  for (let block = 0; block < length; block += 64) {
    for (let t = 0; t < 16; t++) w[t] = view.getUint32(block + t * 4);
    for (let t = 16; t < 64; t++) {
      const s0 = rotr(w[t - 15]!, 7) ^ rotr(w[t - 15]!, 18) ^ (w[t - 15]! >>> 3);
      const s1 = rotr(w[t - 2]!, 17) ^ rotr(w[t - 2]!, 19) ^ (w[t - 2]! >>> 10);
      w[t] = w[t - 16]! + s0 + w[t - 7]! + s1;
    }
    let [a, b, c, d, e, f, g, h] = hash as unknown as [number, number, number, number, number, number, number, number];
    for (let t = 0; t < 64; t++) {
      const t1 = (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + k[t]! + w[t]!) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    hash[0]! += a;
    hash[1]! += b;
    hash[2]! += c;
    hash[3]! += d;
    hash[4]! += e;
    hash[5]! += f;
    hash[6]! += g;
    hash[7]! += h;
  }
  const digest = new Uint8Array(32);
  const out = new DataView(digest.buffer);
  hash.forEach((word, index) => out.setUint32(index * 4, word));
  return digest;
}

function rotr(value: number, by: number): number {
  return (value >>> by) | (value << (32 - by));
}

/** The first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
function roundConstants(): Uint32Array {
  const constants = new Uint32Array(64);
  let found = 0;
  for (let candidate = 2; found < 64; candidate++) {
    let prime = true;
    for (let divisor = 2; divisor * divisor <= candidate; divisor++) if (candidate % divisor === 0) prime = false;
    if (!prime) continue;
    const root = Math.cbrt(candidate);
    constants[found++] = Math.floor((root - Math.floor(root)) * 2 ** 32);
  }
  return constants;
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Base64 with its `=` padding: the bytes padded with zeros to whole groups of three, the padding's letters then replaced by `=`. */
function base64(bytes: Uint8Array): string {
  const whole = new Uint8Array(Math.ceil(bytes.length / 3) * 3);
  whole.set(bytes);
  let out = "";
  for (let i = 0; i < whole.length; i += 3) {
    const triple = (whole[i]! << 16) | (whole[i + 1]! << 8) | whole[i + 2]!;
    out += ALPHABET[triple >>> 18]! + ALPHABET[(triple >>> 12) & 63]! + ALPHABET[(triple >>> 6) & 63]! + ALPHABET[triple & 63]!;
  }
  const padding = whole.length - bytes.length;
  return out.slice(0, out.length - padding) + "=".repeat(padding);
}
