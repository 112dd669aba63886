import { z } from "zod";

/** A whole-number query parameter within bounds, with messages that name it. */
export const wholeNumberParam = (name: string, min: number, max: number) =>
  z.coerce
    .number(`${name} must be a number`)
    // Range first: a huge number should be told it is too big, not that it is not whole.
    .max(max, `${name} must be at most ${max}`)
    .min(min, `${name} must be at least ${min}`)
    .int(`${name} must be a whole number`);
