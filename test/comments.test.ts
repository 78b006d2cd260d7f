/**
 * Comments in src/ say what they mean, in words a reader of this repository can follow: none names a thing
 * outside it (an issue of the tracker, the team's fact sheet, a folder beside the clone, the team's design
 * notes). The seeds are quoted from their copies in docs/sources/, so "seed 002" is fine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = new URL('../src/', import.meta.url).pathname;

/** What names a thing outside the repository, each with why. */
export const outside: readonly { readonly pattern: RegExp; readonly what: string }[] = [
  { pattern: /\bissues? #?\d+\b/i, what: 'an issue of the tracker' },
  { pattern: /\bFACTS\b/, what: "the team's fact sheet (FACTS.md)" },
  { pattern: /\.\.\/shared\/(?:domain|design|seeds)\b/, what: 'a folder beside the clone' },
  { pattern: /\bARCHITECTURE\.md\b/, what: "the team's design notes" },
];

/** Every comment of a TypeScript source, with its line. */
export function commentsOf(text: string): { line: number; text: string }[] {
  const file = ts.createSourceFile('file.ts', text, ts.ScriptTarget.Latest, true);
  const seen = new Map<number, string>();
  const collect = (ranges: ts.CommentRange[] | undefined) => {
    for (const range of ranges ?? []) seen.set(range.pos, text.slice(range.pos, range.end));
  };
  const visit = (node: ts.Node) => {
    collect(ts.getLeadingCommentRanges(text, node.pos));
    collect(ts.getTrailingCommentRanges(text, node.end));
    node.forEachChild(visit);
  };
  visit(file);
  collect(ts.getLeadingCommentRanges(text, file.endOfFileToken.pos));
  return [...seen].sort(([a], [b]) => a - b).map(([pos, comment]) => ({ line: file.getLineAndCharacterOfPosition(pos).line + 1, text: comment }));
}

describe('comments in src/', () => {
  it('finds the comments of a source, and not what only looks like one in a string', () => {
    const found = commentsOf("// one\nconst a = '// not one'; /* two */\nfunction f() {\n  // three (issue 4)\n  return `/* no */`;\n}\n");
    expect(found.map((c) => c.text)).toEqual(['// one', '/* two */', '// three (issue 4)']);
    expect(outside.some((o) => o.pattern.test(found[2]!.text))).toBe(true);
  });

  it('name nothing outside the repository', () => {
    const files = (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.ts'));
    const found = files.flatMap((file) =>
      commentsOf(readFileSync(join(root, file), 'utf8')).flatMap((comment) =>
        outside.filter((o) => o.pattern.test(comment.text)).map((o) => `src/${file}:${comment.line} names ${o.what}: ${comment.text.match(o.pattern)![0]}`),
      ),
    );
    expect(found).toEqual([]);
  });
});
