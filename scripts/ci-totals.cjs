// Prints "<passed> <failed>" from vitest's JSON report: failed tests, plus one for each test file that
// failed without a failing test (a file that could not load, an unhandled error).
const r = require(require('node:path').resolve(process.argv[2] || 'vitest.json'));
let failed = r.numFailedTests;
for (const f of r.testResults || []) {
  const anyFailed = (f.assertionResults || []).some((a) => a.status === 'failed');
  if (f.status === 'failed' && !anyFailed) failed += 1;
}
if (r.success === false && failed === 0) failed = 1;
console.log(`${r.numPassedTests} ${failed}`);
