import type { Command } from 'commander';
import { buildServer } from '../api/server.ts';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Start the web service (API, OpenAPI document and pages)')
    .option('-p, --port <port>', 'port to listen on', process.env.PORT ?? '8080')
    .option('--host <host>', 'address to listen on', process.env.HOST ?? '0.0.0.0')
    .action(async (options: { port: string; host: string }) => {
      const app = await buildServer();
      const close = async () => {
        await app.close();
        process.exit(0);
      };
      process.once('SIGINT', close);
      process.once('SIGTERM', close);
      await app.listen({ port: Number(options.port), host: options.host });
      console.log(`Retur is running on http://localhost:${options.port}`);
    });
}
