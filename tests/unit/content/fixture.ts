// Copies the valid fixture site to a temporary folder so each test can break it in one way.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const VALID_FIXTURE = resolve(import.meta.dirname, '../../fixtures/valid-content');
const PROJECT = resolve(import.meta.dirname, '../../..');

/** Runs one of the project's scripts on a fixture copy, as `npm run …` does. */
export function runScript(fx: FixtureCopy, script: string, ...args: string[]): { status: number | null; out: string } {
	const r = spawnSync(process.execPath, [script, ...args], {
		cwd: PROJECT,
		env: { ...process.env, CONTENT_DIR: fx.contentDir },
		encoding: 'utf8',
	});
	return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

export interface FixtureCopy {
	root: string;
	contentDir: string;
	read(rel: string): string;
	write(rel: string, text: string): void;
	edit(rel: string, from: string | RegExp, to: string): void;
	remove(rel: string): void;
	cleanup(): void;
}

export function copyFixture(): FixtureCopy {
	const root = mkdtempSync(join(tmpdir(), 'jc-content-'));
	const contentDir = join(root, 'content');
	cpSync(VALID_FIXTURE, contentDir, { recursive: true });
	const path = (rel: string) => join(contentDir, rel);
	return {
		root,
		contentDir,
		read: (rel) => readFileSync(path(rel), 'utf8'),
		write: (rel, text) => writeFileSync(path(rel), text),
		edit(rel, from, to) {
			const before = readFileSync(path(rel), 'utf8');
			const after = before.replace(from, to);
			if (after === before) throw new Error(`fixture edit did not apply to ${rel}: ${String(from)}`);
			writeFileSync(path(rel), after);
		},
		remove: (rel) => rmSync(path(rel)),
		cleanup: () => rmSync(root, { recursive: true, force: true }),
	};
}
