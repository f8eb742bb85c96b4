/** The exit codes of the `coalition` command, as documented in its help. */
export const EXIT = {
  ok: 0,
  /** A dataset has problems (validate), or a report's input dataset is invalid. */
  invalidDataset: 1,
  /** The command line itself is wrong: unknown command or option, bad value. */
  usage: 2,
  /** A file is missing, unreadable or not JSON. */
  unreadable: 3,
  /** A failure of the command itself (a bug, or output that cannot be written); EX_SOFTWARE. */
  internal: 70,
} as const;
