// Reads Vitest's JSON report and fails when any test failed, was skipped or left as todo,
// so a suite that silently skips (say, for want of a database) cannot pass CI.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: check-test-report.mjs <vitest-json-report>');
  process.exit(2);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const passed = report.numPassedTests ?? 0;
const failed = report.numFailedTests ?? 0;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
const failedSuites = report.numFailedTestSuites ?? 0;

const skippedNames = [];
for (const suite of report.testResults ?? []) {
  for (const t of suite.assertionResults ?? []) {
    if (t.status === 'pending' || t.status === 'skipped' || t.status === 'todo') {
      skippedNames.push(`${suite.name}: ${t.fullName}`);
    }
  }
}
for (const name of skippedNames) console.error(`skipped: ${name}`);

console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (failed > 0 || failedSuites > 0 || skipped > 0 || passed === 0) process.exit(1);
