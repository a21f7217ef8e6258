import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { validateTariffs } from '../../../src/lib/content/tariffs.ts';
import { versionShown, versionsShownFrom } from '../../../src/lib/tariffs/versions.ts';
import { tariffVersionSchema } from '../../../src/schemas/tariff.ts';
import { rawFixture } from './helpers.ts';

/** The day the checks run on: fixed, so no test depends on today's date. */
const today = '2026-12-01';

let dir: string | undefined;
afterEach(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
	dir = undefined;
});

/** A copy of the fixture's tariffs with `change` applied to the current version's JSON, validated. */
function errorsAfter(change: (current: any, older: any) => void): string[] {
	dir = mkdtempSync(path.join(os.tmpdir(), 'qs-tariffs-'));
	cpSync(path.resolve('tests/fixtures/site/tariffs'), dir, { recursive: true });
	const current = rawFixture('qs-2026-07');
	const older = rawFixture('qs-2025-01');
	change(current, older);
	writeFileSync(path.join(dir, 'versions/qs-2026-07.json'), JSON.stringify(current));
	writeFileSync(path.join(dir, 'versions/qs-2025-01.json'), JSON.stringify(older));
	return validateTariffs(dir, 'content/tariffs', today).problems.map(formatProblem);
}

const residential = (v: any) => v.classes[0].pricing;

describe('validateTariffs', () => {
	test('the committed tariffs have no problems', () => {
		const { versions, problems } = validateTariffs(
			path.resolve('tests/fixtures/site/tariffs'),
			'content/tariffs',
			today,
		);
		expect(problems).toEqual([]);
		expect(versions.map((v) => v.id)).toEqual(['qs-2025-01', 'qs-2026-07']);
	});

	test.each([
		[
			'overlapping version dates',
			(_: any, older: any) => (older.effectiveTo = '2026-07-15'),
			/content\/tariffs\/versions\/qs-2026-07\.json > qs-2026-07 > effectiveFrom: starts 2026-07-01, while "qs-2025-01" \(2025-01-01 to 2026-07-15\) is still in force: versions must not overlap.* \/ 生效日期 2026-07-01 与版本 "qs-2025-01"/,
		],
		[
			'an older version left open-ended',
			(_: any, older: any) => delete older.effectiveTo,
			/qs-2026-07 > effectiveFrom: .*\(2025-01-01 to open-ended\)/,
		],
		[
			'a version ending before it starts',
			(_: any, older: any) => (older.effectiveTo = '2024-12-31'),
			/qs-2025-01\.json > qs-2025-01 > effectiveTo: ends \(2024-12-31\) before it starts \(2025-01-01\) \/ 截止日期/,
		],
		[
			'tier boundaries not increasing',
			(v: any) => (residential(v).seasons[1].boundaries = [400, 200]),
			/qs-2026-07 > classes\[0\]\.pricing\.seasons\[1\]\.boundaries\[1\]: tier boundaries must increase: 200 is not above 400 \/ 分档电量须逐档递增/,
		],
		[
			'boundaries not matching the tiers',
			(v: any) => (residential(v).seasons[0].boundaries = [260]),
			/seasons\[0\]\.boundaries: has 1 boundaries for 3 tiers: needs 2/,
		],
		[
			'a month in no season',
			(v: any) => (residential(v).seasons[1].months = [1, 2, 3, 4, 11]),
			/classes\[0\]\.pricing\.seasons: month\(s\) 12 not covered/,
		],
		[
			'a month in two seasons',
			(v: any) => residential(v).seasons[1].months.push(5),
			/seasons\[1\]\.months\[6\]: month 5 is already in seasons\[0\]/,
		],
		[
			'time-of-use hours leaving a gap',
			(v: any) => (residential(v).timeOfUse.schedules[0].periods[1].hours = [{ from: '11:00', to: '17:00' }]),
			/timeOfUse\.schedules\[0\]\.periods: the periods leave 17:00 \(and 30 more minutes\) uncovered: together they must cover 24 h exactly once/,
		],
		[
			'time-of-use hours covering a time twice',
			(v: any) => (residential(v).timeOfUse.schedules[1].periods[0].hours = [{ from: '18:00', to: '21:00' }]),
			/schedules\[1\]\.periods\[1\]\.hours\[1\]: 18:00–19:00 overlaps critical 18:00–21:00 at 18:00/,
		],
		[
			'a period kind twice',
			(v: any) => (residential(v).timeOfUse.schedules[0].periods[1].kind = 'peak'),
			/schedules\[0\]\.periods\[1\]\.kind: period "peak" appears twice/,
		],
		[
			'a time not on the half hour',
			(v: any) => (residential(v).timeOfUse.schedules[0].periods[1].hours[0].from = '11:15'),
			/periods\[1\]\.hours\[0\]\.from: must be a time HH:MM on the hour or half hour/,
		],
		[
			'a price written as a number',
			(v: any) => (residential(v).tiers[0].price = 0.588),
			/tiers\[0\]\.price: must be text, got 0\.588/,
		],
		[
			'a worked example that disagrees with the rules',
			(v: any) => (v.examples[2].expectedTotal = '289.50'),
			/qs-2026-07 > examples\[2\]\.expectedTotal: worked out by hand as 289\.50 yuan but the published rules give 289\.60/,
		],
		[
			'a worked example the rules cannot compute',
			(v: any) => (v.examples[5].input.periods.critical = 3),
			/examples\[5\]\.input\.periods\.critical: month 11 has no critical peak period/,
		],
		[
			'an id not matching the file name',
			(v: any) => (v.id = 'qs-2026-08'),
			/qs-2026-07\.json > qs-2026-08 > id: id "qs-2026-08" must match the file name "qs-2026-07\.json"/,
		],
	])('%s', (_, change, message) => {
		const errors = errorsAfter(change);
		expect(
			errors.some((e) => message.test(e)),
			errors.join('\n'),
		).toBe(true);
	});

	test('no version at all is an error', () => {
		dir = mkdtempSync(path.join(os.tmpdir(), 'qs-tariffs-'));
		expect(validateTariffs(dir, 'content/tariffs', today).problems.map(formatProblem)).toEqual([
			expect.stringMatching(/content\/tariffs\/versions: has no tariff version/),
		]);
	});
});

