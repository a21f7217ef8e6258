/**
 * The content editor refuses what `npm run check` refuses: the rules across fields and entries (an alert that ends
 * before it starts, two supply units with one name, a time zone the runtime does not know) are checked by the
 * editor's own code (src/admin/setup.js, run here as the browser runs it, with Decap CMS's registry stood in for)
 * on the rules the generated configuration puts on each field, and give the same verdicts as the schemas and the
 * content check on the same cases.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { collectionFields, collections, fieldAt } from '../../../src/lib/admin/cms-config.ts';
import { validateUnits } from '../../../src/lib/content/validate.ts';
import { alertSchema } from '../../../src/schemas/alert.ts';
import { siteSchema } from '../../../src/schemas/site.ts';

/** A stand-in for an Immutable map as Decap hands them to widgets: `get` and `toJS`. */
const immutable = (value: Record<string, unknown>) => ({
	get: (key: string) => {
		const v = value[key];
		return Array.isArray(v) ? { size: v.length, toJS: () => v } : v;
	},
	toJS: () => value,
});

/** The widgets setup.js registers, by name: their control as createClass received it (a plain spec object). */
function loadSetup() {
	const widgets = new Map<string, { control: { isValid: () => unknown } }>();
	const zhHans = { editor: { editorToolbar: { published: '已发布' } }, ui: { toast: { entrySaved: '内容已保存' } } };
	const CMS = {
		registerPreviewStyle: () => {},
		registerPreviewTemplate: () => {},
		init: () => {},
		getLocale: (name: string) => (name === 'zh_Hans' ? zhHans : undefined),
		getWidget: (name: string) => ({ control: `decap-${name}`, preview: null, schema: {} }),
		registerWidget: (name: string, control: { isValid: () => unknown }) => widgets.set(name, { control }),
	};
	const window = { CMS, h: () => null, createClass: (spec: unknown) => spec };
	new Function('window', 'location', readFileSync('src/admin/setup.js', 'utf8'))(window, { origin: 'http://x' });
	return { widgets, zhHans };
}
const { widgets, zhHans } = loadSetup();

/**
 * What the editor says about the field at `fieldPath` of `collection` holding `value` in an entry whose data is
 * `data`: the error message, or '' when the field passes. Runs the registered control's `isValid` as Decap does.
 */
function editorSays(collection: string, fieldPath: string, value: unknown, data: Record<string, unknown>): string {
	const entry = collections.find((c) => c.name === collection);
	if (!entry) throw new Error(collection);
	const field = fieldAt(collectionFields(entry, { areas: new Map() }), fieldPath);
	if (!field) throw new Error(fieldPath);
	const control = widgets.get(field.widget)?.control;
	if (!control) throw new Error(`no control registered for the ${field.widget} widget`);
	const props = { field: immutable(field), value, getEntry: () => immutable({ data: immutable(data) }) };
	const verdict = control.isValid.call({ props });
	return verdict === true ? '' : (verdict as { error: { message: string } }).error.message;
}

describe('the rules are on the fields they concern, on widgets the editor checks', () => {
	test.each([
		['alerts', 'expiry', 'after'],
		['units', 'units.id', 'unique'],
		['units', 'units.name.zh', 'unique-names'],
		['settings', 'timeZone', 'time-zone'],
		['settings', 'baseUrl', 'origin'],
	])('%s › %s: %s', (collection, fieldPath, kind) => {
		const entry = collections.find((c) => c.name === collection)!;
		const field = fieldAt(collectionFields(entry, { areas: new Map() }), fieldPath);
		expect((field?.rules as Array<{ kind: string }>).map((r) => r.kind)).toContain(kind);
		expect(widgets.has(field?.widget as string), `${field?.widget} is wrapped`).toBe(true);
	});

	test('a rule naming a field the editor lacks stops the generator', () => {
		const entry = collections.find((c) => c.name === 'alerts')!;
		const broken = {
			...entry,
			rules: [{ kind: 'after' as const, field: 'ends', than: 'start', message: { en: 'x', zh: 'x' } }],
		};
		expect(() => collectionFields(broken, { areas: new Map() })).toThrow(/"ends"/);
	});
});

