/**
 * The page shell: language and direction on <html>, Designsystemet styles, a skip link and one <main>.
 */
import { html, type Html } from './html.ts';

export interface PageOptions {
  readonly title: string;
  readonly lang?: string;
  readonly dir?: 'ltr' | 'rtl';
  readonly body: Html;
}

export function page({ title, lang = 'en', dir = 'ltr', body }: PageOptions): string {
  return html`<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – Retur</title>
<link rel="stylesheet" href="/assets/retur.css">
</head>
<body>
<a class="ds-skip-link" href="#main">Skip to main content</a>
<header class="retur-header"><a class="retur-brand" href="/">Retur</a></header>
<main id="main" class="retur-main">
${body}
</main>
<footer class="retur-footer"><p class="ds-paragraph" data-size="sm">Retur is open source. Answers are computed from public UDI, UNE and police sources, each cited.</p></footer>
</body>
</html>
`.value;
}