describe('validateTariffs: explanation pages', () => {
	test.each([
		[
			'a figure the data does not have',
			(t: string) => t.replace('k="boundary:summer:1"', 'k="boundary:winter:1"'),
			/explainers\/zh-cn\/tiered-pricing\.mdx > <Fact k="boundary:winter:1"> \(line \d+\): tariff fact "boundary:winter:1" \(version qs-2026-07\): no season "winter"/,
		],
		[
			'a worked example that does not exist',
			(t: string) => t.replace('id="winter-450"', 'id="winter-999"'),
			/tiered-pricing\.mdx > <WorkedExample id="winter-999"> \(line \d+\): tariff qs-2026-07 \(shown from 2026-12-01\) has no worked example "winter-999"/,
		],
		[
			'a file name taken by another tariff page',
			(t: string) => t,
			/explainers\/en\/estimator\.mdx: the name "estimator" is taken by another page/,
		],
		[
			'frontmatter missing its order',
			(t: string) => t.replace(/^order: \d+\n/m, ''),
			/tiered-pricing\.mdx > order: is required/,
		],
	])('%s', (_, change, message) => {
		dir = mkdtempSync(path.join(os.tmpdir(), 'qs-tariffs-'));
		cpSync(path.resolve('tests/fixtures/site/tariffs'), dir, { recursive: true });
		const file = path.join(dir, 'explainers/zh-cn/tiered-pricing.mdx');
		writeFileSync(file, change(readFileSync(file, 'utf8')));
		if (_.startsWith('a file name taken'))
			cpSync(path.join(dir, 'explainers/en/tiered-pricing.mdx'), path.join(dir, 'explainers/en/estimator.mdx'));
		const errors = validateTariffs(dir, 'content/tariffs', today).problems.map(formatProblem);
		expect(
			errors.some((e) => message.test(e)),
			errors.join('\n'),
		).toBe(true);
	});
});

