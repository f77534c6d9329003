/** Read sitemap.xml (a urlset, or a sitemapindex of urlsets) from a built folder. */
import { existsSync } from 'node:fs';
import { readText, resolveUrlPath } from './site.ts';

export interface SitemapEntry {
	loc: string;
	alternates: { hreflang: string; href: string }[];
	/** The sitemap file it came from (site-relative). */
	source: string;
}

export interface Sitemap {
	entries: SitemapEntry[];
	problems: string[];
}

function decodeXml(s: string): string {
	return s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
		.replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
		.replace(/&amp;/g, '&');
}

function attr(tag: string, name: string): string | undefined {
	const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag);
	return m ? decodeXml(m[1] ?? m[2] ?? '') : undefined;
}

function locOf(block: string): string | undefined {
	const m = /<loc>\s*([^<]*?)\s*<\/loc>/i.exec(block);
	return m ? decodeXml(m[1] ?? '') : undefined;
}

/**
 * Entries of `sitemap.xml` under the given origin + base. Nested sitemaps of
 * a sitemap index are followed when they are built files of the same site.
 */
export function readSitemap(dir: string, base: string, origin: string, file = 'sitemap.xml'): Sitemap {
	const problems: string[] = [];
	const entries: SitemapEntry[] = [];
	const seen = new Set<string>();
	const visit = (urlPath: string): void => {
		if (seen.has(urlPath)) return;
		seen.add(urlPath);
		const found = resolveUrlPath(dir, base, urlPath);
		if (!found.ok || !existsSync(found.file)) {
			problems.push(`${urlPath}: ${found.ok ? 'missing' : found.reason}`);
			return;
		}
		const xml = readText(found.file);
		if (/<sitemapindex[\s>]/i.test(xml)) {
			for (const m of xml.matchAll(/<sitemap>([\s\S]*?)<\/sitemap>/gi)) {
				const loc = locOf(m[1] ?? '');
				if (!loc) {
					problems.push(`${found.rel}: a <sitemap> without <loc>`);
					continue;
				}
				const u = new URL(loc, origin);
				if (u.origin !== origin) problems.push(`${found.rel}: nested sitemap ${loc} is not on ${origin}`);
				else visit(u.pathname);
			}
			return;
		}
		if (!/<urlset[\s>]/i.test(xml)) {
			problems.push(`${found.rel}: neither a <urlset> nor a <sitemapindex>`);
			return;
		}
		for (const m of xml.matchAll(/<url>([\s\S]*?)<\/url>/gi)) {
			const block = m[1] ?? '';
			const loc = locOf(block);
			if (!loc) {
				problems.push(`${found.rel}: a <url> without <loc>`);
				continue;
			}
			const alternates = Array.from(block.matchAll(/<xhtml:link\b[^>]*>/gi)).flatMap((t) => {
				const tag = t[0];
				if ((attr(tag, 'rel') ?? '') !== 'alternate') return [];
				return [{ hreflang: attr(tag, 'hreflang') ?? '', href: attr(tag, 'href') ?? '' }];
			});
			entries.push({ loc, alternates, source: found.rel });
		}
	};
	visit(base + file);
	return { entries, problems };
}
