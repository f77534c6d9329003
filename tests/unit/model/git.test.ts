// The git module against a real temporary repository whose file names have
// spaces, accents and quotes: dates of committed, modified and new files.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeOf, gitChanges, lastModified } from '../../../src/model/git.ts';

const repo = mkdtempSync(join(tmpdir(), 'jc-git-'));
const dir = join(repo, 'content pages');
const git = (...args: string[]) =>
	execFileSync('git', args, {
		cwd: repo,
		encoding: 'utf8',
		env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.ca', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.ca' },
	});
const commitAt = (date: string, message: string) =>
	execFileSync('git', ['commit', '-q', '-m', message], {
		cwd: repo,
		env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.ca', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.ca', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
	});

const OLD = join(dir, 'été 2020', 'ordre du jour.mdx');
const NEW = join(dir, 'l’identité "numérique".mdx');
const EDITED = join(dir, 'mesures.yaml');
const UNTRACKED = join(dir, 'brouillon à faire.mdx');

beforeAll(() => {
	git('init', '-q');
	mkdirSync(join(dir, 'été 2020'), { recursive: true });
	writeFileSync(OLD, 'a');
	writeFileSync(EDITED, 'a');
	git('add', '-A');
	commitAt('2020-02-27T12:00:00Z', 'first');
	writeFileSync(NEW, 'b');
	git('add', '-A');
	commitAt('2021-03-04T12:00:00Z', 'second');
	writeFileSync(EDITED, 'changed');
	writeFileSync(UNTRACKED, 'c');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('gitChanges', () => {
	it('dates each committed file by its last commit, names with spaces, accents and quotes included', () => {
		const changes = gitChanges(dir)!;
		expect(changeOf(changes, OLD)?.time.slice(0, 10)).toBe('2020-02-27');
		expect(changeOf(changes, NEW)?.time.slice(0, 10)).toBe('2021-03-04');
		expect(changeOf(changes, NEW)?.commit).toMatch(/^[0-9a-f]{40}$/);
	});

	it('counts modified and untracked files as changed now, with no commit', () => {
		const changes = gitChanges(dir)!;
		const today = new Date().toISOString().slice(0, 10);
		for (const f of [EDITED, UNTRACKED]) {
			expect(changeOf(changes, f)?.commit).toBeNull();
			expect(changeOf(changes, f)?.time.slice(0, 10)).toBe(today);
		}
	});

	it('gives the latest day among files, and null outside a checkout', () => {
		const changes = gitChanges(dir)!;
		expect(lastModified([OLD, NEW], changes)).toBe('2021-03-04');
		expect(gitChanges(tmpdir())).toBeNull();
	});
});
