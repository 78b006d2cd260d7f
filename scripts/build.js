// `npm run build`: the JavaScript in dist/ that production runs. Each file of src/ (tests left out) is
// transpiled on its own by TypeScript, relative `.ts` imports rewritten to `.js` (the type-check is
// `npm run typecheck`; transpiling alone takes seconds, not a minute), every other file beside the code
// (the SQL migrations, the pages' CSS) is copied, and dist/.built marks the build's time for bin/retur.js. As `prepare`
// (run by `npm install` and `npm ci`) it builds only where TypeScript is installed (not with --omit=dev).
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const require = createRequire(import.meta.url);
let ts;
try {
  ts = require('typescript');
} catch {
  if (process.argv.includes('--if-possible')) {
    console.log('TypeScript is not installed: no build (NODE_ENV=production needs dist/).');
    process.exit(0);
  }
  throw new Error('TypeScript is not installed: run npm install first.');
}

const { config } = ts.readConfigFile(join(root, 'tsconfig.build.json'), ts.sys.readFile);
const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
const src = join(root, 'src');
// --out DIR builds elsewhere (the test that runs a build does, so as not to touch the clone's dist/).
const outAt = process.argv.indexOf('--out');
const dist = outAt > 0 ? process.argv[outAt + 1] : join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
let files = 0;
let copied = 0;
for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = relative(src, join(entry.parentPath, entry.name));
  if (file.endsWith('.test.ts') || file.endsWith('.d.ts') || file.endsWith('README.md')) continue;
  if (!file.endsWith('.ts')) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    cpSync(join(src, file), join(dist, file));
    copied++;
    continue;
  }
  const out = join(dist, file.replace(/\.ts$/, '.js'));
  const { outputText, diagnostics } = ts.transpileModule(readFileSync(join(src, file), 'utf8'), {
    compilerOptions: { ...options, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, sourceMap: false, inlineSourceMap: false },
    fileName: join(src, file),
    reportDiagnostics: true,
  });
  if (diagnostics?.length) throw new Error(`${file}: ${ts.flattenDiagnosticMessageText(diagnostics[0].messageText, '\n')}`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, outputText);
  files++;
}

// The rule commands (`retur check`, `retur support`) and `retur --help` from one bundled file, which
// bin/retur.js runs for them: 265 modules (zod alone is 95) were most of their start-up. The other commands'
// modules stay out of it (they run from the files above, bin/retur.js sends those commands there), and each
// language's messages is a chunk of its own, loaded only when a command answers in that language. The
// bundle sits one folder below dist/, as the files it is made of do, so that the paths they read relative to
// themselves (package.json) still hold.
const { build } = await import('esbuild');
const elsewhere = /^\.\/(serve|admin|stats|simulate|docs)\.ts$/;
await build({
  entryPoints: [join(src, 'cli/main.ts')],
  outdir: join(dist, 'rules-cli'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // commander is CommonJS: its require() of Node's built-ins needs a require in an ES module.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [
    {
      // zod's translations of its own error messages into 40 languages (z.locales, a third of the bundle):
      // Retur never shows zod's words, it writes its own (src/shared/parse.ts), and zod's English stays.
      name: 'without-zod-locales',
      setup(bundle) {
        bundle.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
          /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'empty' } : undefined,
        );
        bundle.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {};', loader: 'js' }));
      },
    },
    {
      name: 'other-commands-elsewhere',
      setup(bundle) {
        bundle.onResolve({ filter: elsewhere }, (args) =>
          args.importer.endsWith(join('cli', 'program.ts')) ? { path: `../cli/${args.path.slice(2, -3)}.js`, external: true } : undefined,
        );
      },
    },
  ],
});

writeFileSync(join(dist, '.built'), `${new Date().toISOString()}\n`);
console.log(`Built ${files} files and copied ${copied} into ${relative(process.cwd(), dist) || 'dist'}/, and the rule commands' bundle`);
