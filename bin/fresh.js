// Whether dist/ (`npm run build`) is newer than every file under src/: bin/retur.js runs dist/ only then,
// and the tests' global setup builds it when it is not (so that the CLI tests spawn compiled JavaScript).
import { readdirSync, statSync } from 'node:fs';

/** The time dist/.built marks, or undefined when there is no build. */
export function builtAt(root) {
  return mtimeOf(new URL('dist/.built', root));
}

/** Whether the build in dist/ is newer than every source file. */
export function distIsFresh(root) {
  const built = builtAt(root);
  return built !== undefined && built > newestSource(new URL('src/', root));
}

function mtimeOf(url) {
  try {
    return statSync(url).mtimeMs;
  } catch {
    return undefined;
  }
}

/** The newest modification time of src/ and everything in it (a directory's changes when a file is added or removed). */
function newestSource(dir) {
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const url = new URL(entry.isDirectory() ? `${entry.name}/` : entry.name, dir);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(url) : statSync(url).mtimeMs);
  }
  return newest;
}
