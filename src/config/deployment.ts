/** Where the site is deployed, read from the environment (see README, "Deploy"). */
export interface Deployment {
	/** Absolute origin, no trailing slash, e.g. https://example.ca */
	site: string;
	/** Path prefix with leading and trailing slash, e.g. / or /cm/ */
	base: string;
	/** Build output folder. */
	outDir: string;
}

export const DEFAULT_SITE_URL = 'http://localhost:4321';

export function normalizeBase(raw: string | undefined): string {
	const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

export function resolveDeployment(env: Record<string, string | undefined>): Deployment {
	const siteRaw = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
	let url: URL;
	try {
		url = new URL(siteRaw);
	} catch {
		throw new Error(`SITE_URL must be an absolute URL such as https://example.ca (got "${siteRaw}")`);
	}
	if (url.pathname !== '/' && url.pathname !== '') {
		throw new Error(`SITE_URL must be an origin without a path (got "${siteRaw}"); put the path in BASE_PATH`);
	}
	return { site: url.origin, base: normalizeBase(env.BASE_PATH), outDir: env.OUT_DIR?.trim() || './dist' };
}

/** Links every page offers editors and readers; each is hidden when not configured. */
export interface PageLinks {
	/** Prefix of the "Edit this page" link; the source file's path is appended (EDIT_URL). */
	editUrl?: string;
	/** Where "Report a problem" leads: a URL or a mailto: address (REPORT_PROBLEM_URL). */
	reportProblemUrl?: string;
}

export function resolvePageLinks(env: Record<string, string | undefined>): PageLinks {
	const editUrl = env.EDIT_URL?.trim();
	const report = env.REPORT_PROBLEM_URL?.trim();
	for (const [name, value] of [['EDIT_URL', editUrl], ['REPORT_PROBLEM_URL', report]] as const) {
		if (value && !/^(https?:\/\/|mailto:)/.test(value)) throw new Error(`${name} must start with https://, http:// or mailto: (got "${value}")`);
	}
	return {
		...(editUrl ? { editUrl: editUrl.replace(/\/?$/, '/') } : {}),
		...(report ? { reportProblemUrl: report } : {}),
	};
}
