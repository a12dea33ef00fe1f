/**
 * What the adapter needs from Excel. ExcelApi 1.9 brings everything a check writes (RangeAreas for marks,
 * conditional formats, data validation, hyperlinks, suspendApiCalculationUntilNextSync); notes (1.18) and
 * merged areas (1.13) are used where present and done without where not.
 *
 * 生成汇总 asks less: reading the workbook needs ExcelApi 1.6 (null-object used ranges, conditional formats
 * to tell the product's marks apart), and 审核明细 as an Excel table only 1.1; the PivotTables need 1.8, the
 * slicers 1.10, the frozen header row and the workbook's name 1.7. Below 1.8 it writes 审核明细 alone.
 */
export const REQUIRED_SET = { name: "ExcelApi", version: "1.9" } as const;
export const NOTES_SET = { name: "ExcelApi", version: "1.18" } as const;
export const MERGES_SET = { name: "ExcelApi", version: "1.13" } as const;
export const SUMMARY_SET = { name: "ExcelApi", version: "1.6" } as const;
export const FREEZE_SET = { name: "ExcelApi", version: "1.7" } as const;
export const PIVOT_SET = { name: "ExcelApi", version: "1.8" } as const;
export const SLICER_SET = { name: "ExcelApi", version: "1.10" } as const;

export interface Capabilities {
  readonly required: boolean;
  readonly notes: boolean;
  readonly merges: boolean;
  /** 生成汇总's floor: reading the workbook and writing 审核明细. */
  readonly summary?: boolean;
  /** Frozen panes and Workbook.name. */
  readonly freeze?: boolean;
  readonly pivots?: boolean;
  readonly slicers?: boolean;
}

type Requirements = { isSetSupported(name: string, minVersion?: string): boolean };

export function capabilities(requirements: Requirements): Capabilities {
  const has = (s: { name: string; version: string }) => requirements.isSetSupported(s.name, s.version);
  return {
    required: has(REQUIRED_SET),
    notes: has(NOTES_SET),
    merges: has(MERGES_SET),
    summary: has(SUMMARY_SET),
    freeze: has(FREEZE_SET),
    pivots: has(PIVOT_SET),
    slicers: has(SLICER_SET),
  };
}
