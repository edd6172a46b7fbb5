import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { luminance, themeFromOffice } from "../../src/taskpane/theme";

describe("themeFromOffice", () => {
  it("is the light theme outside Office", () => {
    expect(themeFromOffice(undefined)).toBe(webLightTheme);
    expect(themeFromOffice({ bodyBackgroundColor: "not a colour" })).toBe(webLightTheme);
  });

  it("takes Office's colours over the light theme for a light Office", () => {
    const theme = themeFromOffice({ bodyBackgroundColor: "#F3F3F3", bodyForegroundColor: "#262626", controlBackgroundColor: "#FFFFFF" });
    expect(theme.colorBrandBackground).toBe(webLightTheme.colorBrandBackground);
    expect(theme.colorNeutralBackground1).toBe("#F3F3F3");
    expect(theme.colorNeutralForeground1).toBe("#262626");
  });

  it("switches to the dark theme for a dark Office", () => {
    const theme = themeFromOffice({ bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" });
    expect(theme.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
    expect(theme.colorNeutralBackground1).toBe("#262626");
  });

  it("measures luminance of #RRGGBB only", () => {
    expect(luminance("#FFFFFF")).toBeCloseTo(1, 6);
    expect(luminance("000000")).toBe(0);
    expect(luminance("#FFF")).toBeNull();
  });
});
