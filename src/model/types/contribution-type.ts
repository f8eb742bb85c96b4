/**
 * A dataset's own contribution type, namespaced (`ns:name`) under a built-in or declared parent.
 *
 * @category Model
 */
export interface ContributionType {
  /** Its namespaced id, e.g. `kiel:howitzers`. */
  readonly id: string;
  /** The broader type it counts towards. */
  readonly parent?: string | undefined;
  /** Its display label. */
  readonly label: string;
  /** What it covers. */
  readonly description?: string | undefined;
}
