/**
 * Every test file starts with every language's messages loaded, as the server has them (buildServer loads
 * them before it answers): tests render pages and letters in any language without starting a server. The
 * command line's own loading is tested where the tests run `retur` as a process.
 */
import { loadCatalogues } from '../../src/i18n/catalogue.ts';

await loadCatalogues();
