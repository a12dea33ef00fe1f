/**
 * Renders a workbook the way a reviewer sees it printed: LibreOffice headless converts it to PDF with the
 * sheets' own page setup, and pdftotext/pdfinfo read the pages back. Each conversion costs seconds: a test
 * file converts once and asserts several things on the result.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

export interface Rendering {
  readonly pdf: string;
  /** The text of each page, laid out as printed. */
  readonly pages: readonly string[];
  /** Each page's size in points, width × height. */
  readonly sizes: readonly { readonly width: number; readonly height: number }[];
}

function need(tool: string, pkg: string): void {
  try {
    execFileSync("which", [tool], { stdio: "pipe" });
  } catch {
    throw new Error(`${tool} is missing: install it with \`apt-get install -y ${pkg}\``);
  }
}

/** `soffice --convert-to pdf` into `outDir`, with a profile of its own so parallel runs do not collide. */
export function renderPdf(xlsx: string, outDir: string): Rendering {
  need("soffice", "libreoffice-calc");
  need("pdftotext", "poppler-utils");
  const profile = mkdtempSync(join(tmpdir(), "lygip-soffice-"));
  try {
    execFileSync(
      "soffice",
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--convert-to", "pdf", "--outdir", outDir, xlsx],
      { stdio: "pipe", timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = join(outDir, basename(xlsx).replace(/\.xlsx$/i, ".pdf"));
  readFileSync(pdf); // fails clearly when LibreOffice wrote nothing
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "9999", pdf], { encoding: "utf8" });
  const sizes = [...info.matchAll(/Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const pages = text.split("\f");
  if (pages.length > sizes.length && pages[pages.length - 1].trim() === "") pages.pop();
  return { pdf, pages, sizes };
}

/**
 * The workbook opened and saved again by LibreOffice (`soffice --convert-to xlsx`), as a reviewer's copy
 * saved by it is: returns the path of the file it wrote in `outDir`.
 */
export function saveWithLibreOffice(xlsx: string, outDir: string): string {
  need("soffice", "libreoffice-calc");
  const profile = mkdtempSync(join(tmpdir(), "lygip-soffice-"));
  try {
    execFileSync(
      "soffice",
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--convert-to", "xlsx", "--outdir", outDir, xlsx],
      { stdio: "pipe", timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const saved = join(outDir, basename(xlsx));
  readFileSync(saved); // fails clearly when LibreOffice wrote nothing
  return saved;
}

/** A4 landscape in points (297 × 210 mm), as LibreOffice writes it. */
export function isA4Landscape(size: { width: number; height: number }): boolean {
  return Math.abs(size.width - 841.89) < 1 && Math.abs(size.height - 595.3) < 1;
}

/**
 * The smallest text on each page of a PDF, in points. pdftotext's word boxes are 1.3 times the font's size
 * tall for the fonts LibreOffice prints with here (measured: 8-point text gives boxes 10.39 tall, 11-point
 * 14.30, Latin and CJK alike), so a box's height divided by 1.3 is the printed size. A page with no text
 * gives Infinity.
 */
export function smallestTextPerPage(pdf: string): number[] {
  const xml = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return xml.split("<page ").slice(1).map((page) => {
    let least = Infinity;
    for (const m of page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)) {
      least = Math.min(least, (Number(m[2]) - Number(m[1])) / WORD_BOX_PER_POINT);
    }
    return least;
  });
}

const WORD_BOX_PER_POINT = 1.3;
