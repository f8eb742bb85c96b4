import { constants } from "node:buffer";
import { CliError } from "./cli-error.js";
import { EXIT } from "./exit-codes.js";

const UNITS: Readonly<Record<string, number>> = { "": 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

/**
 * The value of `--max-bytes`: a whole number of bytes, or of KiB, MiB or GiB with a `K`,
 * `M` or `G` after it (`300M`), at least 1 and at most the longest text Node.js can hold
 * (a file is read as one string). @internal
 */
export function byteCount(text: string): number {
  const match = /^(\d{1,12})([KMG]?)$/i.exec(text);
  const bytes = match === null ? Number.NaN : Number(match[1]) * (UNITS[(match[2] as string).toUpperCase()] as number);
  if (!(bytes >= 1 && bytes <= constants.MAX_STRING_LENGTH)) {
    throw new CliError(
      `--max-bytes takes a number of bytes from 1 to ${constants.MAX_STRING_LENGTH} (the longest text Node.js holds), or of K, M or G (300M), not "${text}"`,
      EXIT.usage,
    );
  }
  return bytes;
}
