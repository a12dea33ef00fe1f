/**
 * Why an annotated copy could not be written. The message is Chinese first, then English, and names the
 * place (sheet, cell, part) and what was found, so the command line can show it as it is.
 */
export type AnnotateProblem =
  /** The plan's sheet is not in the workbook. */
  | "sheet-missing"
  /** A result cell would replace something the applicant wrote. */
  | "cell-occupied"
  /** A part of the workbook has a shape the writer cannot edit safely. */
  | "bad-part"
  /** The copy would be beyond what lygip itself reads (so it could not be checked again), or off Excel's grid. */
  | "limits";

export class AnnotateError extends Error {
  constructor(
    readonly problem: AnnotateProblem,
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
    this.name = "AnnotateError";
  }
}
