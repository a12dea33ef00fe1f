/**
 * Generated application rows for the benchmark: a realistic mix of items, units that repeat so the annual
 * caps and the cross-row rules have work to do, and a few rows with mistakes. Deterministic from a seed.
 * Amounts are derived from the policy data, never written here.
 */
import { EDITION, ITEMS, type Item } from "../src/policy";
import { makeCreditCode, withWrongCheckChar } from "../scripts/identifiers";

/** One generated row with plain values: money as text with two decimals, dates as ISO days. */
export interface GeneratedRow {
  readonly unit: string;
  readonly creditCode: string;
  readonly district: string;
  readonly year: number;
  readonly item: string;
  readonly level: string | null;
  readonly quantity: number | null;
  readonly base: string | null;
  readonly months: number | null;
  readonly fees: string | null;
  readonly outcome: string | null;
  readonly eventDate: string;
  readonly startDate: string | null;
  readonly ref: string;
  readonly personId: string | null;
  /** Null: left blank. */
  readonly claimed: string | null;
}

/** mulberry32: small, fast and the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DIVISIONS: readonly { readonly code: string; readonly district: string }[] = [
  { code: "320706", district: "海州区" },
  { code: "320703", district: "连云区" },
  { code: "320707", district: "赣榆区" },
  { code: "320722", district: "东海县" },
  { code: "320723", district: "灌云县" },
  { code: "320724", district: "灌南县" },
];
const NAME_HEADS = ["海瑞", "云港", "宏达", "晶华", "临港", "瑞丰", "港城", "智数", "新海", "鑫源", "蓝海", "中元", "恒信", "海泰", "华宇", "连海"];
const NAME_TAILS = ["科技有限公司", "新材料有限公司", "机械制造有限公司", "医药有限公司", "电子有限公司", "食品有限公司"];
const ORG_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

interface GeneratedUnit {
  readonly name: string;
  readonly creditCode: string;
  readonly district: string;
}

function makeUnits(count: number, rand: () => number): GeneratedUnit[] {
  const units: GeneratedUnit[] = [];
  for (let i = 0; i < count; i++) {
    const division = DIVISIONS[i % DIVISIONS.length];
    let org = "MA";
    let n = i;
    for (let k = 0; k < 6; k++) {
      org += ORG_CHARS[n % ORG_CHARS.length];
      n = Math.floor(n / ORG_CHARS.length);
    }
    const head = NAME_HEADS[Math.floor(rand() * NAME_HEADS.length)];
    const tail = NAME_TAILS[Math.floor(rand() * NAME_TAILS.length)];
    units.push({ name: `连云港${head}${i}${tail}`, creditCode: makeCreditCode("91", division.code, org), district: division.district });
  }
  return units;
}

/** How often each item turns up: the counted and rate items of businesses dominate, as in real batches. */
const WEIGHTS: Partial<Record<Item["code"], number>> = {
  DATA_IP: 14, PLEDGE_LOAN: 12, IP_INSURANCE: 10, OPEN_LICENSE_DECLARE: 6, OPEN_LICENSE_DEAL: 8,
  ENFORCEMENT_DOMESTIC: 8, ENFORCEMENT_OVERSEAS: 3, IP_ENGINEER: 10, PATENT_ATTORNEY: 4, IP_STANDARD: 8,
  PATENT_PRIZE: 2, MEDIATION: 1,
};

function weightedItems(): Item[] {
  const out: Item[] = [];
  for (const item of ITEMS) for (let k = 0; k < (WEIGHTS[item.code] ?? 1); k++) out.push(item);
  return out;
}

function money(value: number): string {
  return value.toFixed(2);
}

/** A standard or ceiling amount of the item at a level (the first level's where it varies). */
function perUnitAmount(item: Item, level: string | null): number {
  const rule = item.rule;
  if (rule.kind !== "fixed" && rule.kind !== "upTo" && rule.kind !== "perFullTen") return 0;
  const amount = rule.amount;
  if (typeof amount === "string") return Number(amount);
  return Number(amount[level ?? Object.keys(amount)[0]] ?? Object.values(amount)[0]);
}

