// The Atom feed (RFC 4287) of one language's major changes, newest first:
// the same entries, words and links as the "What changed" page.
import { fill, ui } from '../i18n/ui.ts';
import type { Lang } from '../i18n/languages.ts';
import { changeNote } from '../model/change-notes.ts';
import { feedPath } from '../model/links.ts';
import type { SiteModel } from '../model/site-model.ts';
import { absoluteUrl } from '../model/urls.ts';
import { typeset } from '../html/typography.ts';
import { escapeHtml } from '../diagrams/escape.ts';

// The HTML escape is an XML escape too (&amp; &lt; &gt; &quot; &#39;).
const escapeXml = escapeHtml;

/** An RFC 3339 timestamp for a calendar date (changes are dated by day). */
const stamp = (date: string) => `${date}T00:00:00Z`;

export function atomFeed(model: SiteModel, lang: Lang, site: URL | undefined): string {
	const t = ui(lang);
	const changesRoute = model.route(`page:${model.viewPage('changes', lang)!.data.translationKey}`, lang)!;
	const pageUrl = absoluteUrl(changesRoute.path, site);
	const self = absoluteUrl(feedPath(lang), site);
	const notes = model.history.majorChanges.map((c) => changeNote(model, c, lang));
	const updated = notes[0]?.date ?? model.dateModified(changesRoute);
	const abs = (href: string) => new URL(href, pageUrl).href;
	// The pages' typography (French spaces and quotes), which the middleware applies to HTML only.
	const text = (s: string) => escapeXml(typeset(s, lang));
	const entries = notes.map((n) => {
		const lines = [
			n.what,
			n.meeting?.label,
			n.note && `${t.noteLabel}${t.colon} ${n.note}`,
			n.references.length ? `${t.sourcesLead} ${n.references.map((r) => r.label).join(t.listSep)}` : undefined,
		].filter((x): x is string => !!x);
		return [
			'  <entry>',
			`    <id>${escapeXml(`${pageUrl}#change-${n.id}`)}</id>`,
			`    <title>${text(`${n.subject.label} — ${n.what}`)}</title>`,
			`    <updated>${stamp(n.date)}</updated>`,
			`    <link rel="alternate" type="text/html" href="${escapeXml(abs(n.subject.href))}"/>`,
			`    <summary>${text(lines.join('\n'))}</summary>`,
			'  </entry>',
		].join('\n');
	});
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
		`  <id>${escapeXml(self)}</id>`,
		`  <title>${text(fill(t.feedTitle, { site: t.siteName }))}</title>`,
		`  <updated>${stamp(updated)}</updated>`,
		`  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
		`  <link rel="alternate" type="text/html" href="${escapeXml(pageUrl)}"/>`,
		`  <author><name>${text(t.siteName)}</name></author>`,
		...entries,
		'</feed>',
		'',
	].join('\n');
}
