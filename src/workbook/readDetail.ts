/** The reader's details are codes of the engine's, worded by its catalog: the reader names them from here. */
export type { ReadDetail, XmlProblem } from "../engine/readDetail";
export { readDetailText } from "../engine/catalog/readDetail";
