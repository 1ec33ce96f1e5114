// Topics against DUC-2001 keyphrases (F1@10) with the shared scorer; skips cleanly without ../shared.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectDir, requireShared } from './shared.mjs';

const shared = requireShared('the keyphrase eval');
const r = spawnSync(process.execPath, [path.join(shared, 'tools', 'score-keyphrases.mjs'), '--pkg', projectDir, '--k', '10', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
