#!/usr/bin/env node
// The `retur` command. It runs the TypeScript sources directly through tsx, so a clone works after
// `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
