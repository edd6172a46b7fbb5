/** The Fluent theme that matches Office: light by default, dark when Office's body colour is dark. */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** The colours Office.context.officeTheme reports (all "#RRGGBB"). */
export interface OfficeColors {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
}

const HEX = /^#?([0-9a-f]{6})$/i;

/** Relative luminance 0..1 of "#RRGGBB"; null for anything else. */
export function luminance(color: string | undefined): number | null {
  const match = color ? HEX.exec(color.trim()) : null;
  if (!match) return null;
  const n = parseInt(match[1], 16);
  const channel = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

const hash = (color: string): string => (color.startsWith("#") ? color : `#${color}`);

/**
 * Office's colours over the Fluent theme of the same brightness, so the pane blends with Excel's chrome.
 * `themeFromOffice(undefined)` -> webLightTheme (outside Office, or hosts that do not report a theme).
 */
export function themeFromOffice(colors: OfficeColors | null | undefined): Theme {
  const background = luminance(colors?.bodyBackgroundColor);
  if (!colors || background === null) return webLightTheme;
  const base = background < 0.2 ? webDarkTheme : webLightTheme;
  const theme: Theme = { ...base, colorNeutralBackground1: hash(colors.bodyBackgroundColor as string) };
  if (luminance(colors.bodyForegroundColor) !== null) theme.colorNeutralForeground1 = hash(colors.bodyForegroundColor as string);
  if (luminance(colors.controlBackgroundColor) !== null) theme.colorNeutralBackground3 = hash(colors.controlBackgroundColor as string);
  return theme;
}
