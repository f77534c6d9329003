// The register's filters, on its page only: the controls are in the page, hidden
// until this script shows it, so a reader without JavaScript never sees
// controls that do nothing (the register's groups and anchors serve them).
// Rows carry their deck, kind, status and bodies as data attributes. The
// choice is kept in the address (?kind=…&status=…), so a filtered register
// can be bookmarked or shared.

export function startRegisterFilter(): void {
	const form = document.querySelector<HTMLElement>('[data-register-filter]');
	if (!form) return;
	const rows = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-kind]')];
	const groups = [...document.querySelectorAll<HTMLElement>('.register-group')];
	const decks = [...document.querySelectorAll<HTMLElement>('.register-deck')];
	const status = form.querySelector<HTMLElement>('[data-register-count]');
	const value = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.value ?? '';

	const apply = () => {
		const want = { deck: value('deck'), kind: value('kind'), status: value('status'), body: value('body') };
		let shown = 0;
		for (const row of rows) {
			const d = row.dataset;
			const match =
				(!want.deck || d.deck === want.deck) &&
				(!want.kind || d.kind === want.kind) &&
				(!want.status || d.status === want.status) &&
				(!want.body || (d.bodies ?? '').split(' ').includes(want.body));
			row.hidden = !match;
			if (match) shown++;
		}
		// A group or a deck with nothing left is hidden with its heading.
		for (const g of groups) g.hidden = !g.querySelector('tr[data-kind]:not([hidden])');
		for (const d of decks) d.hidden = !d.querySelector('tr[data-kind]:not([hidden])');
		if (status) status.textContent = (status.dataset.template ?? '{shown}/{total}').replace('{shown}', String(shown)).replace('{total}', String(rows.length));
	};
	const selects = [...form.querySelectorAll<HTMLSelectElement>('select[name]')];
	const params = new URLSearchParams(location.search);
	for (const select of selects) {
		const wanted = params.get(select.name);
		if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
	}
	form.addEventListener('change', () => {
		apply();
		const url = new URL(location.href);
		for (const select of selects) {
			if (select.value) url.searchParams.set(select.name, select.value);
			else url.searchParams.delete(select.name);
		}
		history.replaceState(null, '', url);
	});
	form.hidden = false;
	apply();
}
