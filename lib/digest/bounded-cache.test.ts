import { describe, expect, it } from "vitest";
import { createBoundedCache } from "@/lib/digest/bounded-cache";

describe("createBoundedCache", () => {
  it("reuses a result by key and forgets the least recently used beyond its limit", async () => {
    const made: string[] = [];
    const cached = createBoundedCache<string>(2);
    const get = (key: string) => cached(key, async () => (made.push(key), key.toUpperCase()));
    expect(await get("a")).toBe("A");
    await get("b");
    await get("a"); // a is now the most recent
    await get("c"); // evicts b
    await get("a");
    await get("b");
    expect(made).toEqual(["a", "b", "c", "b"]);
  });
});
