/**
 * The one stylesheet: Designsystemet's theme and components, then Retur's few layout rules. Built once at
 * start-up and served with a strong ETag so browsers revalidate cheaply.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const own = `
body { margin: 0; font-family: system-ui, "Noto Sans", "Segoe UI", Roboto, sans-serif; background: var(--ds-color-neutral-background-default); color: var(--ds-color-neutral-text-default); }
.retur-header { padding: var(--ds-size-4) var(--ds-size-6); border-block-end: 1px solid var(--ds-color-neutral-border-subtle); }
.retur-brand { font-weight: 600; font-size: 1.25rem; color: inherit; text-decoration: none; }
.retur-main { max-width: 60rem; margin: 0 auto; padding: var(--ds-size-6); }
.retur-main > * + * { margin-block-start: var(--ds-size-4); }
.retur-footer { max-width: 60rem; margin: 0 auto; padding: var(--ds-size-6); }
code { font-family: ui-monospace, "Noto Sans Mono", monospace; }
:dir(rtl) .ds-input:is(select) { background-position: .8em, calc(1.2em - var(--dsc-input-stroke-width)); }
.retur-main section > * + * { margin-block-start: var(--ds-size-4); }
.retur-figure { margin: var(--ds-size-6) 0 0; display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--ds-size-4); align-items: start; }
@media (min-width: 50rem) { .retur-figure { grid-template-columns: minmax(0, 1fr) auto; } .retur-figure > figcaption { grid-column: 1 / -1; } } @media (max-width: 30rem) { .retur-table { --dsc-table-padding: var(--ds-size-2) var(--ds-size-1); } }
.retur-chart svg { display: block; max-width: 100%; height: auto; }
.retur-num { text-align: end; font-variant-numeric: tabular-nums; } .retur-table tbody th { font-weight: inherit; }
.retur-headline { display: flex; flex-wrap: wrap; gap: var(--ds-size-4) var(--ds-size-10); margin: 0; } .retur-headline dd { margin: 0; }
.retur-headline__value { display: block; font-size: 2.5rem; font-weight: 600; line-height: 1.2; } .retur-diff { display: block; color: var(--ds-color-neutral-text-subtle); }
.retur-main section > .retur-table { width: auto; min-width: min(100%, 24rem); } .retur-month__row { display: flex; flex-wrap: wrap; gap: var(--ds-size-4); } .retur-month__row .ds-input { max-width: 14rem; } .retur-definitions dd { margin: 0 0 var(--ds-size-2); }
`;

export const stylesheet = [
  readFileSync(require.resolve('@digdir/designsystemet-css/theme'), 'utf8'),
  readFileSync(require.resolve('@digdir/designsystemet-css'), 'utf8'),
  own,
].join('\n');

export const stylesheetEtag = `"${createHash('sha256').update(stylesheet).digest('base64url').slice(0, 27)}"`;
