// Where ../shared is (the scorers and corpora beside the project), or null when it is absent.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const sharedDir = path.resolve(projectDir, '..', 'shared');

export function requireShared(what) {
  if (!fs.existsSync(path.join(sharedDir, 'tools'))) {
    console.log(`skipped: ${what} needs ../shared (scorers and corpora), which is not here`);
    process.exit(0);
  }
  return sharedDir;
}
