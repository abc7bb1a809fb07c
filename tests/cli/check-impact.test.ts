// `npm run check` on a copy of the project under git: what a new or edited source changes on the site.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runScript, tempProject } from '../support/project-copy.ts';

let project: string;
const git = (...args: string[]) => execFileSync('git', ['-C', project, ...args], { stdio: 'ignore' });
const check = () => runScript(project, 'check');

beforeAll(() => {
  project = tempProject('check-impact-');
  git('init', '--quiet');
  git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'add', 'content');
  git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '--quiet', '-m', 'content');
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

// Each test runs the check once over the whole content: generous, since the check grows with it.
describe('the impact summary of npm run check', { timeout: 120_000 }, () => {
  it('says nothing when no source changed since the last commit', () => {
    const run = check();
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('What this changes on the site');
  });

  it('names a new source and what it moves on the topics and /choose/', () => {
    copyFileSync(
      join(ROOT, 'tests', 'fixtures', 'sources', 'valid.mdx'),
      join(project, 'content', 'sources', 'fixture-valid.mdx'),
    );
    const run = check();
    rmSync(join(project, 'content', 'sources', 'fixture-valid.mdx'));
    expect(run.stdout).toContain(
      'What this changes on the site, against HEAD:\n  content/sources/fixture-valid.mdx (new)',
    );
    expect(run.stdout).toMatch(/^ {2}· (?:flips )?performance: .+ → .+$/m);
    expect(run.stdout).toMatch(/^ {2}· \/choose\/ .+: Go \d+ → \d+ sources \(gains fixture-valid\)$/m);
  });

  it('says so when an edit moves nothing a reader sees', () => {
    const file = join(
      project,
      'content',
      'sources',
      execFileSync('ls', [join(project, 'content', 'sources')], { encoding: 'utf8' }).split('\n')[0]!,
    );
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^summary: .*$/m, 'summary: "Rewritten in our own words."'));
    const run = check();
    writeFileSync(file, text);
    expect(run.stdout).toMatch(
      /\(edited\)\n {2}· nothing a reader sees on the topics, the contradictions or \/choose\/ changes\./,
    );
  });
});
