import { currentDataVersion } from "@/lib/papers/data-version";

// A day page holds up to 200 papers (~0.3 MB); most entries (search pages, papers) are far smaller.
const MAX_ENTRIES = 1_000;

let version: string | null = null;
const entries = new Map<string, Promise<unknown>>();

/**
 * Memoizes a read until the seed script next changes papers (the data version stamp),
 * so a popular page or API answer costs no query per request. Concurrent misses share
 * one load; failures are not kept; the least recently used entry goes first.
 */
export function cacheByDataVersion<T>(key: string, load: () => Promise<T>): Promise<T> {
  const now = currentDataVersion();
  if (now !== version) {
    entries.clear();
    version = now;
  }
  const hit = entries.get(key) as Promise<T> | undefined;
  if (hit) {
    entries.delete(key);
    entries.set(key, hit);
    return hit;
  }
  const loading = load();
  entries.set(key, loading);
  loading.catch(() => entries.get(key) === loading && entries.delete(key));
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return loading;
}
