/*
 * The layers above import the policy through this file. The engine's hot paths import the modules themselves
 * ("../policy/items"): under CommonJS every name re-exported here is a getter, called on each use, and the
 * cross-row rules read some of them once per row (measured: a twentieth of the check's time).
 */
export * from "./edition";
export * from "./items";
export * from "./caps";
export * from "./levels";
export * from "./districts";
export * from "./outcomes";
export * from "./conditions";
export * from "./lookup";
export * from "./normalise";
