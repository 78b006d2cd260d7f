import type { Command } from 'commander';
import { oidcConfigFromEnv, type OidcConfig } from '../api/oidc-config.ts';
import { fail } from './io.ts';
import { isEmpty, seedDemo } from '../cases/demo/seed.ts';
import { describeStore, openMigrated } from './database.ts';
import { printSeed } from './admin.ts';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Start the web service (API, OpenAPI document and pages); loads the demo data into an empty database')
    .option('-p, --port <port>', 'port to listen on', process.env.PORT ?? '8080')
    .option('--host <host>', 'address to listen on', process.env.HOST ?? '0.0.0.0')
    .option('--no-demo', 'do not load the demo data into an empty database')
    .action(async (options: { port: string; host: string; demo: boolean }) => {
      // The configuration first: a wrong RETUR_OIDC_* variable stops the start, named, before anything opens.
      let oidc: OidcConfig | null;
      try {
        oidc = oidcConfigFromEnv(process.env);
      } catch (error) {
        fail(error);
        return;
      }
      const store = await openMigrated();
      console.log(`Database: ${describeStore(store)}`);
      if (options.demo && (await isEmpty(store.db))) {
        console.log('The database is empty: loading the demo data…');
        printSeed(await seedDemo(store.db));
      }
      // Loaded here, not at the top: the server (Fastify, the pages, ECharts) costs every other command seconds to start.
      const { buildServer } = await import('../api/server.ts');
      const app = await buildServer({ db: store.db, oidc, backgroundJobs: true });
      const close = async () => {
        await app.close();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', close);
      process.once('SIGTERM', close);
      await app.listen({ port: Number(options.port), host: options.host });
      console.log(`Retur is running on http://localhost:${options.port}`);
    });
}
