/** Words too common in abstracts to say what a paper is about; left out of "similar papers" queries. */
export const STOP_WORDS = new Set(
  (
    "a about above after again against all also am an and any are as at be because been before being below between " +
    "both but by can could did do does doing down during each few for from further had has have having he her here " +
    "hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other " +
    "our ours out over own same she should so some such than that the their theirs them then there these they this " +
    "those through to too under until up very was we were what when where which while who whom why will with would " +
    "you your via using use used uses based new propose proposed proposes present presents paper show shows shown " +
    "approach approaches method methods result results work existing however demonstrate demonstrates significantly " +
    "across well including many one two three first while whereas thus therefore achieve achieves achieving " +
    "furthermore moreover recent recently specifically different various extensive experiments experimental code " +
    "available https github com www et al e g i e"
  ).split(/\s+/),
);
