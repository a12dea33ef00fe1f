/** CLAUSE and CAP: what the policy data says about an item, read from src/policy. */
import { citeClause, clauseNote } from "../engine";
import { CAP_GROUPS } from "../policy";
import type { CellArg } from "./args";
import { itemArg } from "./award";
import { notAvailable, success, type FnResult } from "./result";

/** LYGIP.CLAUSE: "第（七）条 知识产权质押融资贷款利息及评估等服务费用补助". */
export function clauseOf(item: CellArg): FnResult<string> {
  const r = itemArg(item);
  return r.ok ? success(`${citeClause(r.value.clause, "zh")} ${r.value.name}`) : r;
}

/** LYGIP.CAP: the annual cap of the item's group in 元; #N/A where the clause sets none. */
export function capOf(item: CellArg): FnResult<number> {
  const r = itemArg(item);
  if (!r.ok) return r;
  const group = r.value.capGroup;
  if (!group) return notAvailable(`「${r.value.name}」${clauseNote(r.value.clause, "zh")}没有年度资助上限`);
  return success(Number(CAP_GROUPS[group].amount));
}
