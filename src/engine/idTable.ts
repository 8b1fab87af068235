/**
 * A plain-object table keyed by ids from a design (node views, relations), without a prototype: an id such as
 * "constructor" or "__proto__" then reads and writes its own entry only, never Object.prototype (issue 19: a node
 * "__proto__" replaced a frame's prototype and emptied the page). Validation refuses such ids; this keeps the
 * tables safe whatever reaches them. Copies the given tables into it, later ones winning.
 */
export function idTable<T>(...sources: ReadonlyArray<Readonly<Record<string, T>>>): Record<string, T> {
  const table = Object.create(null) as Record<string, T>;
  // Own keys copied one by one: Object.assign would do the same, but this says that "__proto__" is just a key here.
  for (const source of sources) for (const key of Object.keys(source)) table[key] = source[key]!;
  return table;
}
