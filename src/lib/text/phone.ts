/** A `tel:` URI for a phone number as written for people: keeps only digits and a leading +. */
export function telHref(phone: string): string {
	const trimmed = phone.trim();
	return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/[^0-9]/g, '')}`;
}

const ZH_DIGITS = '零一二三四五六七八九';
const EN_DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/**
 * How a run of digits is grouped when read out: up to five digits in one breath (`95598`), longer runs in fours
 * from the end with a short first group (`555 0142`, `138 0013 8000`); a first group of one or two digits is
 * merged with the next and split evenly (`555 555`, `555 555 0142`).
 */
export function digitGroups(digits: string): string[] {
	if (digits.length <= 5) return [digits];
	const groups: string[] = [];
	let rest = digits;
	while (rest.length > 4) {
		groups.unshift(rest.slice(-4));
		rest = rest.slice(0, -4);
	}
	if (rest.length >= 3) return [rest, ...groups];
	const merged = rest + (groups.shift() as string);
	const cut = Math.floor(merged.length / 2);
	return [merged.slice(0, cut), merged.slice(cut), ...groups];
}

/**
 * A phone number as said aloud, digit by digit in groups, so that a speech engine does not read `0839` as
 * "eight hundred and thirty-nine": zh `零八三九，五五五，零一四二`, en `zero eight three nine, five five five,
 * zero one four two`. The groups follow the number as written (area code, number), long runs split by `digitGroups`.
 */
export function spokenPhone(phone: string, locale: 'zh-cn' | 'en'): string {
	const zh = locale === 'zh-cn';
	const trimmed = phone.trim();
	const plus = trimmed.startsWith('+') ? (zh ? '加' : 'plus ') : '';
	const groups = (trimmed.match(/\d+/g) ?? []).flatMap(digitGroups);
	const said = groups.map((g) =>
		[...g].map((d) => (zh ? ZH_DIGITS[Number(d)] : EN_DIGITS[Number(d)])).join(zh ? '' : ' '),
	);
	return plus + said.join(zh ? '，' : ', ');
}
