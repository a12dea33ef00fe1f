/**
 * The LYGIP.* worksheet functions. Each is a thin shell: its JSDoc is the metadata (functions.json is
 * generated from it at build time, and the build registers each function under its id), its body hands the
 * arguments to the modules beside it, which call the engine and the policy data.
 *
 * Optional arguments are declared with `?` and never given TypeScript defaults: Excel passes null (web) or
 * 0 (desktop) for them, never undefined, so a default would not fire (see ./args.ts).
 */
import { approveTable } from "./approve";
import { explainAward, ipAward, loanSubsidy } from "./award";
import { creditCodeValid } from "./creditCode";
import { daxie as toDaxie } from "./daxie";
import { capOf, clauseOf } from "./lookup";
import { unwrap } from "./raise";


/**
 * Eligible amount (yuan, to the fen) of one application row under its clause, before caps across rows; a single row is never above its group's annual cap. The arguments follow the template's columns (支持事项 to 补助比例), so =LYGIP.IPAWARD(F2,G2,H2,I2,J2,K2,L2) fills down and across.
 * @customfunction IPAWARD
 * @helpurl https://localhost:3000/README.md#lygip-ipaward
 * @param item Item: code (PLEDGE_LOAN), Chinese name or alias.
 * @param [level] Level or variant, where the item has them (国家级, 省级, 示范企业, 高级 …).
 * @param [quantity] Quantity: certificates, patents, licences, cases or persons; blank means 1 where the item is not counted.
 * @param [base] Base in yuan: provincial award funds, loan interest, premium, enforcement costs or agency fees.
 * @param [months] Months the loan interest covers (pledge loans): only one year of interest counts.
 * @param [fees] Evaluation and other service fees in yuan (pledge loans).
 * @param [rate] Rate set by a yearly notice, as a fraction (0.25); at most the clause's rate, which applies when blank.
 * @returns Eligible amount in yuan.
 */
export function ipaward(
  item: string,
  level?: string,
  quantity?: number,
  base?: number,
  months?: number,
  fees?: number,
  rate?: number,
): number {
  return unwrap(ipAward({ item, quantity, base, level, months, fees, rate }));
}

/**
 * Pledge-loan interest subsidy of one loan under clause (7): one year's interest at most, plus service fees, times the clause's rate, within the annual cap.
 * @customfunction LOANSUBSIDY
 * @helpurl https://localhost:3000/README.md#lygip-loansubsidy
 * @param interest Loan interest paid, in yuan.
 * @param months Months the interest covers.
 * @param [fees] Evaluation and other service fees in yuan.
 * @param [rate] Rate set by a yearly notice, as a fraction; at most the clause's rate, which applies when blank.
 * @returns Subsidy in yuan.
 */
export function loansubsidy(interest: number, months: number, fees?: number, rate?: number): number {
  return unwrap(loanSubsidy(interest, months, fees, rate));
}

/**
 * The calculation of one row as text, with its clause; the same arguments as IPAWARD.
 * @customfunction EXPLAIN
 * @helpurl https://localhost:3000/README.md#lygip-explain
 * @param item Item: code, Chinese name or alias.
 * @param [level] Level or variant, where the item has them.
 * @param [quantity] Quantity (certificates, patents, licences, cases or persons).
 * @param [base] Base in yuan.
 * @param [months] Loan months (pledge loans).
 * @param [fees] Service fees in yuan (pledge loans).
 * @param [rate] Rate set by a yearly notice, as a fraction.
 * @returns The calculation and its clause.
 */
export function explain(
  item: string,
  level?: string,
  quantity?: number,
  base?: number,
  months?: number,
  fees?: number,
  rate?: number,
): string {
  return unwrap(explainAward({ item, quantity, base, level, months, fees, rate }));
}

/**
 * The item's clause number and Chinese name.
 * @customfunction CLAUSE
 * @helpurl https://localhost:3000/README.md#lygip-clause
 * @param item Item: code, Chinese name or alias.
 * @returns Clause and name.
 */
export function clause(item: string): string {
  return unwrap(clauseOf(item));
}

/**
 * Annual cap in yuan of the item's cap group, per unit per application year; #N/A where the item has none.
 * @customfunction CAP
 * @helpurl https://localhost:3000/README.md#lygip-cap
 * @param item Item: code, Chinese name or alias.
 * @returns Annual cap in yuan.
 */
export function cap(item: string): number {
  return unwrap(capOf(item));
}

/**
 * Approvable amount of every row of an application table, as lygip check approves it: the same header finding, cell reading and rules across rows (duplicates, one-time and two-year awards, full tens per unit and year, shared loan months, running annual caps in sheet order). Spills one value per row of the range.
 * @customfunction APPROVE
 * @helpurl https://localhost:3000/README.md#lygip-approve
 * @param table The application table with its header row, e.g. A1:R200.
 * @param column Which result to spill: 可核定金额 (blank), 待核实金额, 核减金额 or 审核结论.
 * @returns One value per data row; the heading on the header row.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function approveRows(table: any[][], column?: string): any[][] {
  return unwrap(approveTable(table, column ?? null));
}

/**
 * An amount in Chinese financial capitals (RMB daxie), e.g. 壹拾万元整.
 * @customfunction DAXIE
 * @helpurl https://localhost:3000/README.md#lygip-daxie
 * @param amount Amount in yuan, at most two decimals.
 * @returns The amount in capitals.
 */
export function daxie(amount: number): string {
  return unwrap(toDaxie(amount));
}

/**
 * TRUE where a unified social credit code (GB 32100-2015) is well formed and its check character is right.
 * @customfunction CREDITCODE
 * @helpurl https://localhost:3000/README.md#lygip-creditcode
 * @param code The 18-character code.
 * @returns Whether the code is valid.
 */
export function creditcode(code: string): boolean {
  return unwrap(creditCodeValid(code));
}
