import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { draftToNarrative } from '../../src/authoring/draftToNarrative.ts';
import { importDraft } from '../../src/authoring/importDraft.ts';
import { inspectionReport } from '../../src/authoring/inspectionReport.ts';
import { readNarrative } from '../../src/authoring/narrativeFile.ts';
import { readDocx } from '../../src/authoring/readDocx.ts';
import { filledNarrative, reviewCopy, wordTemplate } from '../../src/authoring/wordCopies.ts';
import { wordTitle } from '../../src/authoring/wordTitle.ts';
import { runPipeline } from '../../src/engine/pipeline.ts';
import { formatProblem } from '../../src/engine/vocabulary.ts';
import { buildSite } from '../e2e/support/buildSite.ts';
import { copyOfMinimalProject, projectRoot, runScript } from './cli.ts';
import { draftBySomeoneElse, draftWithEveryForm, draftWithTitle } from './drafts.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A temp copy of tests/fixtures/word/project, whose westvale/2026-cdi has figures in every form and no narrative yet. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'cdi-word-'));
  cpSync(join(projectRoot, 'tests/fixtures/word/project'), root, { recursive: true });
  roots.push(root);
  return root;
}

const key = 'westvale/2026-cdi';
const narrativeFile = 'content/reports/westvale/2026-cdi.md';
const withoutMarker = (text: string) => text.replace(/^# npm run import: .*\n/m, '');

async function imported(make: () => Promise<Buffer>, root = project()) {
  const draft = join(root, 'draft.docx');
  writeFileSync(draft, await make());
  const result = await importDraft({ root, draft, key, force: false });
  return { root, draft, result, report: result.report.replaceAll(root, '<root>'), text: readFileSync(join(root, narrativeFile), 'utf8') };
}

describe('npm run import', () => {
  it('reads every heading variant and figure form, and reports what it replaced, left and dropped', async () => {
    const { report, text, result } = await imported(draftWithEveryForm);
    expect(report).toMatchSnapshot();
    expect(result.problems).toHaveLength(1);
    expect(withoutMarker(text)).toMatchSnapshot();
  });

  it('writes a narrative that check holds to the data as it does today: one error, at the contradicting figure', async () => {
    const { root, text } = await imported(draftWithEveryForm);
    const { problems } = runPipeline(root);
    const line = text.split('\n').findIndex((l) => l.includes('92.1%')) + 1;
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
      `${narrativeFile}:${line}:9: error: "92.1%" contradicts the data: overall is 91.2%; write {{overall.rate}}`,
    ]);
  });

  it('imports a draft written by someone else, which then checks and builds once its one contradiction is fixed', async () => {
    const { root, report, text, result } = await imported(draftBySomeoneElse);
    expect(report).toMatchSnapshot();
    expect(result.problems).toHaveLength(1);
    expect(result.checked.map(formatProblem)).toEqual([`${narrativeFile}:29:9: error: "93.0 per cent" contradicts the data: overall is 91.2%; write {{overall.rate}}`]);
    expect(report).toContain('error: paragraph 6 ("In all, 93.0 per cent of crimes were rec…"): "93.0 per cent" contradicts the data: overall is 91.2%; write {{overall.rate}}');
    // Every figure that matches the data became its placeholder; only the contradicting one is still typed.
    const body = readNarrative(text, narrativeFile);
    const prose = JSON.stringify(body.parts);
    expect(prose.match(/\d+(\.\d+)?(%|\s?per cent)/g)).toEqual(['95%', '93.0 per cent']);
    expect(body.parts.causesOfConcern).toEqual([
      {
        concern: 'Violent crime is under-recorded.',
        recommendations: [
          { text: 'The force should immediately review how it records violence.', due: 'immediately' },
          { text: 'The force should audit violence recording within six months.', due: 'within six months' },
        ],
      },
    ]);
    expect(runPipeline(root).problems.filter((p) => p.severity === 'error')).toHaveLength(1);

    writeFileSync(join(root, narrativeFile), text.replace('93.0 per cent', '{{overall.rate}}'));
    expect(runScript('check.ts', [root]).status).toBe(0);
    const outDir = '.build/test-word-import';
    const built = buildSite(outDir, root, ['--no-pdf']);
    expect(built.status, built.stderr).toBe(0);
    const page = readFileSync(join(projectRoot, outDir, 'forces/westvale/2026-cdi/index.html'), 'utf8');
    expect(page).toContain('Westvale Police records most crime correctly: 91.2% of the crimes reported to it.');
    expect(page).toMatch(/<td>All crime<\/td>\s*<td>91.2%<\/td>\s*<td>±1.5<\/td>/);
    expect(page).toContain('approximately 6,700 violent crimes a year were not');
  }, 180_000);

  it('never overwrites an edited narrative without --force, and keeps a backup with it', async () => {
    const { root, draft, text } = await imported(draftBySomeoneElse);
    // Unchanged since the import wrote it: a new import may replace it.
    expect((await importDraft({ root, draft, key, force: false })).written).toBe(narrativeFile);
    writeFileSync(join(root, narrativeFile), `${text}\nAn edit made here.\n`);
    const refused = await importDraft({ root, draft, key, force: false });
    expect([refused.written, refused.report]).toEqual([null, `npm run import: ${narrativeFile} has been edited since it was last written from Word; give --force to replace it (a backup is kept)`]);
    const forced = await importDraft({ root, draft, key, force: true, now: new Date('2026-12-03T10:00:00Z') });
    expect(forced.backup).toBe('content/reports/westvale/.2026-cdi.md.20261203T100000Z.bak');
    expect(readFileSync(join(root, forced.backup ?? ''), 'utf8')).toContain('An edit made here.');
    expect(readFileSync(join(root, narrativeFile), 'utf8')).not.toContain('An edit made here.');
    // The backup is hidden from the build, which reads only narratives.
    expect(runPipeline(root).problems.filter((p) => p.file.includes('.bak'))).toEqual([]);
  });

  it('stops with one clear message for an unknown inspection, a bad key, a file that is not Word, or a draft made for another inspection', async () => {
    const root = project();
    const draft = join(root, 'draft.docx');
    writeFileSync(draft, await draftBySomeoneElse());
    const stop = async (options: { key?: string; draft?: string }) => (await importDraft({ root, draft, key, force: false, ...options })).report;
    expect(await stop({ key: 'westvale/2027-cdi' })).toBe('npm run import: there is no inspection "2027-cdi" of "westvale" in data/inspections.csv: start it with npm run new -- westvale <kind> <year>');
    expect(await stop({ key: 'westvale' })).toBe('npm run import: expected the inspection as <force>/<slug>, e.g. kent/2026-cdi, not "westvale"');
    writeFileSync(join(root, 'notes.docx'), 'plain text');
    expect(await stop({ draft: join(root, 'notes.docx') })).toMatch(/^npm run import: .*notes\.docx is not a Word document \(\.docx\) that can be read: /);
    const copy = join(root, 'review.docx');
    writeFileSync(copy, await reviewCopy(root, 'northshire/2016-cdi'));
    expect(await stop({ draft: copy })).toBe(`npm run import: ${copy} was made for northshire/2016-cdi, not westvale/2026-cdi; give --force to import it anyway`);
    expect(existsSync(join(root, narrativeFile))).toBe(false);
    // On the command line: the message on stderr, and exit code 1.
    const cli = runScript('import.ts', [draft, 'westvale/2027-cdi', '--root', root]);
    expect([cli.status, cli.stdout, cli.stderr.trim()]).toEqual([1, '', await stop({ key: 'westvale/2027-cdi' })]);
  }, 60_000);

  it('exits 1 on the command line while the draft holds a contradicting figure, having written the narrative and printed its report', async () => {
    const root = project();
    const draft = join(root, 'draft.docx');
    writeFileSync(draft, await draftBySomeoneElse());
    const cli = runScript('import.ts', [draft, key, '--root', root]);
    expect(cli.status).toBe(1);
    expect(cli.stdout).toContain('"93.0 per cent" contradicts the data: overall is 91.2%; write {{overall.rate}}');
    expect(existsSync(join(root, narrativeFile))).toBe(true);
  }, 60_000);

  it('reports a recommendation without a deadline and a concern without recommendations, naming their paragraphs', async () => {
    const root = project();
    const draft = await readDocx(await draftWithEveryForm());
    const concern = draft.blocks.findIndex((b) => b.kind === 'paragraph' && b.markdown.startsWith('The force does not record'));
    // The same draft with the concern's recommendations replaced by one without a deadline, then a second concern with none.
    const blocks = [...draft.blocks];
    blocks.splice(concern + 1, 1, { kind: 'list', paragraph: 90, ordered: false, items: [{ paragraph: 90, markdown: 'The force should do better.', ordered: false, items: [] }] }, { kind: 'paragraph', paragraph: 91, markdown: 'A second concern.' });
    const { log } = draftToNarrative({ ...draft, blocks }, inspectionReport(root, key).report);
    expect(log.errors).toEqual([
      { paragraph: 90, message: 'recommendation 1 of cause of concern 1 has no deadline: end it with "Due: immediately", "Due: within three months", "Due: within six months" or "Due: 31 March 2027"' },
      { paragraph: 91, message: 'cause of concern 2 has no recommendations: list them under it, each with its deadline' },
    ]);
  });

  it('carries a table in a question as a markdown table, and reports one in a list part (Summary) as not imported, naming its paragraph', async () => {
    const root = project();
    const draft = await readDocx(await draftWithEveryForm());
    const table = draft.blocks.find((b) => b.kind === 'table');
    const summary = draft.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'SUMMARY');
    // The draft's table (under Question 1) copied under the Summary heading as well.
    const blocks = [...draft.blocks];
    if (table) blocks.splice(summary + 1, 0, { ...table, paragraph: 80 });
    const { parts, log } = draftToNarrative({ ...draft, blocks }, inspectionReport(root, key).report);
    expect(log.dropped.filter((d) => d.paragraph === 80)).toEqual([{ paragraph: 80, what: 'a table in Summary, which holds a list' }]);
    expect(parts.summary.join('\n')).not.toContain('Crime type');
    expect(parts.sections.find((s) => s.heading === 'Question 1')?.body).toContain('| Crime type | Recorded |\n| --- | --- |\n| All crime | {{overall.rate}} |\n| Violence | {{violence.rate}} |');
  });
});

