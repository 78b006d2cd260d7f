/**
 * The files pages load, all served by Retur itself (nothing is fetched from the internet), each built once at
 * start-up, fingerprinted (`/assets/retur.<hash>.css`) and cached for a year, and sent compressed (brotli or
 * gzip, made once here) to browsers that accept it:
 *
 * - the stylesheet: Designsystemet's theme, only the component files Retur uses (not the whole 150 KB index),
 *   then Retur's own layout rules (`retur.css` beside this file);
 * - one font stylesheet per script (Latin, Cyrillic, Arabic, Ethiopic, Tamil) with Noto Sans from the
 *   @fontsource packages, regular and semibold; a page links only its own script's, and `unicode-range` keeps
 *   the browser from loading a subset the page does not use (latin-ext only for ş, č, ë…);
 * - the fonts themselves (woff2, already compressed).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Script } from '../i18n/languages.ts';

const require = createRequire(import.meta.url);

export interface Asset {
  readonly url: string;
  readonly type: string;
  readonly body: Buffer;
  /** Whether to send it compressed (text; woff2 is compressed already). */
  readonly compress: boolean;
  readonly etag: string;
}

const hash = (body: Buffer) => createHash('sha256').update(body).digest('base64url').slice(0, 12);

function asset(name: string, ext: string, type: string, body: Buffer, compress: boolean): Asset {
  const h = hash(body);
  return { url: `/assets/${name}.${h}.${ext}`, type, body, compress, etag: `"${h}"` };
}

/** The compressed forms of an asset, made at its first request (not at start-up: the CLI imports this too). */
const compressed = new Map<Asset, { br: Buffer; gzip: Buffer }>();
function compressedOf(file: Asset): { br: Buffer; gzip: Buffer } {
  let c = compressed.get(file);
  if (!c) {
    c = {
      br: brotliCompressSync(file.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: file.body.length } }),
      gzip: gzipSync(file.body, { level: 9 }),
    };
    compressed.set(file, c);
  }
  return c;
}

/** The Designsystemet component files Retur's pages use; add one here when a page uses a new component. */
const components = [
  'alert',
  'button',
  'card',
  'details',
  'divider',
  'error-summary',
  'field',
  'fieldset',
  'heading',
  'input',
  'label',
  'link',
  'list',
  'paragraph',
  'skip-link',
  'table',
  'tag',
  'validation-message',
  'badge',
];

const designsystemet = require.resolve('@digdir/designsystemet-css');
const component = (name: string) => readFileSync(new URL(`./${name}.css`, `file://${designsystemet}`), 'utf8');

export const stylesheetText = [
  readFileSync(require.resolve('@digdir/designsystemet-css/theme'), 'utf8'),
  '@layer ds.theme, ds.base, ds.components;',
  `@layer ds.base{${component('base')}}`,
  `@layer ds.components{${components.map(component).join('\n')}}`,
  readFileSync(new URL('./retur.css', import.meta.url), 'utf8'),
].join('\n');

export const stylesheet = asset('retur', 'css', 'text/css; charset=utf-8', Buffer.from(stylesheetText), true);

/** The scripts' fonts: which @fontsource package, which of its subsets, and the family name pages use. */
const fontSources: Record<Script, { pkg: string; subsets: readonly string[]; family: string }[]> = {
  latin: [{ pkg: 'noto-sans', subsets: ['latin', 'latin-ext'], family: 'Retur Sans' }],
  cyrillic: [{ pkg: 'noto-sans', subsets: ['cyrillic', 'cyrillic-ext', 'latin'], family: 'Retur Sans' }],
  arabic: [
    { pkg: 'noto-sans-arabic', subsets: ['arabic'], family: 'Retur Script' },
    { pkg: 'noto-sans', subsets: ['latin'], family: 'Retur Sans' },
  ],
  ethiopic: [
    { pkg: 'noto-sans-ethiopic', subsets: ['ethiopic'], family: 'Retur Script' },
    { pkg: 'noto-sans', subsets: ['latin'], family: 'Retur Sans' },
  ],
  tamil: [
    { pkg: 'noto-sans-tamil', subsets: ['tamil'], family: 'Retur Script' },
    { pkg: 'noto-sans', subsets: ['latin'], family: 'Retur Sans' },
  ],
};
const WEIGHTS = [400, 600] as const;