/**
 * Two versions around a boundary, written for the test: "old" (2026-01-01 to 2026-06-30) and "new" (from
 * 2026-07-01, announced ahead), each a copy of a committed version's prices with its own worked examples.
 */
function twoVersions(oldExamples: string[], newExamples: string[]): { old: any; new: any } {
	const base = rawFixture('qs-2026-07');
	const pick = (ids: string[]) => base.examples.filter((e: any) => ids.includes(e.id));
	return {
		old: { ...base, id: 'old', effectiveFrom: '2026-01-01', effectiveTo: '2026-06-30', examples: pick(oldExamples) },
		new: { ...base, id: 'new', effectiveFrom: '2026-07-01', examples: pick(newExamples) },
	};
}

/** A tariffs folder with those versions and one explanation page quoting `body`. */
function tariffsFolder(versions: { old: any; new: any }, body: string): string {
	dir = mkdtempSync(path.join(os.tmpdir(), 'qs-tariffs-'));
	mkdirSync(path.join(dir, 'versions'));
	mkdirSync(path.join(dir, 'explainers/en'), { recursive: true });
	for (const v of Object.values(versions)) writeFileSync(path.join(dir, 'versions', `${v.id}.json`), JSON.stringify(v));
	writeFileSync(
		path.join(dir, 'explainers/en/prices.mdx'),
		`---\ntitle: Prices\nsummary: What a kWh costs.\norder: 1\n---\n\n${body}\n`,
	);
	return dir;
}

describe('validateTariffs: explanation pages against every version a page can show', () => {
	// Before the fix only the newest version was checked: a page quoting an example the new version adds passed
	// `npm run check`, then failed the build while the old version was still in force.
	const addedByNew = twoVersions(['winter-450'], ['winter-450', 'summer-450']);
	const removedByNew = twoVersions(['winter-450', 'summer-450'], ['winter-450']);
	test.each([
		['an example the new version adds', '2025-12-31', ['old']],
		['an example the new version adds', '2026-01-01', ['old']],
		['an example the new version adds', '2026-06-30', ['old']],
		['an example the new version adds', '2026-07-01', []],
		['an example the new version adds', '2027-03-01', []],
		['an example the new version removes', '2026-01-01', ['new']],
		['an example the new version removes', '2026-06-30', ['new']],
		['an example the new version removes', '2026-07-01', ['new']],
		['an example the new version removes', '2027-03-01', ['new']],
	])('%s, built on %s: the versions lacking it are %j', (_, date, lacking) => {
		const versions = _.endsWith('adds') ? addedByNew : removedByNew;
		const folder = tariffsFolder(
			versions,
			'In July: <WorkedExample {...props} id="summer-450" />, a fact <Fact {...props} k="example:summer-450:total" />.',
		);
		const errors = validateTariffs(folder, 'content/tariffs', date).problems.map(formatProblem);
		expect(errors).toEqual(
			lacking.flatMap((id) => [
				expect.stringMatching(
					new RegExp(
						`^error 错误: content/tariffs/explainers/en/prices\\.mdx > <WorkedExample id="summer-450"> \\(line 7\\): tariff ${id} \\(shown from 20\\d\\d-\\d\\d-\\d\\d\\) has no worked example "summer-450" / 电价版本 ${id}`,
					),
				),
				expect.stringMatching(
					new RegExp(
						`^error 错误: content/tariffs/explainers/en/prices\\.mdx > <Fact k="example:summer-450:total"> \\(line 7\\): tariff fact .*\\(version ${id}\\).*shown from 20\\d\\d-\\d\\d-\\d\\d / .*${id}`,
					),
				),
			]),
		);
	});
});

