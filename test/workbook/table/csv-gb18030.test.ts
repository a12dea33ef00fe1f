/**
 * REPORT.md `--history`: a CSV without a byte-order mark that is not UTF-8 is read as GB18030/GBK, what Excel
 * and WPS save on Chinese Windows. A unit name may hold a character outside GBK's two-byte table (CJK
 * extensions A and B: 㐀, 𠀀, 𪚥), which GB18030 writes in four bytes. Decoded as two-byte GBK alone, such a
 * name becomes replacement characters and digits, which match no unit of the check, silently.
 */
import { decodeCsv } from "../../../src/workbook/table/csv";

const TEXT = "单位名称,申报年度,支持事项,核定金额\r\n连云港㐀科技有限公司,2025,DATA_IP,5000\r\n𠀀𪚥公司,2025,DATA_IP,5000\r\n";

function gb18030(text: string): Uint8Array {
  // Python: text.encode("gb18030"), fixed here so the test needs no encoder.
  const hex =
    "b5a5cebbc3fbb3c62cc9eab1a8c4eab6c82cd6a7b3d6cac2cfee2cbacbb6a8bdf0b6ee0d0a" +
    "c1acd4c6b8db8139ee39bfc6bcbcd3d0cfdeb9abcbbe2c323032352c444154415f49502c353030300d0a953282369835ee37b9abcbbe2c323032352c444154415f49502c353030300d0a";
  expect(text).toBe(TEXT);
  return Uint8Array.from(Buffer.from(hex, "hex"));
}

test("a GB18030 CSV with four-byte characters in a unit name decodes to the same text", () => {
  const decoded = decodeCsv(gb18030(TEXT));
  expect(decoded).not.toContain("\uFFFD");
  expect(decoded).toBe(TEXT);
});
