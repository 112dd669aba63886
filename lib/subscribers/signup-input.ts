import { z } from "zod";

// CR and LF are how a value smuggles extra headers into a mail; no control character
// belongs in an address or a topic, so all of them are refused with a clear message.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
const noControlCharacters = (value: string) => !CONTROL_CHARACTERS.test(value);

/** Keeps the local part as typed (it may be case-sensitive) and lower-cases the domain. */
function lowerCaseDomain(address: string): string {
  const at = address.lastIndexOf("@");
  return address.slice(0, at) + address.slice(at).toLowerCase();
}

export const emailSchema = z
  .string({ error: (issue) => (issue.input === undefined ? "is required" : "must be a string") })
  .refine(noControlCharacters, "must not contain line breaks or control characters")
  .transform((value) => value.trim())
  .pipe(
    z
      .string()
      .min(1, "is required")
      .max(254, "must be at most 254 characters")
      .pipe(z.email({ error: "is not a valid email address" }))
      .refine((value) => value.indexOf("@") <= 64, "has a part before @ longer than 64 characters"),
  )
  .transform(lowerCaseDomain);

export const frequencySchema = z.enum(["daily", "weekly"], { error: "must be daily or weekly" });

const topicSchema = z
  .string({ error: "must be strings" })
  .refine(noControlCharacters, "must not contain line breaks or control characters")
  .transform((value) => value.trim().replace(/\s+/g, " "))
  .pipe(
    z
      .string()
      .min(1, "must not be empty")
      .max(50, "must be at most 50 characters each")
      // Forms send topics as one comma-separated text, so a comma cannot be part of one.
      .refine((topic) => !topic.includes(","), "must not contain commas"),
  );

/** Topic keywords, trimmed and without repeats (compared case-insensitively). */
export const topicsSchema = z
  .array(topicSchema, { error: "must be a list of keywords" })
  .max(20, "at most 20 topics")
  .transform((topics) => topics.filter((t, i) => topics.findIndex((u) => u.toLowerCase() === t.toLowerCase()) === i));

/** What someone subscribing sends; any other field is refused. */
export const signupSchema = z.strictObject(
  {
    email: emailSchema,
    frequency: frequencySchema.default("daily"),
    topics: topicsSchema.default([]),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown field ${issue.keys.map((key) => JSON.stringify(key)).join(", ")}`
        : "expected an object with an email field",
  },
);

export type SignupInput = z.infer<typeof signupSchema>;
export type Frequency = z.infer<typeof frequencySchema>;