describe('versionsShownFrom', () => {
	const v = (id: string, effectiveFrom: string, effectiveTo?: string) =>
		tariffVersionSchema.parse({ ...rawFixture('qs-2026-07'), id, effectiveFrom, effectiveTo });
	const a = v('a', '2026-01-01', '2026-03-31');
	const b = v('b', '2026-04-01', '2026-06-30');
	const c = v('c', '2026-08-01');
	const all = [a, b, c];
	test.each([
		[
			'before the first version: the newest, then each in turn',
			'2025-06-01',
			[
				['c', '2025-06-01'],
				['a', '2026-01-01'],
				['b', '2026-04-01'],
			],
		],
		[
			'on the first day of a version',
			'2026-04-01',
			[
				['b', '2026-04-01'],
				['c', '2026-07-01'],
			],
		],
		[
			'on the last day of a version',
			'2026-06-30',
			[
				['b', '2026-06-30'],
				['c', '2026-07-01'],
			],
		],
		['in a gap: the newest', '2026-07-15', [['c', '2026-07-15']]],
		['after the last boundary', '2027-01-01', [['c', '2027-01-01']]],
	])('%s (%s)', (_, date, expected) => {
		expect(versionsShownFrom(all, date).map((x) => [x.version.id, x.from])).toEqual(expected);
	});

	test('holds every version a page shows on that day or any later one', () => {
		for (let day = Date.UTC(2025, 11, 1); day <= Date.UTC(2026, 8, 1); day += 3 * 86_400_000) {
			const date = new Date(day).toISOString().slice(0, 10);
			const shown = versionsShownFrom(all, date).map((x) => x.version.id);
			for (let later = day; later <= Date.UTC(2026, 8, 1); later += 7 * 86_400_000) {
				expect(shown).toContain(versionShown(all, new Date(later).toISOString().slice(0, 10))?.id);
			}
		}
	});
});

describe('validateTariffs: explanation pages are read as MDX, not as text', () => {
	const one = twoVersions(['winter-450'], ['winter-450']);
	test.each([
		['a quote in a code span is no quote', 'Write `<Fact k="no:such" />` in the page.', []],
		['a quote in a comment is no quote', '{/* <WorkedExample id="no-such" /> */}', []],
		['a quote in a code block is no quote', '```mdx\n<Fact {...props} k="no:such" />\n```', []],
		[
			'attributes over several lines, in any order',
			'<WorkedExample\n  id="no-such"\n  {...props}\n/>',
			[
				'error 错误: content/tariffs/explainers/en/prices.mdx > <WorkedExample id="no-such"> (line 7): tariff new (shown from 2026-12-01) has no worked example "no-such" / 电价版本 new（自 2026-12-01 起显示）中没有算例 "no-such"',
			],
		],
		[
			'a key given as an expression',
			'It costs <Fact {...props} k={"tier:" + n} />.',
			[
				expect.stringMatching(
					/prices\.mdx > <Fact k=""> \(line 7\): k is given as an expression: write it as text, e\.g\. <Fact \{\.\.\.props\} k="tier:1:price" \/>.* \/ k 须写成文本/,
				),
			],
		],
		[
			'a key missing',
			'It costs <Fact {...props} />.',
			[expect.stringMatching(/<Fact k=""> \(line 7\): k is missing: write it as text/)],
		],
		[
			'a page that is not valid MDX',
			'Costs < 5 yuan <Fact',
			[expect.stringMatching(/explainers\/en\/prices\.mdx: is not valid MDX: .* \/ 不是有效的 MDX 文件/)],
		],
	])('%s', (_, body, expected) => {
		const errors = validateTariffs(tariffsFolder(one, body), 'content/tariffs', today).problems.map(formatProblem);
		expect(errors).toEqual(expected);
	});
});
