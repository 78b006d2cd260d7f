/** `npm run bench:table`: draws the README's benchmark table again from bench/results/latest.json. */
import { writeReadmeTable } from './results.ts';

console.log(
  writeReadmeTable() ? 'README.md: the benchmark table is drawn again from bench/results/latest.json.' : 'README.md: the benchmark table is up to date.',
);
