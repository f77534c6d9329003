// CSV as RFC 4180 writes it: CRLF line ends, every field quoted when it holds
// a comma, a quote or a line break, quotes doubled; a UTF-8 byte order mark
// so that spreadsheet software reads the accents.
type Cell = string | number | boolean | null;

function field(value: Cell): string {
	const text = value === null ? '' : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of the same columns (the first row's keys, in order) as CSV text. */
export function toCsv(rows: readonly Record<string, Cell>[]): string {
	const first = rows[0];
	if (!first) return '\uFEFF';
	const columns = Object.keys(first);
	const lines = [columns.map(field).join(','), ...rows.map((r) => columns.map((c) => field(r[c] ?? null)).join(','))];
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
