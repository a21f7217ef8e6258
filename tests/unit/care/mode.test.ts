import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import {
	applyCareMode,
	careBootScript,
	careStorageKey,
	careStylesheetSelector,
	storeCareMode,
	storedCareMode,
} from '../../../src/lib/care/mode.ts';

/** A localStorage over a plain record; each call is logged. */
function fakeStorage(items: Record<string, string>) {
	const calls: string[] = [];
	return {
		items,
		calls,
		getItem(key: string) {
			calls.push(`get ${key}`);
			return Object.hasOwn(items, key) ? items[key] : null;
		},
		setItem(key: string, value: string) {
			calls.push(`set ${key}=${value}`);
			items[key] = value;
		},
		removeItem(key: string) {
			calls.push(`remove ${key}`);
			delete items[key];
		},
	};
}

/** A storage whose every call throws, as a blocked localStorage does. */
function throwingStorage() {
	const fail = () => {
		throw new Error('SecurityError: storage is blocked');
	};
	return { getItem: fail, setItem: fail, removeItem: fail };
}

/**
 * The little of a document the care code touches: the root element's attributes and the care stylesheet's link,
 * which only the real selector finds.
 */
function fakeDocument(withSheet: boolean) {
	const attributes: Record<string, string> = {};
	const sheet = { disabled: true };
	const doc = {
		documentElement: {
			setAttribute(name: string, value: string) {
				attributes[name] = String(value);
			},
		},
		querySelector(selector: string) {
			return withSheet && selector === 'link[data-care-stylesheet]' ? sheet : null;
		},
	};
	return { doc, attributes, sheet, state: () => ({ attributes, sheetDisabled: sheet.disabled }) };
}

describe('the names the page and the switch share', () => {
	test('storage key and stylesheet selector', () => {
		expect({ careStorageKey, careStylesheetSelector }).toEqual({
			careStorageKey: 'care-mode',
			careStylesheetSelector: 'link[data-care-stylesheet]',
		});
	});
});

describe('storedCareMode', () => {
	test.each([
		['"on" under the care key', { 'care-mode': 'on' }, true],
		['"off"', { 'care-mode': 'off' }, false],
		['"ON" (only "on" counts)', { 'care-mode': 'ON' }, false],
		['an empty value', { 'care-mode': '' }, false],
		['nothing stored', {}, false],
		['"on" under another key', { 'care-mod': 'on', '': 'on' }, false],
	])('%s', (_, items, on) => {
		const storage = fakeStorage(items);
		expect(storedCareMode(storage)).toBe(on);
		expect(storage.calls).toEqual(['get care-mode']);
	});
	test('no storage at all: off', () => expect(storedCareMode(undefined)).toBe(false));
	test('a storage that throws: off', () => expect(storedCareMode(throwingStorage())).toBe(false));
});

describe('storeCareMode', () => {
	test.each([
		['on, from nothing', {}, true, { 'care-mode': 'on' }, ['set care-mode=on']],
		['on, again', { 'care-mode': 'on' }, true, { 'care-mode': 'on' }, ['set care-mode=on']],
		['off removes the key', { 'care-mode': 'on', other: 'x' }, false, { other: 'x' }, ['remove care-mode']],
		['off, from nothing', {}, false, {}, ['remove care-mode']],
	])('%s', (_, items: Record<string, string>, on, after, calls) => {
		const storage = fakeStorage(items);
		expect(storeCareMode(storage, on)).toBe(true);
		expect({ items: storage.items, calls: storage.calls }).toEqual({ items: after, calls });
	});
	test.each([true, false])('no storage (on: %s): not kept', (on) => expect(storeCareMode(undefined, on)).toBe(false));
	test.each([true, false])('a storage that throws (on: %s): not kept', (on) =>
		expect(storeCareMode(throwingStorage(), on)).toBe(false),
	);
});

describe('applyCareMode', () => {
	test.each([
		['on, with the stylesheet', true, true, { attributes: { 'data-care': 'on' }, sheetDisabled: false }],
		['off, with the stylesheet', false, true, { attributes: { 'data-care': 'off' }, sheetDisabled: true }],
		['on, without the stylesheet', true, false, { attributes: { 'data-care': 'on' }, sheetDisabled: true }],
		['off, without the stylesheet', false, false, { attributes: { 'data-care': 'off' }, sheetDisabled: true }],
	])('%s', (_, on, withSheet, expected) => {
		const page = fakeDocument(withSheet);
		applyCareMode(page.doc as unknown as Document, on);
		expect(page.state()).toEqual(expected);
	});
});

describe('careBootScript, run as the head runs it', () => {
	/** Runs the script in a fresh global scope holding only `document` and, unless left out, `localStorage`. */
	function boot(withSheet: boolean, localStorage: 'absent' | 'throws' | Record<string, string>) {
		const page = fakeDocument(withSheet);
		const globals: Record<string, unknown> = { document: page.doc };
		if (localStorage === 'throws')
			Object.defineProperty(globals, 'localStorage', {
				get() {
					throw new Error('SecurityError: storage is blocked');
				},
			});
		else if (localStorage !== 'absent') globals.localStorage = fakeStorage(localStorage);
		runInNewContext(careBootScript, globals);
		return page.state();
	}
	const on = { attributes: { 'data-care': 'on' }, sheetDisabled: false };
	const onNoSheet = { attributes: { 'data-care': 'on' }, sheetDisabled: true };
	const off = { attributes: { 'data-care': 'off' }, sheetDisabled: true };
	test.each([
		['"on" stored', true, { 'care-mode': 'on' }, on],
		['"on" stored, the page has no stylesheet', false, { 'care-mode': 'on' }, onNoSheet],
		['"off" stored', true, { 'care-mode': 'off' }, off],
		['"ON" stored', true, { 'care-mode': 'ON' }, off],
		['nothing stored', true, {}, off],
		['"on" under another key', true, { 'care-mod': 'on', '': 'on' }, off],
		['nothing stored, no stylesheet', false, {}, off],
		['localStorage throws', true, 'throws', off],
		['no localStorage at all', true, 'absent', off],
	] as const)('%s', (_, withSheet, localStorage, expected) => {
		expect(boot(withSheet, localStorage as 'absent' | 'throws' | Record<string, string>)).toEqual(expected);
	});
	test('it is one expression that leaves no globals behind', () => {
		const globals: Record<string, unknown> = { document: fakeDocument(true).doc, localStorage: fakeStorage({}) };
		runInNewContext(careBootScript, globals);
		expect(Object.keys(globals).sort()).toEqual(['document', 'localStorage']);
	});
});
