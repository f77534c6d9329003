import { existsSync } from 'node:fs';

/**
 * Candidate browser executables, in order of preference. CHROMIUM_PATH wins;
 * then Debian's chromium, then an installed Chrome or Edge.
 */
export const CHROMIUM_CANDIDATES: readonly string[] = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/usr/bin/microsoft-edge',
	'/usr/bin/microsoft-edge-stable',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
	'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** The path of a Chromium-family browser, or undefined when none is installed. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
	const fromEnv = env.CHROMIUM_PATH?.trim();
	if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
	return CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}

/**
 * Launch flags for headless runs on a closed network: without the
 * background-networking flags Chromium keeps trying to reach Google's hosts.
 */
export const CHROMIUM_ARGS: readonly string[] = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export const INSTALL_HINT =
	'No Chromium-family browser found. Install one (Debian/Ubuntu: `apt-get install -y chromium`) or set CHROMIUM_PATH to its executable.';