describe('an alert: the editor refuses an end at or before the start, as the schema does', () => {
	const alert = (start: string, expiry: string) => ({
		title: { zh: '暴雨预警' },
		text: { zh: '请远离断落的电线。' },
		areas: [],
		severity: 'warning',
		start,
		expiry,
	});
	test.each([
		['ends before it starts', '2026-12-02T06:00:00+08:00', '2026-12-01T20:00:00+08:00', false],
		['ends as it starts', '2026-12-02T06:00:00+08:00', '2026-12-02T06:00:00+08:00', false],
		['ends a minute later', '2026-12-02T06:00:00+08:00', '2026-12-02T06:01:00+08:00', true],
		['offsets differ, the instants count', '2026-12-02T06:00:00+08:00', '2026-12-01T23:00:00Z', true],
		['offsets differ, earlier', '2026-12-02T06:00:00+08:00', '2026-12-01T21:00:00Z', false],
	])('%s', (_, start, expiry, ok) => {
		const data = alert(start, expiry);
		expect(alertSchema.safeParse(data).success, 'the schema').toBe(ok);
		const said = editorSays('alerts', 'expiry', expiry, data);
		expect(said === '', `the editor: ${said}`).toBe(ok);
		if (!ok) expect(said).toBe(`结束时间须晚于开始时间 ${start}（must be after start ${start}）`);
	});

	test('the start field itself has no rule: an empty end is left to “required”', () => {
		expect(editorSays('alerts', 'expiry', '', alert('2026-12-02T06:00:00+08:00', ''))).toBe('');
	});
});

describe('supply units: the editor refuses what the content check refuses', () => {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'qs-editor-rules-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const unit = (id: string, zh: string, otherNames: string[] = []) => ({
		id,
		name: { zh },
		otherNames,
		phones: [{ number: '0839-5550131' }],
		address: { zh: '城关路 1 号' },
		hours: { zh: '8:30–17:30' },
		areas: ['chengguan'],
	});
	/** Whether `npm run check`'s unit validation refuses the file. */
	const checkRefuses = (units: unknown[]) => {
		const file = path.join(dir, 'units.json');
		writeFileSync(file, JSON.stringify({ units }));
		return validateUnits(file, 'units.json', undefined, 'areas.json').problems.some((p) => p.severity === 'error');
	};
	/** Whether the editor refuses it: any unit's id or name field in error. */
	const editorRefuses = (units: Array<ReturnType<typeof unit>>) =>
		units.some(
			(u) =>
				editorSays('units', 'units.id', u.id, { units }) || editorSays('units', 'units.name.zh', u.name.zh, { units }),
		);
	test.each([
		['two units, all different', [unit('a', '城关供电所', ['城关所']), unit('b', '石桥供电所')], false],
		['the same id twice', [unit('a', '城关供电所'), unit('a', '石桥供电所')], true],
		[
			'one unit’s name is another’s other name',
			[unit('a', '城关供电所'), unit('b', '石桥供电所', ['城关供电所'])],
			true,
		],
		['two units share an other name', [unit('a', '城关供电所', ['供电所']), unit('b', '石桥供电所', ['供电所'])], true],
		['the same name in full-width and with spaces', [unit('a', '城关所'), unit('b', '石桥供电所', ['城关 所'])], true],
		['a unit repeats its own name among its other names', [unit('a', '城关供电所', ['城关供电所'])], false],
	])('%s', (_, units, refused) => {
		expect(checkRefuses(units), 'the content check').toBe(refused);
		expect(editorRefuses(units), 'the editor').toBe(refused);
	});

	test('the message names the name and the unit that has it', () => {
		const units = [unit('chengguan', '城关供电所'), unit('shiqiao', '石桥供电所', ['城关供电所'])];
		expect(editorSays('units', 'units.name.zh', '石桥供电所', { units })).toBe(
			'"城关供电所" 已是供电所 "chengguan" 的名称：导入时无法区分（"城关供电所" is already a name of unit "chengguan": the importer could not tell them apart）',
		);
	});
});

describe('site settings: time zone and address, as the schema checks them', () => {
	const site = (timeZone: string, baseUrl: string) => ({
		name: { zh: '青山县供电局' },
		hotline: '0839-5550199',
		timeZone,
		baseUrl,
	});
	test.each([
		['Asia/Shanghai', 'https://power.example.org', true],
		['Asia/Shangai', 'https://power.example.org', false],
		['Asia/Shanghai', 'https://power.example.org/notices/', false],
		['Asia/Shanghai', 'https://power.example.org/', true],
	])('%s, %s', (timeZone, baseUrl, ok) => {
		const data = site(timeZone, baseUrl);
		expect(siteSchema.safeParse(data).success, 'the schema').toBe(ok);
		const said = [editorSays('settings', 'timeZone', timeZone, data), editorSays('settings', 'baseUrl', baseUrl, data)];
		expect(
			said.every((s) => s === ''),
			`the editor: ${said.join(' ')}`,
		).toBe(ok);
	});
});

describe('what the editor says once an entry is published', () => {
	test('not "published" as if it were live: submitted, live within minutes once checked, and what happens if not', () => {
		expect(zhHans.editor.editorToolbar.published).toBe('已提交，几分钟后上线');
		expect(zhHans.ui.toast.entrySaved).toMatch(/通常几分钟内更新.*检查不通过.*GitHub 会发邮件/);
	});
});
