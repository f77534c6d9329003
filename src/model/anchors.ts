/** The id of a slide's section on its document's page (citations link to it). */
export function slideAnchor(slideId: string): string {
	return `slide-${slideId}`;
}
