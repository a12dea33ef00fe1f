export * from "./common";
export * from "./date";
export * from "./integer";
export * from "./money";
export * from "./rate";
export * from "./serial";
export * from "./text";
export * from "./year";
