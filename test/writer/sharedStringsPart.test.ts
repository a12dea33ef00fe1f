/**
 * The copy's shared strings: the input's entries keep their indexes (its cells refer to them), ours come
 * after, a text the table holds as plain text is referenced where it is, and a table with nothing to add is
 * left as it came.
 */
import { codec } from "../../src/workbook/bytes/codec";
import { concatBytes } from "../../src/workbook/bytes/bytes";
import { utf8Decode } from "../../src/workbook/bytes/text";
import { sharedStringTableOf } from "../../src/writer/sharedStringsPart";
import type { PackageParts } from "../../src/writer/managerSheets";
import { parseSharedStrings } from "../../src/workbook/xlsx/sharedStrings";
import type { DeflatedData } from "../../src/workbook/zip";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WB_RELS = (withTable: boolean) =>
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  (withTable ? `<Relationship Id="rId1" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : "") +
  "</Relationships>";

/** A package holding a workbook part, its relationships and (if given) its shared strings. */
function packageWith(sst?: string): PackageParts & { written: Map<string, string> } {
  const parts = new Map<string, string>([
    ["xl/workbook.xml", `<workbook xmlns="${MAIN}"/>`],
    ["xl/_rels/workbook.xml.rels", WB_RELS(sst !== undefined)],
    ["[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>'],
  ]);
  if (sst !== undefined) parts.set("xl/sharedStrings.xml", sst);
  const written = new Map<string, string>();
  const inflate = (d: DeflatedData) => utf8Decode(codec().inflateRaw(concatBytes(d.chunks, d.compressedSize), d.uncompressedSize, { sizeHint: d.uncompressedSize }));
  return {
    written,
    names: () => [...parts.keys()],
    has: (n) => parts.has(n),
    entryName: (n) => n,
    text: (n) => parts.get(n) ?? "",
    set: (n, xml) => void parts.set(n, xml),
    setDeflated: (n, d) => {
      const xml = inflate(d);
      parts.set(n, xml);
      written.set(n, xml);
    },
    rels: (part) => {
      const xml = parts.get(part === "xl/workbook.xml" ? "xl/_rels/workbook.xml.rels" : "") ?? "";
      return [...xml.matchAll(/<Relationship Id="([^"]+)" Type="([^"]+)" Target="([^"]+)"\/>/g)].map((m) => ({
        id: m[1], type: m[2], target: m[3], external: false, span: { qname: "", local: "", prefix: "", start: 0, openEnd: 0, innerEnd: 0, end: 0, selfClosing: true },
      }));
    },
    addRel: (source, type, target) => {
      const path = "xl/_rels/workbook.xml.rels";
      parts.set(path, parts.get(path)!.replace("</Relationships>", `<Relationship Id="rId9" Type="${type}" Target="${target.replace(/^xl\//, "")}"/></Relationships>`));
      return "rId9";
    },
  };
}

describe("the copy's shared strings", () => {
  const input =
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="7" uniqueCount="3">` +
    "<si><t>单位名称</t></si><si><r><rPr><b/></rPr><t>通过</t></r></si><si><t>甲公司</t></si></sst>";

  it("appends after the input's entries, reuses a plain one, never a rich-text one, and drops the stale count", () => {
    const pkg = packageWith(input);
    const table = sharedStringTableOf(pkg, "xl/workbook.xml");
    expect(table.indexOf("甲公司")).toBe(2);
    // 通过 is there as bold rich text: our cell gets a plain entry of its own.
    expect(table.indexOf("通过")).toBe(3);
    expect(table.indexOf("审核结论")).toBe(4);
    expect(table.indexOf("通过")).toBe(3);
    expect(table.text(0)).toBe("单位名称");
    expect(table.text(4)).toBe("审核结论");
    table.writeTo(pkg, "xl/workbook.xml");
    const xml = pkg.written.get("xl/sharedStrings.xml")!;
    expect(parseSharedStrings(xml, "sst")).toEqual(["单位名称", "通过", "甲公司", "通过", "审核结论"]);
    expect(xml.startsWith(input.slice(0, input.indexOf("<sst")))).toBe(true);
    expect(xml).toContain('uniqueCount="5"');
    expect(xml).not.toContain("count=\"7\"");
    // The input's entries are byte for byte where they were.
    expect(xml).toContain("<si><t>单位名称</t></si><si><r><rPr><b/></rPr><t>通过</t></r></si><si><t>甲公司</t></si><si><t>通过</t></si>");
  });

  it("leaves the table as it came when every text is already in it (a copy checked again)", () => {
    const pkg = packageWith(input);
    const table = sharedStringTableOf(pkg, "xl/workbook.xml");
    expect(table.indexOf("单位名称")).toBe(0);
    table.writeTo(pkg, "xl/workbook.xml");
    expect(pkg.written.size).toBe(0);
  });

  it("writes in the input's prefix, into a root that was self-closing", () => {
    const pkg = packageWith(`<x:sst xmlns:x="${MAIN}" uniqueCount="0"/>`);
    const table = sharedStringTableOf(pkg, "xl/workbook.xml");
    expect(table.indexOf(" 前后空格 ")).toBe(0);
    expect(table.indexOf("a\u0001b")).toBe(1);
    table.writeTo(pkg, "xl/workbook.xml");
    const xml = pkg.written.get("xl/sharedStrings.xml")!;
    expect(xml).toBe(
      `<x:sst xmlns:x="${MAIN}" uniqueCount="2"><x:si><x:t xml:space="preserve"> 前后空格 </x:t></x:si><x:si><x:t>a_x0001_b</x:t></x:si></x:sst>`,
    );
    expect(parseSharedStrings(xml, "sst")).toEqual([" 前后空格 ", "a\u0001b"]);
  });

  it("makes a table of its own, related from the workbook, where the input has none", () => {
    const pkg = packageWith();
    const table = sharedStringTableOf(pkg, "xl/workbook.xml");
    expect(table.indexOf("问题清单")).toBe(0);
    table.writeTo(pkg, "xl/workbook.xml");
    expect(parseSharedStrings(pkg.written.get("xl/sharedStrings.xml")!, "sst")).toEqual(["问题清单"]);
    expect(pkg.text("xl/_rels/workbook.xml.rels")).toContain(`Type="${REL}/sharedStrings" Target="sharedStrings.xml"`);
    expect(pkg.text("[Content_Types].xml")).toContain('PartName="/xl/sharedStrings.xml"');
  });
});
