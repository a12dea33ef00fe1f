/**
 * Every part the annotated copy adds or rewrites validates against the ECMA-376 transitional schemas
 * (docs/ooxml-schemas), and the pivot parts keep the rules Excel enforces beyond the schema: an axis field
 * lists its shared items, each axis lists one item per shared item, every index points at one that exists.
 */
import { resolve } from "node:path";
import { buildInfoSheet } from "../../src/output/infoSheet";
import { summaryWorkbookXlsx } from "../../src/writer/summaryWorkbook";
import { annotateXlsx } from "../../src/writer/writeXlsx";
import { readZip, type ZipArchive } from "../../src/workbook/zip";
import { xmllintFailures } from "../support/xmllint";
import { buildApplicantWorkbook, fixturePlan } from "./workbookFixture";

const SCHEMAS = resolve(__dirname, "../../docs/ooxml-schemas");
/** The product's own record of what a check wrote (REPORT.md, ownership). */
const OWNERSHIP_XSD = resolve(__dirname, "../../docs/spec/ownership.xsd");

let before: ZipArchive;
let after: ZipArchive;
const text = (zip: ZipArchive, name: string) => Buffer.from(zip.read(name)).toString("utf8");

beforeAll(async () => {
  const input = await buildApplicantWorkbook();
  before = readZip(input);
  after = readZip(annotateXlsx(input, fixturePlan()));
});

/** The schema for a part, by what it is. */
function schemaFor(name: string, xml: string): string | undefined {
  if (name === "[Content_Types].xml") return "opc-contentTypes.xsd";
  if (name.endsWith(".rels")) return "opc-relationships.xsd";
  if (name.endsWith(".vml")) return undefined;
  if (/^customXml\/item\d+\.xml$/.test(name)) return OWNERSHIP_XSD;
  if (/<c:chartSpace\b/.test(xml)) return "dml-chart.xsd";
  if (/<xdr:wsDr\b/.test(xml)) return "dml-spreadsheetDrawing.xsd";
  return "sml.xsd";
}

/**
 * What a consumer reads of a part with Markup Compatibility: elements and attributes of the namespaces it
 * declares ignorable removed, and alternate content reduced to its fallback.
 */
function withoutIgnorable(xml: string): string {
  const declared = /\bmc:Ignorable="([^"]*)"/.exec(xml)?.[1].split(/\s+/).filter(Boolean) ?? [];
  let out = xml.replace(/<mc:AlternateContent\b[\s\S]*?<\/mc:AlternateContent>/g, (block) => /<mc:Fallback>([\s\S]*?)<\/mc:Fallback>/.exec(block)?.[1] ?? "");
  for (const p of declared) {
    out = out
      .replace(new RegExp(`<${p}:([\\w.-]+)\\b[^>]*/>`, "g"), "")
      .replace(new RegExp(`<${p}:([\\w.-]+)\\b[^>]*>[\\s\\S]*?</${p}:\\1>`, "g"), "")
      .replace(new RegExp(`\\s${p}:[\\w.-]+="[^"]*"`, "g"), "");
  }
  return out.replace(/\smc:Ignorable="[^"]*"/g, "");
}

/** Parts added, and parts whose bytes changed. */
function written(): string[] {
  return after.entries
    .filter((e) => {
      const old = before.entry(e.name);
      return !old || !Buffer.from(old.raw).equals(Buffer.from(e.raw));
    })
    .map((e) => e.name);
}

/** What xmllint says against the parts that do not validate, each part against its schema; [] when all do. */
function validate(parts: readonly { readonly name: string; readonly xml: string }[]): string[] {
  return xmllintFailures(parts.flatMap(({ name, xml }) => {
    const schema = schemaFor(name, xml);
    return schema ? [{ name, xml: withoutIgnorable(xml), schema: resolve(SCHEMAS, schema) }] : [];
  }));
}

