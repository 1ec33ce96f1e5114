// AEB boilerplate removal with the benchmark's own scorer: `npm run eval:aeb` (text), `eval:aeb:html`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectDir, requireShared } from './shared.mjs';

const shared = requireShared('the AEB eval');
const args = process.argv.slice(2);
const r = spawnSync(process.execPath, [path.join(shared, 'tools', 'score-aeb.mjs'), '--pkg', projectDir, ...args], { stdio: 'inherit' });
process.exit(r.status ?? 1);
