import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("gives a fresh clone working defaults", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe("file:./var/daily-papers.db");
    expect(env.PORT).toBe(3000);
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.RATE_LIMIT_SIGNUP).toEqual({ count: 5, windowMs: 10 * 60_000 });
    expect(env.RATE_LIMIT_CONFIRM_MAIL).toEqual({ count: 3, windowMs: 86_400_000 });
  });

  it("reads rate limits, including off", () => {
    expect(parseEnv({ RATE_LIMIT_SIGNUP: "off" }).RATE_LIMIT_SIGNUP).toBeNull();
    expect(parseEnv({ RATE_LIMIT_SIGNUP: "20/30s" }).RATE_LIMIT_SIGNUP).toEqual({ count: 20, windowMs: 30_000 });
  });

  it.each([
    [{ PORT: "eighty" }, "PORT: must be a number"],
    [{ SMTP_URL: "http://mail.example.org" }, "SMTP_URL: expected smtp:// or smtps://"],
    [{ DATABASE_URL: "postgresql://db/papers" }, "DATABASE_URL: expected file:<path to a SQLite file>"],
    [{ RATE_LIMIT_SIGNUP: "lots" }, "RATE_LIMIT_SIGNUP: expected count/window such as 5/10m, or off"],
    [{ SECRET: "short" }, "SECRET: must be at least 16 characters"],
  ])("fails on %o with one line naming the variable", (source, message) => {
    expect(() => parseEnv(source)).toThrow(message);
    try {
      parseEnv(source);
    } catch (error) {
      expect((error as Error).message).not.toContain("\n");
    }
  });
});
