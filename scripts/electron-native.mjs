// Builds better-sqlite3-multiple-ciphers for Electron's ABI, outside node_modules.
//
// node_modules keeps the Node build (tests, CLI, web bridge). Electron needs a build against its own
// headers; rebuilding node_modules in place would flip the two back and forth. So this script copies
// the package source (without its build/) to .cache/electron-native/<electronVersion>/ and runs
// node-gyp there. Electron main loads
//   .cache/electron-native/<electronVersion>/build/Release/better_sqlite3.node   (development)
//   <resources>/native/better_sqlite3.node                                        (packaged app)
// and this script stages a copy for electron-builder (extraResources) in
//   .cache/electron-native/release/<platform>-<arch>/better_sqlite3.node
// Keep these paths in step with electron/main/native-binding.ts and electron-builder.yml.
//
// Usage: node scripts/electron-native.mjs [--force] [--check] [--print-path]
//   (no flag)     build if missing or stale, then stage for packaging
//   --force       rebuild even if an up-to-date build exists
//   --check       exit 0 if the build is present and up to date, 1 otherwise (no network, no build)
//   --print-path  print where the Electron build lives and exit
// Needs, the first time per Electron version: network access to https://electronjs.org/headers,
// Python 3 and a C/C++ toolchain (as any node-gyp build).
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const MODULE = 'better-sqlite3-multiple-ciphers';
const NATIVE_FILE = 'better_sqlite3.node';
const HEADERS_URL = 'https://electronjs.org/headers';

const say = (line) => process.stdout.write(`electron-native: ${line}\n`);
const die = (lines) => {
  process.stderr.write(`electron-native: ${[].concat(lines).join('\nelectron-native: ')}\n`);
  process.exit(1);
};
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

const electronPkg = join(root, 'node_modules', 'electron', 'package.json');
if (!existsSync(electronPkg)) die('node_modules/electron is not installed: run "npm install" first.');
const electronVersion = readJson(electronPkg).version;
if (!/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?$/.test(electronVersion)) die(`Unexpected Electron version "${electronVersion}".`);

const cacheRoot = join(root, '.cache', 'electron-native');
const outDir = join(cacheRoot, electronVersion);
const binary = join(outDir, 'build', 'Release', NATIVE_FILE);

if (args.has('--print-path')) {
  process.stdout.write(`${binary}\n`);
  process.exit(0);
}

const moduleDir = join(root, 'node_modules', MODULE);
if (!existsSync(join(moduleDir, 'package.json'))) die(`node_modules/${MODULE} is not installed: run "npm install" first.`);
const moduleVersion = readJson(join(moduleDir, 'package.json')).version;

// electron-builder's arch names (${arch} in electron-builder.yml).
const builderArch = process.arch === 'arm' ? 'armv7l' : process.arch;
const stamp = { electron: electronVersion, module: `${MODULE}@${moduleVersion}`, platform: process.platform, arch: builderArch };
const stampFile = join(outDir, 'cvault-build.json');
const releaseDir = join(cacheRoot, 'release', `${process.platform}-${builderArch}`);

const upToDate = () => {
  if (!existsSync(binary) || !existsSync(stampFile)) return false;
  try {
    return JSON.stringify(readJson(stampFile)) === JSON.stringify(stamp);
  } catch {
    return false;
  }
};

const stage = () => {
  mkdirSync(releaseDir, { recursive: true });
  copyFileSync(binary, join(releaseDir, NATIVE_FILE));
  writeFileSync(join(releaseDir, 'cvault-build.json'), `${JSON.stringify(stamp, null, 2)}\n`);
  say(`staged for packaging: ${relative(root, join(releaseDir, NATIVE_FILE))}`);
};

if (args.has('--check')) {
  if (upToDate()) {
    say(`up to date for Electron ${electronVersion}: ${relative(root, binary)}`);
    process.exit(0);
  }
  say(`no up-to-date build for Electron ${electronVersion} (${relative(root, binary)}).`);
  process.exit(1);
}

