/**
 * Greek and Cyrillic letters (and a Coptic one) that look like a Latin letter or a digit, mapped to it: the
 * single-character entries of Unicode's confusables data (https://www.unicode.org/Public/security/latest/
 * confusables.txt, type MA) whose source is a Greek, Coptic or Cyrillic letter and whose target is one Latin
 * letter or digit. Where the data maps a capital that looks like Latin I to "l" (its skeleton for I), it is
 * mapped to "I" here: identifiers are compared case-folded, and Latin I is not folded to l.
 */
export const CONFUSABLE_LETTERS: ReadonlyMap<string, string> = new Map([
  // Greek and Coptic
  ["\u037F", "J"], ["\u0391", "A"], ["\u0392", "B"], ["\u0395", "E"], ["\u0396", "Z"], ["\u0397", "H"], ["\u0399", "I"],
  ["\u039A", "K"], ["\u039C", "M"], ["\u039D", "N"], ["\u039F", "O"], ["\u03A1", "P"], ["\u03A4", "T"], ["\u03A5", "Y"],
  ["\u03A7", "X"], ["\u03B1", "a"], ["\u03B3", "y"], ["\u03B9", "i"], ["\u03BD", "v"], ["\u03BF", "o"], ["\u03C1", "p"],
  ["\u03C3", "o"], ["\u03C5", "u"], ["\u03D2", "Y"], ["\u03DC", "F"], ["\u03E8", "2"], ["\u03F1", "p"], ["\u03F2", "c"],
  ["\u03F3", "j"], ["\u03F9", "C"], ["\u03FA", "M"],
  // Cyrillic
  ["\u0405", "S"], ["\u0406", "I"], ["\u0408", "J"], ["\u0410", "A"], ["\u0412", "B"], ["\u0415", "E"], ["\u0417", "3"],
  ["\u041A", "K"], ["\u041C", "M"], ["\u041D", "H"], ["\u041E", "O"], ["\u0420", "P"], ["\u0421", "C"], ["\u0422", "T"],
  ["\u0423", "Y"], ["\u0425", "X"], ["\u042C", "b"], ["\u0430", "a"], ["\u0431", "6"], ["\u0433", "r"], ["\u0435", "e"],
  ["\u043E", "o"], ["\u0440", "p"], ["\u0441", "c"], ["\u0443", "y"], ["\u0445", "x"], ["\u0455", "s"], ["\u0456", "i"],
  ["\u0458", "j"], ["\u0461", "w"], ["\u0474", "V"], ["\u0475", "v"], ["\u04AE", "Y"], ["\u04AF", "y"], ["\u04BB", "h"],
  ["\u04BD", "e"], ["\u04C0", "I"], ["\u04CF", "i"], ["\u051C", "W"], ["\u051D", "w"],
]);
