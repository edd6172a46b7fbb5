/** Prints the closing line the CI gate reads (`N passed, N failed`) after Playwright's own report. */
import type { FullResult, Reporter, Suite } from "@playwright/test/reporter";

export default class SummaryReporter implements Reporter {
  private root: Suite | undefined;

  onBegin(_config: unknown, suite: Suite): void {
    this.root = suite;
  }

  onEnd(result: FullResult): void {
    const tests = this.root?.allTests() ?? [];
    const passed = tests.filter((test) => test.outcome() === "expected" || test.outcome() === "flaky").length;
    const failed = tests.filter((test) => test.outcome() === "unexpected").length;
    // A run that failed without a failing test (the web server did not start, a global timeout) counts once.
    const broken = result.status !== "passed" && failed === 0 ? 1 : 0;
    console.log(`\n${passed} passed, ${failed + broken} failed`);
  }
}
