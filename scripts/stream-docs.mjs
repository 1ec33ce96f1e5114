// Writes N NDJSON records made by repeating the AEB text pages (for the memory-over-a-stream check).
import fs from 'node:fs';
import path from 'node:path';
import { requireShared } from './shared.mjs';

const shared = requireShared('the stream generator');
const n = Number(process.argv[2] ?? 10000);
const dir = path.join(shared, 'corpora', 'aeb', 'text');
const pages = fs.readdirSync(dir).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
let i = 0;
const out = process.stdout;
function write() {
  while (i < n) {
    const ok = out.write(`${JSON.stringify({ id: String(i), text: pages[i % pages.length] })}\n`);
    i++;
    if (!ok) return out.once('drain', write);
  }
}
write();
