// The search page's client code. Pagefind (its JS, worker, wasm and the
// language's index chunks) is imported only when the reader starts to search.

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: { title?: string; type?: string };
}
interface Pagefind {
	options(o: { baseUrl?: string; ranking?: { pageLength?: number; termFrequency?: number; termSaturation?: number; termSimilarity?: number } }): Promise<void>;
	init(): Promise<void>;
	search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}
interface Messages {
	loading: string;
	/** « {count} résultat… » and « {count} résultats… », chosen by the language's plural rules. */
	countOne: string;
	countOther: string;
	none: string;
	error: string;
}

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
	pagefind ??= import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
		// Short pages (a body's page) would otherwise outrank the long page a term is about (the register for « gains rapides »).
		await pf.options({ baseUrl: BASE, ranking: { pageLength: 0.1 } });
		await pf.init();
		return pf;
	});
	return pagefind;
}

const fill = (s: string, v: Record<string, string>) => s.replace(/\{(\w+)\}/g, (m, k: string) => v[k] ?? m);

/** Pagefind's excerpt is escaped text with <mark> around matches: keep exactly that, as DOM nodes. */
function excerptNodes(excerpt: string): Node[] {
	const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
	return [...doc.body.firstChild!.childNodes].map((n) => {
		if (n.nodeName === 'MARK') {
			const mark = document.createElement('mark');
			mark.textContent = n.textContent;
			return mark;
		}
		return document.createTextNode(n.textContent ?? '');
	});
}

/** Results shown at a time, as GOV.UK's search pages do. */
const PAGE_SIZE = 20;

function resultItem(d: PagefindResultData): HTMLLIElement {
	const li = document.createElement('li');
	const a = document.createElement('a');
	a.href = d.url;
	a.textContent = d.meta.title ?? d.url;
	const heading = document.createElement('h2');
	heading.append(a);
	li.append(heading);
	if (d.meta.type) {
		const badge = document.createElement('span');
		badge.className = 'badge';
		badge.textContent = d.meta.type;
		li.append(badge);
	}
	const p = document.createElement('p');
	p.append(...excerptNodes(d.excerpt));
	li.append(p);
	return li;
}

export function startSearchPage(): void {
	const form = document.getElementById('search-form') as HTMLFormElement | null;
	const input = document.getElementById('search-q') as HTMLInputElement | null;
	const status = document.getElementById('search-status');
	const list = document.getElementById('search-results');
	const more = document.getElementById('search-more') as HTMLButtonElement | null;
	if (!form || !input || !status || !list || !more) return;
	const messages = JSON.parse(form.dataset.messages ?? '{}') as Messages;
	let run = 0;
	let timer: number | undefined;
	/** The current query's results, shown a page at a time (each shown result fetches its fragment). */
	let pending: { data(): Promise<PagefindResultData> }[] = [];

	const selectedType = () => (form.querySelector('input[name="type"]:checked') as HTMLInputElement | null)?.value ?? '';

	async function search(): Promise<void> {
		const query = input!.value.trim();
		const type = selectedType();
		const params = new URLSearchParams();
		if (query) params.set('q', query);
		if (type) params.set('type', type);
		history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
		const mine = ++run;
		if (!query) {
			status!.textContent = '';
			list!.replaceChildren();
			pending = [];
			more!.hidden = true;
			return;
		}
		status!.textContent = messages.loading;
		try {
			const pf = await loadPagefind();
			const found = await pf.search(query, type ? { filters: { type } } : {});
			if (mine !== run) return;
			pending = found.results;
			list!.replaceChildren();
			await showMore(mine);
			if (mine !== run) return;
			const n = found.results.length;
			const lang = document.documentElement.lang;
			status!.textContent = n
				? fill(new Intl.PluralRules(lang).select(n) === 'one' ? messages.countOne : messages.countOther, { count: n.toLocaleString(lang), query })
				: fill(messages.none, { query });
		} catch (error) {
			console.error(error);
			if (mine === run) status!.textContent = messages.error;
		}
	}

	/** Appends the next page of results; returns the first new link. */
	async function showMore(mine: number): Promise<HTMLAnchorElement | undefined> {
		const next = pending.slice(0, PAGE_SIZE);
		pending = pending.slice(PAGE_SIZE);
		const data = await Promise.all(next.map((r) => r.data()));
		if (mine !== run) return undefined; // a newer query is under way
		const items = data.map(resultItem);
		list!.append(...items);
		more!.hidden = pending.length === 0;
		return items[0]?.querySelector('a') ?? undefined;
	}
	more.addEventListener('click', () => {
		const mine = run;
		void showMore(mine).then((first) => first?.focus());
	});

	form.addEventListener('submit', (e) => {
		e.preventDefault();
		void search();
	});
	input.addEventListener('input', () => {
		window.clearTimeout(timer);
		timer = window.setTimeout(() => void search(), 250);
	});
	// Starting to search (focusing the box) is when Pagefind starts loading.
	input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
	form.addEventListener('change', (e) => {
		if ((e.target as HTMLInputElement).name === 'type') void search();
	});

	// Keyboard: `/` focuses the box, Esc clears it, ↓ and ↑ move through the results' links.
	document.addEventListener('keydown', (e) => {
		const target = e.target as HTMLElement;
		const typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target.isContentEditable;
		if (e.key === '/' && !typing) {
			e.preventDefault();
			input.focus();
			input.select();
			return;
		}
		const links = [...list.querySelectorAll<HTMLAnchorElement>('h2 a')];
		const at = links.indexOf(document.activeElement as HTMLAnchorElement);
		if (e.key === 'Escape' && (target === input || at >= 0)) {
			input.value = '';
			input.focus();
			void search();
		} else if (e.key === 'ArrowDown' && links.length && (target === input || at >= 0)) {
			e.preventDefault();
			links[Math.min(at + 1, links.length - 1)]!.focus();
		} else if (e.key === 'ArrowUp' && at >= 0) {
			e.preventDefault();
			if (at === 0) input.focus();
			else links[at - 1]!.focus();
		}
	});

	const params = new URLSearchParams(location.search);
	const type = params.get('type');
	if (type) {
		const radio = [...form.querySelectorAll<HTMLInputElement>('input[name="type"]')].find((r) => r.value === type);
		if (radio) radio.checked = true;
	}
	const q = params.get('q');
	if (q) {
		input.value = q;
		void search();
	}
}
