/**
 * `T` with every property and element readonly, all the way down: the shape of
 * parsed data, which the library freezes and never mutates.
 *
 * @category Model
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer Element)[]
    ? T extends readonly [unknown, ...unknown[]]
      ? { readonly [Index in keyof T]: DeepReadonly<T[Index]> }
      : readonly DeepReadonly<Element>[]
    : T extends object
      ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
      : T;
