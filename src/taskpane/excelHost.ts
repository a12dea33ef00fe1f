/**
 * The pane's host in Excel: each action is one Excel.run over the adapter in src/taskpane/excel. It joins
 * the two: the session (plain data, plans) below it never imports the adapter; the adapter renders plans.
 */
import { clearResults } from "./excel/clear";
import { readWorkbook } from "./excel/read";
import { capabilities, PIVOT_SET, REQUIRED_SET, SLICER_SET, SUMMARY_SET, type Capabilities } from "./excel/requirements";
import { writeSummary, type SummaryReport } from "./excel/summary";
import { detailRows } from "../output";
import { writtenResults, type OwnedSheet } from "../check";
import { replaceRecord } from "./excel/record";
import { recordAfter, sheetClaims, type SheetClaims } from "./session/records";
import { checkSheets, summarySheets, type SummarySheets } from "./session/sheetsPlan";
import { planSummary } from "./session/summaryPlan";
import type { WorkbookRead } from "./excel/read";
import { insertTemplate } from "./excel/template";
import { writePlan } from "./excel/write";
import { detectTable, type Mapping } from "./session/detect";
import { planClear } from "./session/clearPlan";
import type {
  CheckOutcome, ClearOutcome, DetectOutcome, Missing, PaneAction, PaneHost, SummaryOutcome, TemplateOutcome,
} from "./session/host";
import { planCheck, type CheckRequest } from "./session/pipeline";
import type { PaneProblem } from "./session/problems";

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
type Requirements = { isSetSupported(name: string, minVersion?: string): boolean };

export class ExcelHost implements PaneHost {
  private readonly caps: Capabilities;

  constructor(private readonly run: Run, requirements: Requirements) {
    this.caps = capabilities(requirements);
  }

  unavailable(action: PaneAction): Missing | null {
    // A check and 清除审核结果 write marks and columns (ExcelApi 1.9); 生成汇总 needs only to read (1.6).
    const [set, supported] = action === "summarise" ? [SUMMARY_SET, this.caps.summary ?? false] : [REQUIRED_SET, this.caps.required];
    return supported ? null : { set: set.name, version: set.version };
  }

  /** Reading the table needs only what 生成汇总 needs: the pane shows it even where a check cannot run. */
  async detect(mapping: Mapping): Promise<DetectOutcome> {
    return this.guarded(async (context) => {
      const read = await readWorkbook(context, this.caps);
      const found = detectTable(read.data, mapping);
      if (!found.ok) return { ok: false, problem: found.problem, ...(found.columns ? { columns: found.columns } : {}) };
      const { layout } = found;
      return {
        ok: true,
        table: {
          sheet: layout.sheet,
          headerRow: layout.headerRow,
          ...(layout.tableName ? { tableName: layout.tableName } : {}),
          dataRows: layout.dataRows.length,
          columns: found.columns,
          otherSheets: read.data.sheets.map((g) => g.name).filter((n) => n !== layout.sheet),
          ...(layout.otherTables ? { otherTables: layout.otherTables } : {}),
        },
      };
    }, SUMMARY_SET, this.caps.summary ?? false);
  }

