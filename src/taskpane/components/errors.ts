/** Turns whatever a use case threw into what the error card shows; cancellation is not an error. */
import { CancelledError, type ErrorView } from "../../app/types";
import { isUserError } from "../../core/errors";
import { t } from "../../i18n";

export function isCancelled(error: unknown): boolean {
  return (
    error instanceof CancelledError ||
    (error instanceof Error && (error.name === "CancelledError" || error.name === "AbortError"))
  );
}

function isErrorView(value: unknown): value is ErrorView {
  return typeof value === "object" && value !== null && typeof (value as ErrorView).message === "string";
}

/**
 * A UserError is shown as is (its message is already in the user's language and names the place).
 * Anything else is a bug or an environment failure: shown with its text and logged with its stack,
 * because a report from the user is the only way we will hear of it.
 */
export function toErrorView(error: unknown): ErrorView {
  if (isUserError(error)) return { message: error.message, where: error.where };
  if (error instanceof Error && error.name === "UserError" && isErrorView(error)) {
    return { message: error.message, where: (error as ErrorView).where };
  }
  console.error(error);
  const detail = error instanceof Error ? error.message : isErrorView(error) ? error.message : String(error);
  return { message: t("ui.error.unexpected", { detail }) };
}