describe("the annotated copy's parts against the transitional schemas", () => {
  test("every part it adds or rewrites validates (xmllint --schema)", () => {
    const parts = written();
    // The new kinds of part are all among them.
    for (const kind of [/pivotCacheDefinition/, /pivotTables\/pivotTable/, /charts\/chart/, /drawings\/drawing/, /tables\/table/]) {
      expect(parts.some((p) => kind.test(p))).toBe(true);
    }
    expect(validate(parts.map((name) => ({ name, xml: text(after, name) })))).toEqual([]);
  });

  test("the check fails on a part out of the schema's order (the validation is real)", () => {
    const name = after.entries.map((e) => e.name).find((n) => /pivotTables\/pivotTable\d+\.xml$/.test(n))!;
    const broken = text(after, name).replace(/(<location [^>]*\/>)(<pivotFields[\s\S]*?<\/pivotFields>)/, "$2$1");
    expect(validate([{ name, xml: broken }]).join("\n")).toMatch(/location/);
  });
});

describe("the batch workbook's parts against the transitional schemas", () => {
  test("every part of the workbook --summary writes validates, 审核信息 included", () => {
    const managers = fixturePlan().managers!;
    const info = buildInfoSheet({ checkedAt: "2026-12-01T11:00:00.000Z", version: "0.1.0", files: [{ name: "申报表.xlsx", sheet: "申报表", rows: 3 }] });
    const zip = readZip(summaryWorkbookXlsx({ ...managers, info }));
    const names = zip.entries.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["xl/workbook.xml", "xl/styles.xml", "xl/tables/table1.xml", "xl/charts/chart1.xml"]));
    expect(validate(names.map((name) => ({ name, xml: text(zip, name) })))).toEqual([]);
  });
});

