/**
 * Money without floating point. Prices are published to 4 decimals of a yuan, so they are held as whole
 * "price units" of 0.0001 yuan (1/100 fen); kWh are whole numbers; a line's amount is kWh x units, exact, then
 * rounded once to whole fen (half up), and the bill is the sum of the rounded lines, as printed bills add up.
 */

/** Price units (0.0001 yuan) per fen. */
export const UNITS_PER_FEN = 100;

/** Reads a published price such as "0.5880" as whole units of 0.0001 yuan (5880). */
export function priceUnits(price: string): number {
	const m = /^(\d+)(?:\.(\d{1,4}))?$/.exec(price);
	if (!m) throw new Error(`not a price: "${price}" / 不是有效价格："${price}"`);
	return Number(m[1]) * 10_000 + Number((m[2] ?? '').padEnd(4, '0'));
}

/** Rounds an exact amount in price units to whole fen, halves up (amounts are never negative). */
export function unitsToFen(units: number): number {
	return Math.floor((units + UNITS_PER_FEN / 2) / UNITS_PER_FEN);
}

/** Formats whole fen as yuan with 2 decimals: 28960 → "289.60". */
export function formatYuan(fen: number): string {
	const sign = fen < 0 ? '-' : '';
	const abs = Math.abs(fen);
	return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Reads yuan with 2 decimals ("289.60") as whole fen (28960). */
export function parseYuan(text: string): number {
	const m = /^(\d+)\.(\d{2})$/.exec(text);
	if (!m) throw new Error(`not an amount in yuan with 2 decimals: "${text}"`);
	return Number(m[1]) * 100 + Number(m[2]);
}

/** Formats price units as a price with 4 decimals: 5880 → "0.5880". */
export function formatPrice(units: number): string {
	return `${Math.floor(units / 10_000)}.${String(units % 10_000).padStart(4, '0')}`;
}

/** Groups the thousands of a whole number with commas (kWh on the page): 12000 → "12,000". */
export function groupThousands(n: number): string {
	return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
