/** Styles shared by form controls. */
import { makeStyles } from "@fluentui/react-components";

export const useControlStyles = makeStyles({
  // Fluent's Dropdown and Combobox default to min-width 250px, wider than a field in a 320 px pane.
  full: { width: "100%", minWidth: 0, boxSizing: "border-box" },
});