describe('the headline from a Title', () => {
  const headline = async (text: string, order: Parameters<typeof draftWithTitle>[1]) => {
    const { report, text: narrative } = await imported(() => draftWithTitle(text, order));
    return { report, headline: readNarrative(narrative, narrativeFile).parts.headline };
  };
  const dropped = (text: string, paragraph: number) => `paragraph ${paragraph}: the title "${text}" (the inspection's title comes from data/inspections.csv)`;

  it('takes a Title as the headline when no paragraph comes before the first heading, its figures as placeholders, and says so', async () => {
    const { report, headline: taken } = await headline('Westvale Police records 91.2% of crime, and must do better', ['title', 'summary']);
    expect(taken).toBe('Westvale Police records {{overall.rate}} of crime, and must do better');
    expect(report).toContain('sections found: Headline, Summary\n');
    expect(report).toContain('headline: taken from the Title (paragraph 1), as no paragraph comes before the first heading\n');
    expect(report).toContain('  paragraph 1: "91.2%" → {{overall.rate}}\n');
    expect(report).toContain('not imported: none\n');
  });

  it('takes the paragraph before the first heading as the headline when there is one, and reports the Title as not imported', async () => {
    for (const order of [['title', 'headline', 'summary'], ['headline', 'title', 'summary']] as const) {
      const { report, headline: taken } = await headline('Westvale Police must do better', order);
      expect(taken).toBe('Westvale Police records most crime correctly.');
      expect(report).not.toContain('headline: taken from the Title');
      expect(report).toContain(`not imported: 1\n  ${dropped('Westvale Police must do better', order.indexOf('title') + 1)}\n`);
    }
  });

  it('never takes the Title that its own template and review copy write, nor a Title after the first heading, as the headline', async () => {
    const title = wordTitle(inspectionReport(project(), key).report);
    expect(title).toBe('Westvale Police: Crime data integrity inspection 2026');
    const own = await headline(title, ['title', 'summary']);
    expect(own.headline).toBeNull();
    expect(own.report).toContain('sections missing: Headline, ');
    expect(own.report).not.toContain('headline: taken from the Title');
    expect(own.report).toContain(`not imported: 1\n  ${dropped(title, 1)}\n`);

    const late = await headline('Westvale Police must do better', ['summary', 'title']);
    expect(late.headline).toBeNull();
    expect(late.report).toContain(`not imported: 1\n  ${dropped('Westvale Police must do better', 3)}\n`);
  });
});

