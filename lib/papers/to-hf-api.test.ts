import { describe, expect, it } from "vitest";
import { importedPaperSchema } from "@/lib/papers/import/normalize";
import { readHfApi } from "@/lib/papers/import/formats/hf-api";
import { makeTestPaperView } from "@/lib/papers/make-test-paper";
import { toPaper } from "@/lib/papers/paper";
import { toHfDailyItem } from "@/lib/papers/to-hf-api";
import type { Paper as PaperRow } from "@/lib/generated/prisma/client";

const row = (overrides: Partial<PaperRow>) => ({ ...makeTestPaperView(), ...overrides }) as PaperRow;

describe("toHfDailyItem", () => {
  it("answers in field names that the Hugging Face importer reads back unchanged", () => {
    const fields = {
      id: "2601.00042",
      title: "A <script> & a title",
      authors: ["Ada Lovelace", "Grace Hopper"],
      dailyDate: "2026-01-02",
      upvotes: 12,
      githubRepo: "https://github.com/example/x",
      submittedBy: "ada",
      aiKeywords: ["engines"],
    };
    const paper = toPaper(row({ ...fields, submitterFullname: "Ada Lovelace" }));
    const json = JSON.parse(JSON.stringify([toHfDailyItem(paper)]));
    const [record] = readHfApi(json);
    expect(importedPaperSchema.parse(record.fields)).toMatchObject({ ...fields, submitterFullname: "Ada Lovelace" });
  });
});
