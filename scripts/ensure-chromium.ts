/**
 * Make sure a Chromium-family browser is available for the real-browser tests.
 *
 *   node scripts/ensure-chromium.ts
 *
 * Prints the browser's path and exits 0 when one is found. Otherwise, when
 * running as root on a machine with apt-get (CI, a fresh Debian/Ubuntu box),
 * installs Debian's `chromium` and a font, then checks again. Exits 1 with an
 * install hint when no browser can be had. Also makes sure poppler's PDF tools
 * are there (the briefing book tests read the PDFs with them).
 *
 * Runs with Node's type stripping: only erasable TypeScript here, and
 * relative imports carry their `.ts` extension.
 */
import { spawnSync } from 'node:child_process';
import { findChromium, INSTALL_HINT } from '../src/browser/find-chromium.ts';

function hasCommand(name: string): boolean {
	return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function run(cmd: string, args: string[]): void {
	console.log(`$ ${cmd} ${args.join(' ')}`);
	const result = spawnSync(cmd, args, {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
	});
	if (result.error) throw result.error;
	if (result.status !== 0) {
		throw new Error(`${cmd} ${args.join(' ')} exited with status ${result.status ?? result.signal}`);
	}
}

/** poppler's pdfinfo, pdffonts and pdftotext read the briefing books in the tests. */
function ensurePoppler(isRoot: boolean): boolean {
	if (hasCommand('pdftotext')) return true;
	if (isRoot && hasCommand('apt-get')) {
		try {
			run('apt-get', ['install', '-y', 'poppler-utils']);
		} catch (error) {
			console.error(error instanceof Error ? error.message : String(error));
		}
	}
	if (hasCommand('pdftotext')) return true;
	console.error('The briefing book tests need poppler (pdfinfo, pdffonts, pdftotext): apt-get install -y poppler-utils (or brew install poppler).');
	return false;
}

function main(): number {
	const isRoot = process.getuid?.() === 0;
	if (!ensurePoppler(isRoot)) return 1;
	const found = findChromium();
	if (found) {
		console.log(found);
		return 0;
	}
	if (isRoot && hasCommand('apt-get')) {
		console.error('No Chromium-family browser found; installing Debian\'s chromium with apt-get.');
		try {
			run('apt-get', ['update']);
			run('apt-get', ['install', '-y', 'chromium', 'fonts-dejavu-core']);
		} catch (error) {
			console.error(error instanceof Error ? error.message : String(error));
		}
		const installed = findChromium();
		if (installed) {
			console.log(installed);
			return 0;
		}
	}
	console.error(INSTALL_HINT);
	return 1;
}

process.exitCode = main();
