import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyOfMinimalProject, runScript } from './cli.ts';

const root = copyOfMinimalProject();
afterAll(() => rmSync(root, { recursive: true, force: true }));
const file = 'content/reports/northshire/2016-cdi.md';

describe('npm run check on prose', () => {
  it('passes the minimal project with no errors and no warnings', () => {
    const result = runScript('check.ts', [root]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('names the line and column of a figure written literally that contradicts the data, with the placeholder to use', () => {
    const text = readFileSync(join(root, file), 'utf8');
    const wrong = text.replace('It recorded {{rape.of}} reports of rape', 'It recorded 97 of 118 reports of rape');
    expect(wrong).not.toBe(text);
    writeFileSync(join(root, file), wrong);
    const line = wrong.split('\n').findIndex((l) => l.includes('97 of 118')) + 1;
    const column = (wrong.split('\n')[line - 1] ?? '').indexOf('97 of 118') + 1;
    const result = runScript('check.ts', [root]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}:${line}:${column}: error: "97 of 118" contradicts the data: rape is 98 of 118; write {{rape.of}}`);
  });
});
