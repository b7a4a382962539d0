// Test oracle: HashiCorp's HCL parser (hashicorp/hcl in WebAssembly, via @cdktf/hcl2json).
// Usage: node hcl2json.mjs FILE...  Prints one JSON object: {"FILE": <parsed> | {"error": "..."}}.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { parse } = require('@cdktf/hcl2json');

const results = {};
for (const file of process.argv.slice(2)) {
  try {
    results[file] = { ok: await parse(file, readFileSync(file, 'utf8')) };
  } catch (e) {
    results[file] = { error: String(e && e.message ? e.message : e) };
  }
}
process.stdout.write(JSON.stringify(results));
