// electron-builder afterPack hook (electron-builder.yml): refuse a package without the SQLite module
// built for this Electron, e.g. when scripts/electron-native.mjs was skipped, failed, or built for
// another architecture (it only builds for the machine it runs on).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export async function afterPack(context) {
  const resources = context.packager.getResourcesDir(context.appOutDir);
  const native = join(resources, 'native', 'better_sqlite3.node');
  const stampFile = join(resources, 'native', 'cvault-build.json');
  const fix = 'Run "node scripts/electron-native.mjs" on a machine of the target platform and architecture.';
  if (!existsSync(native) || !existsSync(stampFile)) {
    throw new Error(`CVault: ${native} is missing from the package. ${fix}`);
  }
  const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
  const electronVersion = context.packager.info.framework.version;
  if (stamp.electron !== electronVersion) {
    throw new Error(`CVault: the packaged SQLite module was built for Electron ${stamp.electron}, not ${electronVersion}. ${fix}`);
  }
}

export default afterPack;
