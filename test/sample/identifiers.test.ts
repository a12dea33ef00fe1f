import { checkCreditCode } from "../../src/engine/creditCode";
import { makeCreditCode, makeResidentId, orgCodeCheckChar, withWrongCheckChar } from "../../scripts/identifiers";

test("organisation code check character: the example of GB 11714, D2143569-X", () => {
  expect(orgCodeCheckChar("D2143569")).toBe("X");
});

test("credit code: the example of GB 32100, 91350100M000100Y43, rebuilt from its parts", () => {
  expect(makeCreditCode("91", "350100", "M000100Y")).toBe("91350100M000100Y43");
});

test("a generated credit code passes the product's own check and carries its division", () => {
  const code = makeCreditCode("91", "320707", "MA1MX4T2");
  expect(checkCreditCode(code)).toEqual({ ok: true, code, division: "320707" });
});

test("a wrong check character fails the check, and only the check", () => {
  const code = makeCreditCode("12", "320706", "46628803");
  expect(checkCreditCode(withWrongCheckChar(code))).toEqual({ ok: false, problem: "check" });
});

test("resident ID: the example of GB 11643, 11010519491231002X", () => {
  expect(makeResidentId("110105", "19491231", "002")).toBe("11010519491231002X");
});
