export * from "./edition";
export * from "./items";
export * from "./caps";
export * from "./levels";
export * from "./districts";
export * from "./outcomes";
export * from "./lookup";
export * from "./normalise";
