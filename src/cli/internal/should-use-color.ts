/** The environment variables that decide colour. */
export type ColorEnv = Readonly<Record<string, string | undefined>>;

/**
 * Whether to colour output written to `stream`: only on a terminal, and never when
 * `NO_COLOR` is set and not empty (https://no-color.org) or `TERM` is `dumb`. `FORCE_COLOR`
 * overrides all of that, as in Node itself: any value but `0` or `false` turns colour on
 * (even when piped), and those two turn it off.
 */
export function shouldUseColor(stream: { readonly isTTY?: boolean | undefined }, env: ColorEnv): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.TERM === "dumb") return false;
  return stream.isTTY === true;
}
