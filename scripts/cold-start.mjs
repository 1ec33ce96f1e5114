// One fresh process's cold start, for npm run bench: import of the package, the first extract() of
// a page, then a warm extract() (median of 10 after the first). Prints one JSON line.
// usage: node scripts/cold-start.mjs <page> [text|html]
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectDir } from './shared.mjs';

const [file, format = 'text'] = process.argv.slice(2);
const page = fs.readFileSync(file, 'utf8');
const t0 = performance.now();
const { extract } = await import(pathToFileURL(path.join(projectDir, 'dist', 'index.js')).href);
const t1 = performance.now();
extract(page, { format });
const t2 = performance.now();
const warm = [];
for (let i = 0; i < 10; i++) {
  const t = performance.now();
  extract(page, { format });
  warm.push(performance.now() - t);
}
warm.sort((a, b) => a - b);
console.log(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, warmMs: (warm[4] + warm[5]) / 2 }));
