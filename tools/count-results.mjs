// Reads vitest's JSON report and prints the plain closing line CI reads: "N passed, N failed".
// Exits 0 when it could print that line (the test command's own exit code says pass or fail),
// 1 when there is no report to count, after printing "0 passed, 1 failed" as the last line.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`no readable vitest report at ${file}: ${e.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
// Suites that failed to load count as failures too (their tests never ran).
const brokenSuites = (report.testResults ?? []).filter((r) => r.status === 'failed' && (r.assertionResults ?? []).length === 0).length;
const passed = report.numPassedTests ?? 0;
const failed = (report.numFailedTests ?? 0) + brokenSuites + (passed === 0 && !report.numFailedTests ? 1 : 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(0);
