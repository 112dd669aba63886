import { describe, expect, it } from "vitest";
import { firstTwoSentences } from "@/lib/digest/two-sentences";

describe("firstTwoSentences", () => {
  it("keeps two sentences and drops the rest", () => {
    expect(firstTwoSentences("We propose Xformer. It beats Y by 3.5 points. We release code.")).toBe(
      "We propose Xformer. It beats Y by 3.5 points.",
    );
  });

  it("does not end a sentence at an abbreviation or an initial", () => {
    const text = "Following Vaswani et al. we use attention, e.g. Multi-head attention. It works! More here.";
    expect(firstTwoSentences(text)).toBe(
      "Following Vaswani et al. we use attention, e.g. Multi-head attention. It works!",
    );
    expect(firstTwoSentences("Work by J. Smith shows gains. Second one. Third.")).toBe(
      "Work by J. Smith shows gains. Second one.",
    );
  });

  it("keeps one long sentence when two do not fit, and cuts text with no sentence end at a word", () => {
    const first = `A ${"very ".repeat(40)}long opening sentence.`;
    expect(firstTwoSentences(`${first} ${"Another ".repeat(40)}one.`, 300)).toBe(first);
    expect(firstTwoSentences("word ".repeat(200), 50)).toMatch(/^(word ){9}word…$/);
  });

  it("folds whitespace and returns short text as it is", () => {
    expect(firstTwoSentences("  Short\n abstract without a period ")).toBe("Short abstract without a period");
  });
});
