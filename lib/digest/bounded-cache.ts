/**
 * Memoizes async work by key, keeping the `limit` most recently used results. Readers with
 * the same topics share a selection and a rendered email; with many distinct topic lists
 * the cache must not grow with the subscriber count, so old entries drop out.
 */
export function createBoundedCache<T>(limit: number) {
  const entries = new Map<string, Promise<T>>();
  return (key: string, make: () => Promise<T>): Promise<T> => {
    let value = entries.get(key);
    if (value) {
      entries.delete(key); // re-inserted below: Map order is recency order
    } else {
      value = make();
    }
    entries.set(key, value);
    if (entries.size > limit) entries.delete(entries.keys().next().value!);
    return value;
  };
}
