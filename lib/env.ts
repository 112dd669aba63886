import { z } from "zod";

/** `count/window` (e.g. `5/10m`, `3/1d`) or `off`, parsed into a limit or null. */
const rateLimit = z
  .string()
  .trim()
  .regex(/^(off|\d+\/\d+[smhd])$/, "expected count/window such as 5/10m, or off")
  .transform((value) => {
    if (value === "off") return null;
    const [count, window] = value.split("/");
    const unit = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[window.slice(-1) as "s"];
    return { count: Number(count), windowMs: Number(window.slice(0, -1)) * unit };
  });

const optionalUrl = z.preprocess((v) => (v === "" ? undefined : v), z.url().optional());

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    // PostgreSQL is planned (DESIGN.md) but has no migrations or client yet: say so up front.
    .regex(/^file:/, "expected file:<path to a SQLite file>; PostgreSQL is not supported yet")
    .default("file:./var/daily-papers.db"),
  SITE_URL: z.url().default("http://127.0.0.1:3000"),
  SMTP_URL: optionalUrl.refine(
    (url) => url === undefined || /^smtps?:$/.test(new URL(url).protocol),
    "expected smtp:// or smtps://",
  ),
  MAIL_FROM: z.string().min(3).default("Daily Papers <digest@localhost>"),
  OUTBOX_DIR: z.string().default("var/outbox"),
  DIGEST_CRON: z.string().default("0 8 * * *"),
  WEEKLY_DIGEST_CRON: z.string().default("0 8 * * 1"),
  DIGEST_TZ: z.string().default("UTC"),
  DIGEST_TOP_N: z.coerce.number("must be a number").int().min(1).max(50).default(10),
  DIGEST_RATE_PER_SECOND: z.coerce.number("must be a number").positive().default(10),
  DIGEST_MAX_ATTEMPTS: z.coerce.number("must be a number").int().min(1).max(20).default(5),
  SECRET: z.string().min(16, "must be at least 16 characters").default("dev-only-secret-change-me-in-production"),
  PORT: z.coerce.number("must be a number").int().min(1).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  RATE_LIMIT_SIGNUP: rateLimit.prefault("5/10m"),
  RATE_LIMIT_CONFIRM_MAIL: rateLimit.prefault("3/1d"),
  SUPPRESS_ERASED_ADDRESSES: z
    .enum(["true", "false"], "expected true or false")
    .default("true")
    .transform((value) => value === "true"),
});

export type Env = z.infer<typeof schema>;

/** A variable has an invalid value; the message names each one. */
export class EnvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EnvError";
  }
}

/** Parses an environment, throwing one line that names each invalid variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  throw new EnvError(`Invalid environment: ${problems.join("; ")}`);
}

let cached: Env | undefined;

/** The process environment, parsed once. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
