import { CancelledError } from "../../src/app/types";
import { UserError } from "../../src/core/errors";
import { isCancelled, toErrorView } from "../../src/taskpane/components/errors";
import { parseNumberText } from "../../src/taskpane/components/NumberField";

describe("toErrorView", () => {
  it("shows a UserError as is, with its place", () => {
    const error = new UserError("Лист «Свод», ячейка C5: не число", { sheet: "Свод", cell: "C5" });
    expect(toErrorView(error)).toEqual({ message: "Лист «Свод», ячейка C5: не число", where: { sheet: "Свод", cell: "C5" } });
  });

  it("says an unexpected error is one, keeps its text and logs it with the stack", () => {
    const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const bug = new TypeError("x is undefined");
    expect(toErrorView(bug).message).toBe("Непредвиденная ошибка: x is undefined. Сообщите о ней разработчикам.");
    expect(log).toHaveBeenCalledWith(bug);
    log.mockRestore();
  });
});

describe("isCancelled", () => {
  it.each([
    ["CancelledError", new CancelledError(), true],
    ["an AbortError from fetch", Object.assign(new Error("aborted"), { name: "AbortError" }), true],
    ["a UserError", new UserError("нет"), false],
  ])("%s -> %s", (_, error, expected) => expect(isCancelled(error)).toBe(expected));
});

describe("parseNumberText", () => {
  it.each([
    ["64,5", 64.5],
    ["64.5 %", 64.5],
    [" 2\u00a0024 ", 2024],
    ["", null],
    ["н/д", null],
  ])("%j -> %j", (text, expected) => expect(parseNumberText(text)).toBe(expected));
});