describe("pivot parts keep Excel's rules beyond the schema", () => {
  const pivots = () => after.entries.map((e) => e.name).filter((n) => /pivotTables\/pivotTable\d+\.xml$/.test(n));
  const cache = () => text(after, after.entries.map((e) => e.name).find((n) => /pivotCacheDefinition\d+\.xml$/.test(n))!);

  test("the cache keeps no records and refreshes on load, over the table's range on 审核明细", () => {
    const xml = cache();
    expect(xml).toMatch(/<pivotCacheDefinition [^>]*saveData="0"/);
    expect(xml).toMatch(/<pivotCacheDefinition [^>]*refreshOnLoad="1"/);
    expect(xml).not.toMatch(/r:id=/);
    expect(xml).toContain('<worksheetSource ref="A1:P4" sheet="审核明细"/>');
    const table = text(after, "xl/tables/table1.xml");
    expect(table).toContain('ref="A1:P4"');
    expect(table).toContain('name="lygip明细"');
  });

  test("every field a pivot puts on an axis lists its shared items, and the axis one item per shared item", () => {
    const fields = [...cache().matchAll(/<cacheField name="([^"]*)"[^>]*>([\s\S]*?)<\/cacheField>/g)].map((m) => ({
      name: m[1],
      items: [...m[2].matchAll(/<(s|n|m)\b/g)].length,
      count: Number(/count="(\d+)"/.exec(m[2])?.[1] ?? 0),
    }));
    expect(fields).toHaveLength(16);
    for (const part of pivots()) {
      const xml = text(after, part);
      const pivotFields = [...xml.matchAll(/<pivotField\b([^>]*?)(?:\/>|>([\s\S]*?)<\/pivotField>)/g)];
      expect(pivotFields).toHaveLength(fields.length);
      pivotFields.forEach((f, i) => {
        if (!/axis="/.test(f[1])) return;
        expect(fields[i].items).toBeGreaterThan(0);
        expect(fields[i].count).toBe(fields[i].items);
        const xs = [...(f[2] ?? "").matchAll(/<item x="(\d+)"\/>/g)].map((m) => Number(m[1]));
        expect(xs).toEqual(Array.from({ length: fields[i].items }, (_, k) => k));
        // A page field lists its items and then the default (every item) as Excel writes it.
        const page = /axis="axisPage"/.test(f[1]);
        expect(Number(/<items count="(\d+)"/.exec(f[2] ?? "")?.[1])).toBe(xs.length + (page ? 1 : 0));
        if (page) expect(f[2]).toMatch(/<item t="default"\/><\/items>$/);
      });
      // x="-2" is the 值 field of several data fields, not a pivot field.
      for (const m of xml.matchAll(/<field x="(-?\d+)"\/>/g)) if (m[1] !== "-2") expect(/axis="/.test(pivotFields[Number(m[1])][1])).toBe(true);
      for (const data of xml.matchAll(/<dataField [^>]*fld="(\d+)"/g)) expect(pivotFields[Number(data[1])][1]).toContain('dataField="1"');
    }
  });

  test("the pivot counts rows by 审核结论 and sums its amounts: five data fields side by side under 值", () => {
    const xml = pivots().map((p) => text(after, p)).find((x) => x.includes('name="lygip审核结论"'))!;
    expect([...xml.matchAll(/<dataField name="([^"]+)" fld="(\d+)"( subtotal="count")?/g)].map((m) => [m[1], Number(m[2]), !!m[3]])).toEqual([
      ["行数", 1, true], ["申请金额（元）", 10, false], ["可核定金额（元）", 11, false], ["待核实金额（元）", 12, false], ["核减金额（元）", 13, false],
    ]);
    expect(xml).toContain('<rowFields count="1"><field x="9"/></rowFields>');
    expect(xml).toContain('<colFields count="1"><field x="-2"/></colFields>');
    expect(xml).toMatch(/<colItems count="5"><i><x\/><\/i><i i="1"><x v="1"\/><\/i>/);
  });

  test("事项 × 县区 takes 申报年度 as its page field, two rows above the table", () => {
    const xml = pivots().map((p) => text(after, p)).find((x) => x.includes('name="lygip事项县区"'))!;
    expect(xml).toContain('<pageFields count="1"><pageField fld="5" hier="-1"/></pageFields>');
    expect(xml).toMatch(/<location ref="[^"]+" firstHeaderRow="1" firstDataRow="2" firstDataCol="1" rowPageCount="1" colPageCount="1"\/>/);
    expect(xml).toContain('<rowFields count="1"><field x="7"/></rowFields>');
    expect(xml).toContain('<colFields count="1"><field x="4"/></colFields>');
  });

  test("each pivot's lines: one per item and the grand total, their count said", () => {
    for (const part of pivots()) {
      const xml = text(after, part);
      const rowItems = /<rowItems count="(\d+)">([\s\S]*?)<\/rowItems>/.exec(xml)!;
      expect([...rowItems[2].matchAll(/<i\b/g)]).toHaveLength(Number(rowItems[1]));
      expect(rowItems[2]).toMatch(/<i t="grand"><x\/><\/i>$/);
    }
  });

  test("the workbook lists the cache once, with the cacheId the pivots use", () => {
    const wb = text(after, "xl/workbook.xml");
    const caches = [...wb.matchAll(/<pivotCache cacheId="(\d+)"/g)];
    expect(caches).toHaveLength(1);
    for (const part of pivots()) expect(text(after, part)).toContain(`cacheId="${caches[0][1]}"`);
  });
});

describe("charts on 汇总", () => {
  const charts = () => after.entries.map((e) => e.name).filter((n) => /charts\/chart\d+\.xml$/.test(n)).map((n) => text(after, n));

  test("items, whose names are long, are horizontal bars listed top down; districts are columns", () => {
    const byItem = charts().find((x) => x.includes("按支持事项"))!;
    const byDistrict = charts().find((x) => x.includes("按所属县区"))!;
    expect(byItem).toContain('<c:barDir val="bar"/>');
    expect(byItem).toMatch(/<c:catAx><c:axId val="1001"\/><c:scaling><c:orientation val="maxMin"\/><\/c:scaling><c:delete val="0"\/><c:axPos val="l"\/>/);
    expect(byDistrict).toContain('<c:barDir val="col"/>');
  });

  test("chart titles say which years they add", () => {
    for (const x of charts().filter((c) => c.includes("可核定金额（元）："))) expect(x).toMatch(/<a:t>可核定金额（元）：按[^<]*，申报年度 2026<\/a:t>/);
  });
});
