/**
 * A row's start tag read without the scanner gives what the scanner gives: the first attribute's value
 * span and the last attribute's decoded value, for every name, whether the tag is lexed directly or handed
 * to the scanner (references, line breaks, non-ASCII).
 */
import { OPEN, XmlScanner } from "../../src/workbook/xml/scanner";
import { startTagAttributes } from "../../src/writer/startTag";

const NAMES = ["r", "spans", "ht", "customHeight", "hidden", "x14ac:dyDescent", "s", "missing"];

/** What the scanner says of the tag, name by name. */
function scanned(tag: string): Record<string, [[number, number] | undefined, string | undefined]> {
  const s = XmlScanner.fragment(tag, "xml", 0);
  expect(s.next()).toBe(OPEN);
  const out: Record<string, [[number, number] | undefined, string | undefined]> = {};
  for (const name of NAMES) {
    let last: string | undefined;
    for (const [n, v] of s.attributeList()) if (n === name) last = v;
    out[name] = [s.attrValueSpan(name), last];
  }
  return out;
}

function lexed(tag: string): Record<string, [[number, number] | undefined, string | undefined]> {
  const a = startTagAttributes(tag);
  return Object.fromEntries(NAMES.map((name) => [name, [a.span(name), a.value(name)]]));
}

const TAGS = [
  "<row>",
  "<row >",
  '<row r="2">',
  '<row r="12" spans="1:13" ht="20.25" customHeight="1">',
  "<row r='3' spans='2:9' hidden='1' >",
  '<x:row r="4" x14ac:dyDescent="0.25" ht = "15">',
  '<row\tr="5"\nspans="1:2"\r\nht="30">',
  '<row r="6" s="1>2">',
  // Handed to the scanner: a reference, a tab in a value, non-ASCII.
  '<row r="7" ht="1&#48;">',
  '<row r="8" customHeight="&#49;" ht="12">',
  '<row r="9" s="a\tb">',
  '<row r="10" s="单">',
  '<row r="11" s="a\nb" ht="2">',
];

test.each(TAGS)("%j reads as the scanner reads it", (tag) => {
  expect(lexed(tag)).toEqual(scanned(tag));
});

test("the value of ht is found where the scanner finds it, and edits there splice the same tag", () => {
  const tag = '<row r="12" spans="1:13" ht="20.25" customHeight="1">';
  const [from, to] = startTagAttributes(tag).span("ht")!;
  expect(tag.slice(from, to)).toBe("20.25");
  expect(startTagAttributes(tag).value("customHeight")).toBe("1");
});
