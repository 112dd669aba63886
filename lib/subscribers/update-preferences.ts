import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { frequencySchema, topicsSchema } from "@/lib/subscribers/signup-input";

export const preferencesSchema = z.strictObject({ frequency: frequencySchema, topics: topicsSchema.default([]) });
export type Preferences = z.infer<typeof preferencesSchema>;

/** Changes how often and about what a subscriber hears; false when the subscriber is gone. */
export async function updatePreferences(db: PrismaClient, subscriberId: string, preferences: Preferences) {
  const changed = await db.subscriber.updateMany({
    where: { id: subscriberId },
    data: { frequency: preferences.frequency, topics: preferences.topics },
  });
  return changed.count === 1;
}
