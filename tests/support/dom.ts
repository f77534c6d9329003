/**
 * Functions evaluated inside the page (they must stay self-contained: no
 * imports, no closures over Node values).
 */

export interface ToggleInfo {
	count: number;
	href: string | null;
	/** Absolute URL the toggle points to. */
	resolved: string | null;
	lang: string | null;
	hreflang: string | null;
	/** Text a sighted user sees (visually hidden parts excluded). */
	visibleText: string;
	isVisible: boolean;
	/** The nearest heading before the toggle in document order. */
	heading: { text: string; tag: string; visuallyHidden: boolean; rendered: boolean } | null;
	htmlLang: string | null;
	alternates: { hreflang: string; href: string }[];
}

/** Inspect the language toggle of the current document. */
export function inspectToggle(): ToggleInfo {
	const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
	const clipped = (el: Element): boolean => {
		const cs = getComputedStyle(el);
		const rect = el.getBoundingClientRect();
		const clip = cs.clip.replace(/\s|px/g, '');
		const clipPath = cs.clipPath.replace(/\s/g, '');
		return (
			clip === 'rect(0,0,0,0)' ||
			clip === 'rect(0000)' ||
			/^inset\((50|100)%\)$/.test(clipPath) ||
			((rect.width <= 1 || rect.height <= 1) && cs.overflow !== 'visible') ||
			rect.right < 0 ||
			rect.bottom < 0 ||
			rect.left > document.documentElement.scrollWidth + 1000
		);
	};
	const visuallyHidden = (el: Element | null): boolean => {
		for (let e = el; e; e = e.parentElement) if (clipped(e)) return true;
		return false;
	};
	const visibleText = (root: Element): string => {
		const parts: string[] = [];
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const parent = n.parentElement;
			if (!parent) continue;
			if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
			if (visuallyHidden(parent)) continue;
			parts.push(n.textContent ?? '');
		}
		return norm(parts.join(''));
	};

	const toggles = Array.from(document.querySelectorAll<HTMLAnchorElement>('a[data-language-toggle]'));
	const toggle = toggles[0];
	let heading: ToggleInfo['heading'] = null;
	if (toggle) {
		const headings = Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')).filter(
			(h) => h.compareDocumentPosition(toggle) & Node.DOCUMENT_POSITION_FOLLOWING,
		);
		const h = headings[headings.length - 1];
		if (h) {
			heading = {
				text: norm(h.textContent),
				tag: h.tagName.toLowerCase(),
				visuallyHidden: visuallyHidden(h),
				rendered: h.checkVisibility({ visibilityProperty: true }),
			};
		}
	}
	return {
		count: toggles.length,
		href: toggle?.getAttribute('href') ?? null,
		resolved: toggle ? toggle.href : null,
		lang: toggle?.getAttribute('lang') ?? null,
		hreflang: toggle?.getAttribute('hreflang') ?? null,
		visibleText: toggle ? visibleText(toggle) : '',
		isVisible: toggle ? toggle.checkVisibility({ visibilityProperty: true }) && !visuallyHidden(toggle) : false,
		heading,
		htmlLang: document.documentElement.getAttribute('lang'),
		alternates: Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel~="alternate"][hreflang]')).map((l) => ({
			hreflang: l.getAttribute('hreflang') ?? '',
			href: l.href,
		})),
	};
}

export interface OverflowInfo {
	scrollWidth: number;
	innerWidth: number;
	/** The deepest elements sticking out to the right, widest first. */
	offenders: { selector: string; right: number; width: number }[];
}

/** Horizontal overflow of the current document at the current viewport. */
export function measureOverflow(): OverflowInfo {
	const limit = window.innerWidth;
	const describe = (el: Element): string => {
		const parts: string[] = [];
		for (let e: Element | null = el; e && e !== document.documentElement && parts.length < 4; e = e.parentElement) {
			let s = e.tagName.toLowerCase();
			if (e.id) s += `#${e.id}`;
			else if (e.classList.length) s += `.${Array.from(e.classList).slice(0, 2).join('.')}`;
			parts.unshift(s);
		}
		return parts.join(' > ');
	};
	// Content of a scroll or clip container does not widen the page: only
	// the container itself can.
	const clippedByAncestor = (el: Element): boolean => {
		for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
			if (getComputedStyle(e).overflowX !== 'visible') return true;
		}
		return false;
	};
	const wide = Array.from(document.body.querySelectorAll('*')).filter((el) => {
		const r = el.getBoundingClientRect();
		return r.width > 0 && r.right > limit + 0.5 && !clippedByAncestor(el);
	});
	// Keep the deepest offenders: drop an element when one of its descendants is listed.
	const deepest = wide.filter((el) => !wide.some((other) => other !== el && el.contains(other)));
	return {
		scrollWidth: document.documentElement.scrollWidth,
		innerWidth: limit,
		offenders: deepest
			.map((el) => {
				const r = el.getBoundingClientRect();
				return { selector: describe(el), right: Math.round(r.right), width: Math.round(r.width) };
			})
			.sort((a, b) => b.right - a.right)
			.slice(0, 5),
	};
}
