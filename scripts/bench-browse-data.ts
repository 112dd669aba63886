// Synthetic papers with a Zipf-like vocabulary, so index sizes and posting lists look like
// real abstracts: a few very common words, a long tail of rare ones.
const COMMON = (
  "the of and to in we a for is that on with this our by are as from an model learning language data " +
  "training neural models performance large results method network based tasks reasoning show approach " +
  "attention diffusion graph vision policy inference benchmark agents robot image video generation"
).split(" ");

const SYLLABLES = "ka lo mi nu pe ra si to vu xe za bo ce di fa gu hi jo ki le mo ne po qu re sa te".split(" ");
const FIRST =
  "Ada Alan Grace Barbara Claude Donald Edsger Frances John Katherine Leslie Margaret Niklaus Radia Tim Yann Fei Andrew Geoffrey Yoshua".split(
    " ",
  );
const LAST =
  "Lovelace Turing Hopper Liskov Shannon Knuth Dijkstra Allen McCarthy Johnson Lamport Hamilton Wirth Perlman Berners Lecun Li Ng Hinton Bengio".split(
    " ",
  );

/** A deterministic pseudo-random source, so every run benchmarks the same data. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function buildVocabulary(random: () => number, size = 30_000): string[] {
  const words = new Set(COMMON);
  while (words.size < size) {
    const syllables = 2 + Math.floor(random() * 3);
    words.add(Array.from({ length: syllables }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(""));
  }
  return [...words];
}

/** Picks word ranks with probability ~ 1/rank. */
export function zipfPicker(random: () => number, size: number) {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) cumulative[rank] = total += 1 / (rank + 1);
  return () => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid] < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

export function makeAuthor(random: () => number): string {
  const pick = (list: string[]) => list[Math.floor(random() * list.length)];
  return `${pick(FIRST)} ${pick(LAST)}${random() < 0.5 ? ` ${pick(SYLLABLES)}${pick(SYLLABLES)}` : ""}`;
}
