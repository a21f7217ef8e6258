import QRCode from 'qrcode';

/**
 * A QR code for `url` as an inline SVG, made at build time (no network, no image request): black modules on
 * white with the standard 4-module quiet zone, error correction M so a creased or faded print still scans.
 * The same URL gives the same bytes.
 */
export async function qrSvg(url: string, label: string): Promise<string> {
	// One byte-mode segment: a URL gains nothing from mixed-mode segmentation, whose search is most of the cost.
	const svg = await QRCode.toString([{ data: new TextEncoder().encode(url), mode: 'byte' }], {
		type: 'svg',
		errorCorrectionLevel: 'M',
		margin: 4,
		color: { dark: '#000000', light: '#ffffff' },
	});
	// Make it an accessible image: role and a name, and no fixed pixel size so CSS sets it.
	const escaped = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
	return svg
		.replace('<svg ', `<svg role="img" aria-label="${escaped}" `)
		.replace(/\s+width="\d+"/, '')
		.replace(/\s+height="\d+"/, '')
		.trim();
}
