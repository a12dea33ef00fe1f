/**
 * What the adapter needs from Excel. ExcelApi 1.9 brings everything a check writes (RangeAreas for marks,
 * conditional formats, data validation, hyperlinks, suspendApiCalculationUntilNextSync); notes (1.18) and
 * merged areas (1.13) are used where present and done without where not.
 */
export const REQUIRED_SET = { name: "ExcelApi", version: "1.9" } as const;
export const NOTES_SET = { name: "ExcelApi", version: "1.18" } as const;
export const MERGES_SET = { name: "ExcelApi", version: "1.13" } as const;

export interface Capabilities {
  readonly required: boolean;
  readonly notes: boolean;
  readonly merges: boolean;
}

type Requirements = { isSetSupported(name: string, minVersion?: string): boolean };

export function capabilities(requirements: Requirements): Capabilities {
  const has = (s: { name: string; version: string }) => requirements.isSetSupported(s.name, s.version);
  return { required: has(REQUIRED_SET), notes: has(NOTES_SET), merges: has(MERGES_SET) };
}
