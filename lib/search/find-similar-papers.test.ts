import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTestPaper } from "@/lib/papers/make-test-paper";
import { toPaper } from "@/lib/papers/paper";
import { countTerms, findSimilarPapers } from "@/lib/search/find-similar-papers";
import { createTestDb } from "@/lib/testing/test-db";

const testDb = createTestDb();
const db = testDb.db;

const topics = [
  ["Protein folding with diffusion", "We fold proteins using a diffusion model over residue coordinates."],
  ["Diffusion for protein structure design", "Designing protein structures with diffusion over residues."],
  ["Protein language models", "Language models trained on protein sequences predict structure."],
  ["Sparse attention for long documents", "Attention patterns that read long documents cheaply."],
  ["Speech recognition in noisy rooms", "Robust speech recognition with noisy microphones."],
  ["Reinforcement learning for robot grasping", "Robots learn grasping by trial and error."],
];

beforeAll(async () => {
  await db.paper.createMany({
    data: topics.map(([title, summary], i) => makeTestPaper({ id: `2602.0000${i}`, title, summary })),
  });
});
afterAll(() => testDb.cleanup());

describe("findSimilarPapers", () => {
  it("puts papers on the same topic first and never the paper itself", async () => {
    const paper = toPaper((await db.paper.findUnique({ where: { id: "2602.00000" } }))!);
    const similar = await findSimilarPapers(db, paper, { limit: 3 });
    expect(similar.map((p) => p.id)).toEqual(["2602.00001", "2602.00002"]);
  });

  it("finds nothing for a paper that shares no telling word with any other", async () => {
    const paper = toPaper((await db.paper.findUnique({ where: { id: "2602.00004" } }))!);
    expect(await findSimilarPapers(db, paper)).toEqual([]);
  });

  it("counts stemmed terms, title words double, leaving out stop words", () => {
    const { counts } = countTerms("Sparse Attention", "We propose attention that is sparse and fast.");
    expect(Object.fromEntries(counts)).toEqual({ spars: 3, attent: 3, fast: 1 });
  });

  it("ranks by cosine, so a paper sharing the rarer words beats one sharing a common word", async () => {
    const paper = toPaper((await db.paper.findUnique({ where: { id: "2602.00001" } }))!);
    const similar = await findSimilarPapers(db, paper, { limit: 2 });
    expect(similar[0].id).toBe("2602.00000");
  });

  it("copes with abstracts that are only symbols or FTS syntax", async () => {
    const paper = toPaper(makeTestPaper({ title: "*** ((", summary: '" AND OR NEAR(' }) as never);
    await expect(findSimilarPapers(db, { ...paper, authors: [] })).resolves.toEqual(expect.any(Array));
  });
});
