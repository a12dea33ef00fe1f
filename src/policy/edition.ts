/**
 * The policy edition the whole product implements: 连政规发〔2025〕3号.
 * Its closing paragraph fixes the period; events outside it fall under another edition.
 */
export const EDITION = {
  id: "lianyungang-2025-3",
  title: "连政规发〔2025〕3号",
  titleEn: "Lianyungang Municipal Government Policy No. 3 (2025)",
  name: "关于高标准推进知识产权强市建设的若干政策措施",
  issued: "2025-04-18",
  /** 本政策措施自 2025 年 6 月 1 日起实施 */
  periodStart: "2025-06-01",
  /** 有效期至 2030 年 5月 31 日 */
  periodEnd: "2030-05-31",
  periodWords: "本政策措施自 2025 年 6 月 1 日起实施，有效期至 2030 年 5月 31 日。",
  /**
   * How a message's `clause` field cites that paragraph (decision 12): it has no clause number, and a reader
   * of the report sees what a date is checked against.
   */
  periodClause: "施行期限",
  /** 《市政府印发关于促进知识产权高质量发展若干政策措施的通知》（连政发〔2021〕79 号）同时废止 */
  repeals: "连政发〔2021〕79号",
  /** Application years the table accepts (APPLICATION-TABLE.md: integer 2025..2030). */
  firstYear: 2025,
  lastYear: 2030,
} as const;
