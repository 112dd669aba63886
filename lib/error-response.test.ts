import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { describeError } from "@/lib/error-response";

describe("describeError", () => {
  it("turns a zod error into a 400 naming the field", () => {
    const result = z.object({ limit: z.number().max(100) }).safeParse({ limit: 500 });
    const { status, body } = describeError(result.error);
    expect(status).toBe(400);
    expect(body.error).toMatch(/^limit: /);
    expect(body.fields?.limit?.[0]).toMatch(/100/);
  });

  it("keeps a domain error's status, message and headers", () => {
    const { status, body, headers } = describeError(new DomainError("slow down", 429, { "Retry-After": "60" }));
    expect([status, body.error, headers["Retry-After"]]).toEqual([429, "slow down", "60"]);
  });

  it("hides anything else behind a 500 without its details", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const { status, body } = describeError(new Error("SQLITE_CORRUPT at /secret/path"));
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toContain("secret");
    expect(log).toHaveBeenCalledOnce();
  });
});
