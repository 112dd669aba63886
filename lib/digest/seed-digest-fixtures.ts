// Test fixtures for digest tests: papers on a day and subscribers in every state.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export interface PaperSeed {
  id?: string;
  title?: string;
  summary?: string;
  upvotes?: number;
  aiSummary?: string | null;
}

let sequence = 0;

/** Papers featured on `date`; upvotes default to descending order of the list. */
export async function seedPapers(db: PrismaClient, date: string, papers: PaperSeed[]): Promise<string[]> {
  const ids: string[] = [];
  for (const [index, paper] of papers.entries()) {
    const id = paper.id ?? `2612.${String(10000 + sequence++).padStart(5, "0")}`;
    await db.paper.create({
      data: {
        id,
        title: paper.title ?? `Paper ${id} on ${date}`,
        summary: paper.summary ?? `We study problem ${id}. Results are good. More detail follows.`,
        authors: ["Ada Lovelace", "Alan Turing", "Grace Hopper", "Edsger Dijkstra"],
        publishedAt: new Date(`${date}T00:00:00Z`),
        dailyDate: date,
        upvotes: paper.upvotes ?? 100 - index,
        aiSummary: paper.aiSummary ?? null,
        githubRepo: index === 0 ? "https://github.com/example/code" : null,
      },
    });
    ids.push(id);
  }
  return ids;
}

export interface SubscriberSeed {
  email: string;
  status?: "pending" | "active" | "unsubscribed";
  frequency?: "daily" | "weekly";
  topics?: string[];
}

export async function seedSubscribers(db: PrismaClient, subscribers: SubscriberSeed[]): Promise<string[]> {
  const ids: string[] = [];
  for (const subscriber of subscribers) {
    const row = await db.subscriber.create({
      data: {
        email: subscriber.email,
        emailKey: subscriber.email.toLowerCase(),
        status: subscriber.status ?? "active",
        frequency: subscriber.frequency ?? "daily",
        topics: subscriber.topics ?? [],
        consentAt: new Date("2026-11-01T00:00:00Z"),
        consentTextVersion: "test",
        confirmedAt: subscriber.status === "pending" ? null : new Date("2026-11-01T00:00:00Z"),
      },
    });
    ids.push(row.id);
  }
  return ids;
}

export const activeReaders = (count: number, prefix = "reader") =>
  Array.from({ length: count }, (_, i) => ({ email: `${prefix}${String(i).padStart(3, "0")}@example.org` }));
