// The one reader of git history: when each content file last changed, for
// "Date modified" and for translation status. Paths are NUL-separated (-z)
// and unquoted (core.quotePath=false), so any file name, spaces and accents
// included, comes back as it is on disk.
import { execFileSync } from 'node:child_process';
import { realpathSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export interface Change {
	/** Commit of the last change; null when the file has uncommitted changes. */
	commit: string | null;
	/** ISO 8601 time of the last change (committer date; now when uncommitted). */
	time: string;
}

/** Last change of every file under `dir`, by absolute real path; null outside a git checkout. */
export type Changes = Map<string, Change>;

function git(cwd: string, args: string[]): string {
	return execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
		cwd,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		stdio: ['ignore', 'pipe', 'ignore'],
	});
}

/** One `git log` and one `git status` for everything under `dir`. */
export function gitChanges(dir: string): Changes | null {
	let top: string;
	try {
		top = realpathSync(git(dir, ['rev-parse', '--show-toplevel']).trim());
	} catch {
		return null;
	}
	const spec = relative(top, realpathSync(dir)).split('\\').join('/') || '.';
	const changes: Changes = new Map();
	let log = '';
	try {
		// Each commit: RS, hash TAB time NUL, then its files, each followed by NUL.
		log = git(top, ['log', '--no-renames', '-z', '--format=%x1e%H%x09%cI', '--name-only', '--', spec]);
	} catch {
		/* no commit yet: everything is uncommitted (below) */
	}
	// Newest first: the first commit listed for a file is its last change.
	for (const record of log.split('\x1e').slice(1)) {
		const [header = '', ...names] = record.split('\0');
		const [commit = '', time = ''] = header.split('\t');
		for (const raw of names) {
			const name = raw.replace(/^\n/, '');
			const path = join(top, name);
			if (name && !changes.has(path)) changes.set(path, { commit, time: time.trim() });
		}
	}
	try {
		const now = new Date().toISOString();
		const status = git(top, ['status', '--porcelain', '-z', '--untracked-files=all', '--', spec]).split('\0');
		for (let i = 0; i < status.length; i++) {
			const entry = status[i]!;
			if (entry.length < 4) continue;
			changes.set(join(top, entry.slice(3)), { commit: null, time: now });
			if (/[RC]/.test(entry.slice(0, 2))) i++; // the path it was renamed or copied from follows
		}
	} catch {
		/* no status: committed dates only */
	}
	return changes;
}

/** The last change of one file (any path form), if git knows it. */
export function changeOf(changes: Changes | null, file: string): Change | undefined {
	if (!changes) return undefined;
	const abs = resolve(file);
	const direct = changes.get(abs);
	if (direct) return direct;
	try {
		return changes.get(realpathSync(abs));
	} catch {
		return undefined;
	}
}

/** Latest day (YYYY-MM-DD) among `files`: git's date, else the file's modification time. */
export function lastModified(files: string[], changes: Changes | null): string {
	let best = '';
	for (const f of files) {
		let d = changeOf(changes, f)?.time.slice(0, 10);
		if (!d) {
			try {
				d = statSync(f).mtime.toISOString().slice(0, 10);
			} catch {
				continue;
			}
		}
		if (d > best) best = d;
	}
	return best || new Date().toISOString().slice(0, 10);
}
