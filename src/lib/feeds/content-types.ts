/** Content types of the feeds: what a static host should send (see docs on feeds and deployment). */
export const feedContentTypes = {
	ics: 'text/calendar; charset=utf-8',
	atom: 'application/atom+xml; charset=utf-8',
	json: 'application/json; charset=utf-8',
	schema: 'application/json; charset=utf-8',
} as const;

/** A response with the body and its content type (used by the dev server; a static build writes the body). */
export function feedResponse(body: string, type: keyof typeof feedContentTypes): Response {
	return new Response(body, { headers: { 'Content-Type': feedContentTypes[type] } });
}