if (upToDate() && !args.has('--force')) {
  say(`up to date for Electron ${electronVersion}: ${relative(root, binary)}`);
  stage();
  process.exit(0);
}

// node-gyp ships with npm; prefer the one npm itself would use.
const findNodeGyp = () => {
  const candidates = [];
  if (process.env.npm_config_node_gyp) candidates.push(process.env.npm_config_node_gyp);
  if (process.env.npm_execpath) candidates.push(join(dirname(dirname(process.env.npm_execpath)), 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  const nodeBin = dirname(process.execPath);
  candidates.push(
    join(nodeBin, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    join(nodeBin, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  );
  return candidates.find((c) => c.endsWith('.js') && existsSync(c));
};
const nodeGyp = findNodeGyp();
if (!nodeGyp) die('node-gyp was not found (it ships with npm). Install npm, or run "npm install -g node-gyp".');

// Settings npm passes to node-gyp through the environment would silently build against Node's
// headers (e.g. `nodedir` in an .npmrc): drop them, everything is given on the command line.
const env = { ...process.env };
for (const key of Object.keys(env)) {
  if (/^npm_config_(nodedir|target|target_arch|arch|runtime|disturl|dist_url|devdir|build_from_source)$/i.test(key)) delete env[key];
}

const work = `${outDir}.partial`;
rmSync(work, { recursive: true, force: true });
mkdirSync(cacheRoot, { recursive: true });
say(`copying ${MODULE}@${moduleVersion} (without build/) to ${relative(root, work)}`);
cpSync(moduleDir, work, {
  recursive: true,
  filter: (src) => {
    const first = relative(moduleDir, src).split(sep)[0];
    return first !== 'build' && first !== 'node_modules';
  },
});

say(`building for Electron ${electronVersion} (${process.platform}-${builderArch}) with ${nodeGyp}`);
const gyp = spawnSync(
  process.execPath,
  [
    nodeGyp,
    'rebuild',
    '--release',
    `--target=${electronVersion}`,
    `--arch=${process.arch}`,
    `--dist-url=${HEADERS_URL}`,
    '--runtime=electron',
    `--devdir=${join(cacheRoot, 'headers')}`,
    '--jobs=max',
  ],
  { cwd: work, env, stdio: 'inherit' },
);
const built = join(work, 'build', 'Release', NATIVE_FILE);
if (gyp.status !== 0 || !existsSync(built)) {
  rmSync(work, { recursive: true, force: true });
  die([
    `could not build ${MODULE} for Electron ${electronVersion}${gyp.error ? ` (${gyp.error.message})` : ''}.`,
    `node-gyp needs network access to ${HEADERS_URL} the first time (headers are then cached in .cache/electron-native/headers),`,
    'Python 3 and a C/C++ toolchain (build-essential / Xcode command line tools / Visual Studio Build Tools).',
    'node_modules was not touched: tests, the CLI and the browser mode ("npm run web") still work.',
  ]);
}

// A build made against Node's headers would load in this Node; one made for Electron must not.
const electronAbi = (() => {
  try {
    return readFileSync(join(root, 'node_modules', 'electron', 'abi_version'), 'utf8').trim();
  } catch {
    return '';
  }
})();
if (electronAbi && electronAbi !== process.versions.modules) {
  const probe = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(built)})`], { encoding: 'utf8' });
  if (probe.status === 0 || !probe.stderr.includes(`NODE_MODULE_VERSION ${electronAbi}`)) {
    rmSync(work, { recursive: true, force: true });
    die(`the build in ${relative(root, work)} is not for Electron's ABI ${electronAbi}; it was discarded. Check node-gyp's settings (nodedir, target).`);
  }
}

rmSync(outDir, { recursive: true, force: true });
renameSync(work, outDir);
writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
say(`built ${relative(root, binary)}`);
stage();