describe('the Word template and review copy', () => {
  it('npm run new --docx writes a template that imports back to the same narrative', () => {
    const root = copyOfMinimalProject();
    roots.push(root);
    const made = runScript('new.ts', ['northshire', 'cdi', '2026', '--docx', '--root', root]);
    expect(made.status, made.stderr).toBe(0);
    const scaffold = readFileSync(join(root, 'content/reports/northshire/2026-cdi.md'), 'utf8');
    const back = runScript('import.ts', [join(root, 'content/reports/northshire/2026-cdi.docx'), 'northshire/2026-cdi', '--root', root]);
    expect(back.status, back.stderr).toBe(0);
    expect(back.stdout).toContain('sections missing: none\nfigures replaced: none\nnumbers left as typed: none\nnot imported: 1\n');
    expect(back.stdout).toContain('instructions left out: 12');
    expect(withoutMarker(readFileSync(join(root, 'content/reports/northshire/2026-cdi.md'), 'utf8'))).toBe(scaffold);
    expect(runScript('check.ts', [root]).status).toBe(0);
  }, 60_000);

  it('the template lists the inspection\'s placeholders in a table, left out on import', async () => {
    const root = project();
    const template = await readDocx(await wordTemplate(root, 'northshire/2016-cdi'));
    const table = template.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.instruction).toBe(true);
    const cells = table?.kind === 'table' ? table.rows.map((row) => row.map((c) => c.markdown).join(' | ')) : [];
    expect(cells.slice(0, 2)).toEqual(['Figure | Placeholder | Value now', 'All crime | {{overall.rate}} {{overall.ci}} {{overall.over}} | 88.0% ±1.70 over 13,600']);
    expect(cells).toContain('Rape: recorded correctly | {{rape.rate}} {{rape.count}} {{rape.denominator}} {{rape.of}} | 83.1% 98 118 98 of 118');
  });

  it('export writes the narrative with every figure filled in, which reads back to its text and imports back to the narrative', async () => {
    const { root, text } = await imported(draftBySomeoneElse);
    writeFileSync(join(root, narrativeFile), withoutMarker(text).replace('93.0 per cent', '{{overall.rate}}'));
    const exported = join(root, 'review.docx');
    const made = runScript('export.ts', [key, '--docx', '--out', exported, '--root', root]);
    expect(made.status, made.stderr).toBe(0);

    // Read back with the import's own reader: the narrative's text, every figure filled in.
    const read = await readDocx(readFileSync(exported));
    const filled = filledNarrative(root, key).parts;
    const paragraphs = read.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.markdown] : b.kind === 'list' ? b.items.map((i) => i.markdown) : []));
    expect(paragraphs).toEqual(expect.arrayContaining([filled.headline, ...filled.summary, ...filled.strengths, ...filled.areasForImprovement, filled.causesOfConcern[0]?.concern]));
    expect(paragraphs).toContain('The force recorded 91.2% of crimes, with a 95% confidence interval of ±1.5 percentage points, and fails to record over 5,100 crimes a year.');
    expect(JSON.stringify(read.blocks)).not.toContain('{{');
    // A deadline that the wording gives is not repeated; the template's own example ends "Due: …" (see above).
    expect(read.blocks.flatMap((b) => (b.kind === 'list' ? b.items.map((i) => i.markdown) : []))).toContain('The force should immediately review how it records violence.');

    // A reviewer's copy comes back as the narrative, figures as placeholders again, without --force.
    const before = readNarrative(readFileSync(join(root, narrativeFile), 'utf8'), narrativeFile).parts;
    const back = await importDraft({ root, draft: exported, key, force: false });
    expect([back.problems, back.checked]).toEqual([[], []]);
    expect(readNarrative(readFileSync(join(root, narrativeFile), 'utf8'), narrativeFile).parts).toEqual(before);
  }, 60_000);

  it('the review copy is a Word document that the project\'s folders ignore', () => {
    const root = project();
    const made = runScript('export.ts', ['northshire/2016-cdi', '--docx', '--root', root]);
    expect(made.status, made.stderr).toBe(0);
    expect(readdirSync(join(root, 'content/reports/northshire'))).toEqual(['2016-cdi.md', '2016-cdi.review.docx']);
    expect(runScript('check.ts', [root]).status).toBe(0);
  }, 60_000);
});