  async check(request: CheckRequest): Promise<CheckOutcome> {
    return this.guarded(async (context) => {
      const read = await readWorkbook(context, this.caps);
      const planned = planCheck(read.data, request);
      if (!planned.ok) return planned;
      const { plan } = planned;
      // Excel refuses writes to a protected sheet part-way through a request, after earlier marks and notes
      // are gone: a check says so before it touches anything. 生成汇总 writes only its own sheets and runs.
      if (read.data.protectedSheets?.includes(plan.sheet)) return { ok: false, problem: { code: "PROTECTED", sheet: plan.sheet } as PaneProblem };
      const fileName = read.data.fileName ?? plan.sheet;
      let summaryPlan: ReturnType<typeof planSummary> | undefined;
      const summaryOf = () => (summaryPlan ??= planSummary(detailRows(planned.results, [fileName])));
      const placed = checkSheets(read.data, plan, summaryOf);
      const results = writtenResults(plan);
      // Every digest of a plain check is the plan's: its record goes in the request that writes it. Where
      // 生成汇总's sheets follow the check, 汇总 is digested as Excel lays it out, and the record follows.
      const record = placed.managers ? undefined : recordAfter(placed.claims, results, placed.written, [placed.issues, placed.summary!]);
      const report = await writePlan(context, { plan, read, caps: this.caps, earlier: planned.earlier, sheets: placed, record });
      // A workbook that has 生成汇总's sheets keeps them current: 审核明细 and its PivotTables follow the check.
      const summary = placed.managers
        ? await this.writeManagers(context, read, placed.claims, placed.managers, summaryOf(), results, placed.written)
        : null;
      return {
        ok: true,
        summary: planned.summary,
        problems: planned.problems,
        notes: report.notesUnsupported ? "unsupported" : "written",
        syncs: report.syncs + (summary?.syncs ?? 0),
        issueSheet: placed.issues.name,
      };
    });
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  async insertTemplate(): Promise<TemplateOutcome> {
    return this.guarded(async (context) => ({ ok: true, sheet: await insertTemplate(context) }));
  }

  /** 清除审核结果: the read (two syncs), then one request that removes only what is the product's. */
  async clear(): Promise<ClearOutcome> {
    return this.guarded(async (context) => {
      const read = await readWorkbook(context, this.caps);
      const plan = planClear(read.data);
      const syncs = await clearResults(context, read, plan);
      return {
        ok: true,
        columns: plan.columns.length > 0,
        marks: read.handles.ourMarks.length,
        notes: read.handles.ourNotes.length,
        sheets: plan.sheets,
        left: plan.left,
        syncs: 2 + syncs,
      };
    });
  }

  /**
   * 生成汇总: the same check (read, engine), then 审核明细 and 汇总 (PivotTables, charts, slicers) in place of
   * any earlier ones. It needs less of Excel than a check (SUMMARY_SET); what this Excel lacks is left out
   * and named in the outcome.
   */
  async summarise(request: CheckRequest): Promise<SummaryOutcome> {
    return this.guarded(async (context) => {
      const read = await readWorkbook(context, this.caps);
      const planned = planCheck(read.data, request);
      if (!planned.ok) return planned;
      const rows = detailRows(planned.results, [read.data.fileName ?? planned.plan.sheet]);
      const plan = planSummary(rows);
      const claims = sheetClaims(read.data, planned.plan.sheet);
      const report = await this.writeManagers(context, read, claims, summarySheets(read.data, claims, plan), plan, undefined, []);
      const missing = !this.caps.pivots ? { what: "pivots" as const, ...PIVOT_SET } : !this.caps.slicers ? { what: "slicers" as const, ...SLICER_SET } : null;
      return {
        ok: true,
        rows: rows.length,
        pivots: report.pivots,
        charts: report.charts,
        slicers: report.slicers,
        missing: missing && { what: missing.what, set: missing.name, version: missing.version },
        syncs: 2 + report.syncs,
      };
    }, SUMMARY_SET, this.caps.summary ?? false);
  }

  /**
   * 生成汇总's sheets, and the record that lists them beside what else this action wrote (`written`, and the
   * result cells when a check wrote them) and the earlier sheets still standing; it goes in the last request,
   * as 汇总 is digested only once Excel laid out its PivotTables.
   */
  private async writeManagers(
    context: Excel.RequestContext, read: WorkbookRead, claims: SheetClaims, placed: SummarySheets,
    plan: ReturnType<typeof planSummary>, results: ReturnType<typeof writtenResults> | undefined, written: readonly OwnedSheet[],
  ): Promise<SummaryReport> {
    return writeSummary(context, plan, placed, this.caps, (summaryDigest) => {
      const lines: OwnedSheet[] = [...written.filter((s) => s.role !== "detail"), placed.written];
      if (summaryDigest !== undefined) lines.push({ role: "summary", name: placed.summary.name, sha256: summaryDigest });
      replaceRecord(context, read, recordAfter(claims, results, lines, [placed.summary, placed.detail]));
    });
  }

  /** Requirement set first, then the action; an error from Excel becomes a message, never a crash. */
  private async guarded<T extends { ok: boolean }>(
    action: (context: Excel.RequestContext) => Promise<T | { ok: false; problem: PaneProblem }>,
    set: { name: string; version: string } = REQUIRED_SET,
    supported: boolean = this.caps.required,
  ) {
    if (!supported) {
      return { ok: false as const, problem: { code: "REQUIREMENTS", set: set.name, version: set.version } as PaneProblem };
    }
    try {
      return await this.run(action);
    } catch (e) {
      return { ok: false as const, problem: { code: "EXCEL", detail: e instanceof Error ? e.message : String(e) } as PaneProblem };
    }
  }
}
