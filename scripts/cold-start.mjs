// One fresh process's cold start, for npm run bench: import of the package, the first extract() of
// a page, then a warm extract() (median of 10 after the first). Prints one JSON line.
// usage: node scripts/cold-start.mjs <page> [text|html]
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectDir } from './shared.mjs';

const [file, format = 'text'] = process.argv.slice(2);
const page = fs.readFileSync(file, 'utf8');
// CPU time (all of the process's threads) beside wall time: steadier when the machine is shared.
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const c0 = cpu();
const t0 = performance.now();
const { extract } = await import(pathToFileURL(path.join(projectDir, 'dist', 'index.js')).href);
const t1 = performance.now();
const c1 = cpu();
extract(page, { format });
const t2 = performance.now();
const c2 = cpu();
const warm = [];
const warmCpu = [];
for (let i = 0; i < 10; i++) {
  const t = performance.now();
  const c = cpu();
  extract(page, { format });
  warm.push(performance.now() - t);
  warmCpu.push(cpu() - c);
}
const mid = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[4] + s[5]) / 2;
};
console.log(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, warmMs: mid(warm), importCpuMs: c1 - c0, firstCpuMs: c2 - c1, warmCpuMs: mid(warmCpu) }));
