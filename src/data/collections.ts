/**
 * Build-time access to the content collections, read once per build and shared by every page. Pages must come
 * through here rather than call getCollection() themselves: with 10,000 notices and tens of thousands of pages,
 * re-reading a collection per page would dominate the build.
 */
import { getCollection } from 'astro:content';
import type { Alert } from '../schemas/alert.ts';
import type { Area } from '../schemas/area.ts';
import type { Notice } from '../schemas/notice.ts';

let notices: Promise<Notice[]> | undefined;
let areas: Promise<Map<string, Area>> | undefined;
let alerts: Promise<Alert[]> | undefined;

/** Every notice, in file order (sorted by id). */
export function getNotices(): Promise<Notice[]> {
	notices ??= getCollection('notices').then((entries) => entries.map((e) => e.data));
	return notices;
}

/** Every area by id, in tree order (depth first). */
export function getAreas(): Promise<Map<string, Area>> {
	areas ??= getCollection('areas').then((entries) => new Map(entries.map((e) => [e.id, e.data as unknown as Area])));
	return areas;
}

/** Every urgent alert (content/alerts/*.json), expired ones included, by id. */
export function getAlerts(): Promise<Alert[]> {
	alerts ??= getCollection('alerts').then((entries) => entries.map((e) => ({ id: e.id, ...e.data })).sort((a, b) => a.id.localeCompare(b.id)));
	return alerts;
}
