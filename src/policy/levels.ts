/**
 * Levels (级别) and variants an item may be claimed under. A level is typed in many ways
 * (国家 / 国家级 / national); each set lists the canonical names and what else is accepted.
 */
import { normalise } from "./normalise";

export interface Level {
  /** Canonical Chinese name, as written back in reports and the template's drop-down. */
  readonly name: string;
  readonly nameEn: string;
  readonly aliases: readonly string[];
}

export const NATIONAL: Level = { name: "国家级", nameEn: "National", aliases: ["国家", "national", "国家级别"] };
export const PROVINCIAL: Level = { name: "省级", nameEn: "Provincial", aliases: ["省", "江苏省级", "江苏省", "provincial"] };

export const DEMONSTRATION_ENTERPRISE: Level = {
  name: "示范企业",
  nameEn: "Demonstration enterprise",
  aliases: ["示范", "国家知识产权示范企业", "知识产权示范企业", "demonstration"],
};
export const ADVANTAGE_ENTERPRISE: Level = {
  name: "优势企业",
  nameEn: "Advantage enterprise",
  aliases: ["优势", "国家知识产权优势企业", "知识产权优势企业", "advantage"],
};

export const ENGINEER_INTERMEDIATE: Level = {
  name: "中级",
  nameEn: "IP engineer",
  aliases: ["知识产权师", "中级知识产权师", "intermediate"],
};
export const ENGINEER_SENIOR: Level = {
  name: "高级",
  nameEn: "Senior IP engineer",
  // 副高级 is the 高级 title (职称 grades 中级, 副高级, 正高级): the clause's 高级知识产权师.
  aliases: ["高级知识产权师", "senior", "副高级", "副高", "副高级知识产权师"],
};
export const ENGINEER_PRINCIPAL: Level = {
  name: "正高级",
  nameEn: "Principal IP engineer",
  aliases: ["正高级知识产权师", "正高", "principal"],
};

export const INFO_OUTLET_NATIONAL: Level = {
  name: "国家知识产权信息公共服务网点",
  nameEn: "National IP information public service outlet",
  aliases: ["公共服务网点", "信息公共服务网点", "网点"],
};
export const INFO_OUTLET_UNIVERSITY: Level = {
  name: "高校国家知识产权信息服务中心",
  nameEn: "University national IP information service centre",
  aliases: ["高校信息服务中心", "信息服务中心", "高校中心"],
};
export const INFO_OUTLET_TISC: Level = {
  name: "技术与创新支持中心",
  nameEn: "Technology and Innovation Support Centre (TISC)",
  aliases: ["TISC", "技术与创新支持中心（TISC）"],
};

/** Whether text names the level: its name, English name or an alias, after normalising. */
export function namesLevel(level: Level, text: string): boolean {
  const key = normalise(text);
  return normalise(level.name) === key || normalise(level.nameEn) === key || level.aliases.some((a) => normalise(a) === key);
}

/** Levels written in front of an item's words (「国家级知识产权运营中心」, 「江苏省知识产权培训基地」). */
export const PREFIX_LEVELS: readonly Level[] = [NATIONAL, PROVINCIAL];

/** The level a prefix level word at the start of `key` (normalised) names, the longest word first; with the rest. */
export function levelPrefix(key: string): { readonly level: Level; readonly rest: string } | null {
  let found: { level: Level; rest: string } | null = null;
  for (const level of PREFIX_LEVELS) {
    for (const word of [level.name, ...level.aliases]) {
      const w = normalise(word);
      if (key.length > w.length && key.startsWith(w) && (found === null || key.length - w.length < found.rest.length)) {
        found = { level, rest: key.slice(w.length) };
      }
    }
  }
  return found;
}

/**
 * The level an item text names (decision 24): 「高级知识产权师」 is IP_ENGINEER at 高级, 「优势企业」 IP_ENTERPRISE
 * at 优势企业, 「国家级知识产权运营中心」 OPS_CENTER at 国家级 (a level word in front of the item's words). The
 * item's own code or name names none of its levels (「知识产权师」 is the item, all levels).
 */
export function levelNamedBy(
  item: { readonly code: string; readonly name: string; readonly nameEn: string; readonly levels?: readonly Level[] },
  text: string,
): Level | null {
  if (!item.levels) return null;
  const key = normalise(text);
  if (key === normalise(item.code) || key === normalise(item.name) || key === normalise(item.nameEn)) return null;
  const named = item.levels.find((l) => namesLevel(l, text));
  if (named !== undefined) return named;
  const prefix = levelPrefix(key);
  return prefix !== null && item.levels.includes(prefix.level) ? prefix.level : null;
}
