/** What the hosts' React pages share: their look, never a host's state or words. */
export { Step } from "./Step";
export { Amount, Count, VERDICT_COLOURS } from "./figures";
export { Totals, type TotalsWords } from "./Totals";
