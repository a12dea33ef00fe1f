/** Bytes for the core, the same in every host: text codings, joining, and the codec (inflate, deflate, hashes). */
export * from "./bytes";
export * from "./text";
export * from "./codec";
export * from "./byteRun";