function isoDay(year: number, dayOfYear: number): string {
  return new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
}

function dayOfYear(iso: string): number {
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Math.round((t - Date.UTC(Number(iso.slice(0, 4)), 0, 1)) / 86400000);
}

export interface GenerateOptions {
  readonly rows: number;
  readonly seed?: number;
  /** Distinct units; fewer units means caps bite more often. Default rows / 20. */
  readonly units?: number;
}

/** The rows, generated lazily so a million of them need not sit in memory twice. */
export function* generateRows(options: GenerateOptions): Generator<GeneratedRow> {
  const rand = prng(options.seed ?? 20250601);
  const units = makeUnits(Math.max(1, options.units ?? Math.ceil(options.rows / 20)), rand);
  const items = weightedItems();
  const firstYear = EDITION.firstYear;
  const years = EDITION.lastYear - EDITION.firstYear + 1;

  for (let i = 0; i < options.rows; i++) {
    const u = units[Math.floor(rand() * units.length)];
    const item = items[Math.floor(rand() * items.length)];
    // Spread over the first years, most of them in the current one.
    const year = firstYear + Math.min(years - 1, Math.floor(rand() * rand() * 3));
    const level = item.levels ? item.levels[Math.floor(rand() * item.levels.length)].name : null;
    const counted = item.rule.kind !== "rate" && item.rule.kind !== "none" && item.rule.per.required;
    const quantity = counted ? 1 + Math.floor(rand() * (item.rule.kind === "perFullTen" ? 40 : 8)) : null;
    const rule = item.rule;
    let base: string | null = null;
    let months: number | null = null;
    let fees: string | null = null;
    let eligible: number;
    if (rule.kind === "rate") {
      const b = Math.round(5000 + rand() * 400000) + (rand() < 0.5 ? 0.5 : 0);
      base = money(b);
      if (rule.base === "loan") {
        months = 6 + Math.floor(rand() * 19);
        const f = rand() < 0.6 ? Math.round(rand() * 20000) : 0;
        fees = f ? money(f) : null;
        eligible = Number(rule.rate) * (b * Math.min(12, months) / months + f);
      } else {
        eligible = Number(rule.rate) * b;
      }
    } else if (rule.kind === "perFullTen") {
      eligible = perUnitAmount(item, level) * Math.floor((quantity ?? 0) / 10);
    } else {
      eligible = perUnitAmount(item, level) * (quantity ?? 1);
    }
    // In the period, on a day of the application year (the first year's rows from the start of the period).
    const periodStartDay = year === firstYear ? dayOfYear(EDITION.periodStart) : 0;
    let eventDate = isoDay(year, periodStartDay + Math.floor(rand() * (360 - periodStartDay)));
    const talent = Boolean(item.fullYear);
    const startDate = talent ? isoDay(year - 1 - Math.floor(rand() * 5), Math.floor(rand() * 360)) : null;
    // An event condition's outcome meets it (a canonical text); a grant's blank outcome is the grant.
    const outcomes = item.condition?.kind === "event" ? item.condition.canonical.filter((c) => c.met).map((c) => c.text) : undefined;
    const outcome = outcomes ? outcomes[Math.floor(rand() * outcomes.length)] : null;

    let claimed: string | null = money(Math.floor(eligible * 100) / 100);
    let itemText = rand() < 0.8 ? item.name : item.code;
    let creditCode = u.creditCode;
    const roll = rand();
    // A few rows with the mistakes real batches have.
    if (roll < 0.01) itemText = `${item.name}补贴`;
    else if (roll < 0.015) eventDate = isoDay(firstYear, 100);
    else if (roll < 0.02) creditCode = withWrongCheckChar(creditCode);
    else if (roll < 0.05) claimed = money(Math.floor(eligible * 1.2 + 1000));
    else if (roll < 0.06) claimed = null;

    yield {
      unit: u.name, creditCode, district: u.district, year, item: itemText, level, quantity, base, months, fees,
      outcome, eventDate, startDate, ref: `LYG-${year}-${i}`, personId: null, claimed,
    };
  }
}