export const fontFiles = new Map<string, Asset>();

/** The unicode-range @fontsource gives a subset, read from its own CSS. */
function unicodeRange(pkg: string, subset: string): string {
  const css = readFileSync(require.resolve(`@fontsource/${pkg}/index.css`), 'utf8');
  const block = css.split('@font-face').find((b) => b.includes(`${pkg}-${subset}-400-normal.woff2`));
  const range = block?.match(/unicode-range:\s*([^;]+);/)?.[1];
  if (!range) throw new Error(`No unicode-range for ${pkg} ${subset}`);
  return range;
}

function fontStylesheet(script: Script): Asset {
  const faces: string[] = [];
  for (const { pkg, subsets, family } of fontSources[script]) {
    for (const subset of subsets) {
      for (const weight of WEIGHTS) {
        const file = `${pkg}-${subset}-${weight}-normal`;
        const body = readFileSync(require.resolve(`@fontsource/${pkg}/files/${file}.woff2`));
        const font = asset(file, 'woff2', 'font/woff2', body, false);
        fontFiles.set(font.url, font);
        faces.push(
          `@font-face{font-family:"${family}";font-style:normal;font-display:swap;font-weight:${weight};src:url(${font.url}) format("woff2");unicode-range:${unicodeRange(pkg, subset)}}`,
        );
      }
    }
  }
  const families = [...new Set(fontSources[script].map((s) => `"${s.family}"`))].join(',');
  faces.push(`:root{--ds-font-family:${families},system-ui,sans-serif}`);
  return asset(`fonts-${script}`, 'css', 'text/css; charset=utf-8', Buffer.from(faces.join('\n')), true);
}

export const fontStylesheets: Record<Script, Asset> = {
  latin: fontStylesheet('latin'),
  cyrillic: fontStylesheet('cyrillic'),
  arabic: fontStylesheet('arabic'),
  ethiopic: fontStylesheet('ethiopic'),
  tamil: fontStylesheet('tamil'),
};

/** The woff2 files a page in a script preloads (regular Latin or the script's own regular face). */
export function fontPreloads(script: Script): readonly string[] {
  const main = fontSources[script][0]!;
  const url = [...fontFiles.keys()].find((u) => u.startsWith(`/assets/${main.pkg}-${main.subsets[0]}-400-normal.`));
  return url ? [url] : [];
}

function send(request: FastifyRequest, reply: FastifyReply, file: Asset, maxAge: number): FastifyReply {
  reply
    .header('etag', file.etag)
    .header('cache-control', maxAge >= 86400 ? `public, max-age=${maxAge}, immutable` : `public, max-age=${maxAge}`)
    .header('vary', 'accept-encoding');
  if (request.headers['if-none-match'] === file.etag) return reply.code(304).send();
  reply.type(file.type);
  const accept = String(request.headers['accept-encoding'] ?? '');
  if (file.compress && /\bbr\b/.test(accept)) return reply.header('content-encoding', 'br').send(compressedOf(file).br);
  if (file.compress && /\bgzip\b/.test(accept)) return reply.header('content-encoding', 'gzip').send(compressedOf(file).gzip);
  return reply.send(file.body);
}

const YEAR = 365 * 86400;

const files = new Map<string, Asset>([
  [stylesheet.url, stylesheet],
  ['/assets/retur.css', stylesheet],
  ...Object.values(fontStylesheets).map((a) => [a.url, a] as const),
  ...fontFiles,
]);

/** The asset served at a URL (tests serve pages without the server). */
export function assetAt(url: string): Asset | undefined {
  return files.get(url);
}

export function registerAssets(app: FastifyInstance): void {
  app.get('/assets/:file', { schema: { hide: true } }, async (request, reply) => {
    const file = files.get(`/assets/${(request.params as { file: string }).file}`);
    if (!file) return reply.callNotFound();
    return send(request, reply, file, YEAR);
  });
  // The unfingerprinted name older pages and tests link to: the same stylesheet, cached for an hour.
  app.get('/assets/retur.css', { schema: { hide: true } }, async (request, reply) => send(request, reply, stylesheet, 3600));
}
