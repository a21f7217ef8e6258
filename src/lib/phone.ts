/** A `tel:` URI for a phone number as written for people: keeps only digits and a leading +. */
export function telHref(phone: string): string {
	const trimmed = phone.trim();
	return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/[^0-9]/g, '')}`;
}
