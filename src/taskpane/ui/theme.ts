/**
 * The pane follows Office's theme (Office.context.officeTheme, where the host gives one): Fluent's dark
 * theme under a dark Office theme, its light theme otherwise, with the body colours Office reports so the
 * pane sits on the same background as the ribbon around it.
 */
// The themes from their own package (the one react-components re-exports): loading this module, and the
// tests of it, need not load every component.
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-theme";

/** The part of Office.OfficeTheme the pane reads; every field may be absent on some hosts. */
export interface OfficeThemeColours {
  readonly bodyBackgroundColor?: string;
  readonly bodyForegroundColor?: string;
  readonly isDarkTheme?: boolean;
}

const HEX = /^#([0-9a-f]{6})$/i;

/** Relative luminance (WCAG 2) of "#RRGGBB"; null for anything else. */
export function luminance(colour: string | undefined): number | null {
  const m = HEX.exec(colour?.trim() ?? "");
  if (!m) return null;
  const channel = (i: number) => {
    const c = parseInt(m[1].slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** WCAG contrast ratio of two colours (1 to 21); null when either is not "#RRGGBB". */
export function contrast(a: string | undefined, b: string | undefined): number | null {
  const la = luminance(a);
  const lb = luminance(b);
  if (la === null || lb === null) return null;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Dark when Office says so, or (hosts without isDarkTheme) when its body background is dark. */
export function isDark(office: OfficeThemeColours | undefined): boolean {
  if (!office) return false;
  if (typeof office.isDarkTheme === "boolean") return office.isDarkTheme;
  const l = luminance(office.bodyBackgroundColor);
  return l !== null && l < 0.2;
}

export function paneTheme(office: OfficeThemeColours | undefined): Theme {
  const dark = isDark(office);
  const base = dark ? webDarkTheme : webLightTheme;
  const background = office?.bodyBackgroundColor;
  const foreground = office?.bodyForegroundColor;
  // Office's own colours only where they keep the text readable against each other (WCAG AA, 4.5:1).
  const ratio = contrast(background, foreground);
  if (ratio === null || ratio < 4.5 || isDark({ bodyBackgroundColor: background }) !== dark) return base;
  return { ...base, colorNeutralBackground1: background!, colorNeutralForeground1: foreground! };
}
