/** What the pane shows a person: grouped yuan, and Office's theme followed without losing contrast. */
import { webDarkTheme, webLightTheme } from "@fluentui/react-theme";
import { groupThousands, yuan } from "../../../src/taskpane/ui/format";
import { contrast, isDark, paneTheme } from "../../../src/taskpane/ui/theme";

describe("amounts in the pane", () => {
  it("groups thousands without changing a digit of the engine's figure", () => {
    expect(groupThousands("110000.00")).toBe("110,000.00");
    expect(groupThousands("1234567.89")).toBe("1,234,567.89");
    expect(groupThousands("999.99")).toBe("999.99");
    expect(groupThousands("0.00")).toBe("0.00");
    expect(groupThousands("-1000.50")).toBe("-1,000.50");
  });

  it("adds 元 in Chinese and yuan in English", () => {
    expect(yuan("51000.00", "zh")).toBe("51,000.00 元");
    expect(yuan("51000.00", "en")).toBe("51,000.00 yuan");
  });
});

describe("Office's theme", () => {
  it("no officeTheme (older hosts, a browser): Fluent's light theme", () => {
    expect(paneTheme(undefined)).toBe(webLightTheme);
  });

  it("a dark Office theme gives Fluent's dark theme on Office's own body colours", () => {
    const theme = paneTheme({ bodyBackgroundColor: "#292929", bodyForegroundColor: "#FFFFFF", isDarkTheme: true });
    expect(theme.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
    expect(theme.colorNeutralBackground1).toBe("#292929");
    expect(theme.colorNeutralForeground1).toBe("#FFFFFF");
  });

  it("a host without isDarkTheme is judged by its background", () => {
    expect(isDark({ bodyBackgroundColor: "#1F1F1F" })).toBe(true);
    expect(isDark({ bodyBackgroundColor: "#F3F2F1" })).toBe(false);
  });

  it("keeps Fluent's colours when Office's pair would be hard to read", () => {
    expect(contrast("#FFFFFF", "#DDDDDD")).toBeLessThan(4.5);
    expect(paneTheme({ bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#DDDDDD", isDarkTheme: false })).toBe(webLightTheme);
    expect(paneTheme({ bodyBackgroundColor: "white", bodyForegroundColor: "black" })).toBe(webLightTheme);
  });
});
