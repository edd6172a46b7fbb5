// Every test sees every message area, as the task pane, ribbon and CLI do.
import "../../src/i18n/all";
