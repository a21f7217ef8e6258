/**
 * The text of a notification: short, forwardable, the same in every channel and in the "copy notice text" control
 * on notice pages, e.g.
 * `【停电通知】12月6日（周日）08:00—16:00 中坝村、黄土坡村停电。原因：更换老旧电杆及导线。咨询：石桥供电所 0839-5550142。详情：https://…/outages/<id>/`
 * Reschedules say from → to, cancellations say so in their first words. Nothing here reads the clock except
 * through the `now` a reminder is given, so a notice's page text is the same at every build.
 */
import { localizePath, pick, type Locale } from '../../i18n/index.ts';
import type { Alert } from '../../schemas/alert.ts';
import type { Area } from '../../schemas/area.ts';
import type { Notice, OutageWindow } from '../../schemas/notice.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import { areaNames } from '../outages/notice-view.ts';
import { restorationDeltaMinutes } from '../outages/restoration.ts';
import { absoluteUrl } from '../seo.ts';
import { formatClock, formatDate, zonedDate } from '../time.ts';

/** What a message is about. */
export type MessageSubject =
	| { kind: 'new'; notice: Notice }
	| { kind: 'reminder'; notice: Notice; now: Date }
	| { kind: 'rescheduled'; notice: Notice; from: OutageWindow; to: OutageWindow }
	| { kind: 'cancelled'; notice: Notice }
	| { kind: 'restored'; notice: Notice }
	| { kind: 'alert'; alert: Alert };

/** What the text needs besides its subject. */
export interface TextContext {
	site: Pick<SiteConfig, 'timeZone' | 'baseUrl'>;
	areas: ReadonlyMap<string, Area>;
	locale: Locale;
}

/** Whole calendar days from `a` to `b` in the zone. */
function dayDiff(a: Date | string, b: Date | string, tz: string): number {
	const d = (x: Date | string) => Date.parse(`${zonedDate(x, tz)}T00:00:00Z`);
	return Math.round((d(b) - d(a)) / 86_400_000);
}

/**
 * A window as a message says it: zh `12月6日（周日）08:00—16:00`, across midnight `12月6日（周日）22:00—次日05:00`,
 * longer `12月6日（周日）08:00—12月8日（周二）16:00`; en `Sunday 6 December 08:00–16:00`, `… 22:00–05:00 next day`.
 */
export function windowText(w: OutageWindow, timeZone: string, locale: Locale): string {
	const days = dayDiff(w.start, w.end, timeZone);
	const day = formatDate(w.start, timeZone, locale, 'day-weekday');
	const from = formatClock(w.start, timeZone);
	const to = formatClock(w.end, timeZone);
	if (locale === 'zh-cn') {
		if (days === 0) return `${day}${from}—${to}`;
		if (days === 1) return `${day}${from}—次日${to}`;
		return `${day}${from}—${formatDate(w.end, timeZone, locale, 'day-weekday')}${to}`;
	}
	if (days === 0) return `${day} ${from}–${to}`;
	if (days === 1) return `${day} ${from}–${to} next day`;
	return `${day} ${from} – ${formatDate(w.end, timeZone, locale, 'day-weekday')} ${to}`;
}

/** The notice's page on the live site, in the message's language. */
export function noticeLink(notice: Pick<Notice, 'id'>, ctx: Pick<TextContext, 'site' | 'locale'>): string {
	return absoluteUrl(localizePath(`/outages/${notice.id}/`, ctx.locale), ctx.site.baseUrl);
}

/** `中坝村、黄土坡村` / `Zhongba and Huangtupo`: every area, none left out (a forwarded message is all people see). */
function places(notice: Notice, ctx: TextContext): string {
	const names = areaNames(notice, ctx.areas, ctx.locale);
	if (ctx.locale === 'zh-cn') return names.join('、');
	return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
}

/** `原因：…。咨询：石桥供电所 0839-5550142。详情：<link>` — the tail every notice message shares. */
function tail(notice: Notice, ctx: TextContext, reason = true): string {
	const t = (v: { zh: string; en?: string }) => pick(v, ctx.locale).text;
	const link = noticeLink(notice, ctx);
	const unit = `${t(notice.unit.name)} ${notice.unit.phone}`;
	if (ctx.locale === 'zh-cn') return `${reason ? `原因：${stop(t(notice.reason))}` : ''}咨询：${unit}。详情：${link}`;
	return `${reason ? `Reason: ${stopEn(t(notice.reason))} ` : ''}Contact: ${unit}. Details: ${link}`;
}
/** Ends a Chinese sentence with 。 unless it already ends with punctuation. */
const stop = (s: string) => (/[。！？.!?]$/.test(s) ? s : `${s}。`);
const stopEn = (s: string) => (/[.!?。]$/.test(s) ? s : `${s}.`);

/** A span of minutes in words: `1小时30分` / `1 h 30 min`. */
function span(minutes: number, locale: Locale): string {
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	if (locale === 'zh-cn') return `${h ? `${h}小时` : ''}${m || !h ? `${m}分钟` : ''}`;
	return [h ? `${h} h` : '', m || !h ? `${m} min` : ''].filter(Boolean).join(' ');
}

/** The message text for one subject, in the context's language. */
export function messageText(subject: MessageSubject, ctx: TextContext): string {
	const tz = ctx.site.timeZone;
	const zh = ctx.locale === 'zh-cn';
	if (subject.kind === 'alert') {
		const a = subject.alert;
		const title = pick(a.title, ctx.locale).text;
		const text = pick(a.text, ctx.locale).text;
		const link = absoluteUrl(localizePath('/', ctx.locale), ctx.site.baseUrl);
		return zh
			? `【紧急通知】${title}：${stop(text)}详情：${link}`
			: `[Urgent] ${title}: ${stopEn(text)} Details: ${link}`;
	}
	const n = subject.notice;
	const where = places(n, ctx);
	const win = windowText(n, tz, ctx.locale);
	switch (subject.kind) {
		case 'new':
			return zh
				? `【停电通知】${win} ${where}停电。${tail(n, ctx)}`
				: `[Power cut] ${win}: no power in ${where}. ${tail(n, ctx)}`;
		case 'reminder': {
			const days = dayDiff(subject.now, n.start, tz);
			const when = zh
				? days <= 0
					? '今天'
					: days === 1
						? '明天'
						: `${days}天后`
				: days <= 0
					? 'today'
					: days === 1
						? 'tomorrow'
						: `in ${days} days`;
			return zh
				? `【停电提醒】${when}停电：${win} ${where}。${tail(n, ctx)}`
				: `[Reminder] Power cut ${when}: ${win}, ${where}. ${tail(n, ctx)}`;
		}
		case 'rescheduled': {
			const from = windowText(subject.from, tz, ctx.locale);
			const to = windowText(subject.to, tz, ctx.locale);
			return zh
				? `【停电改期】${where}停电由${from}改为${to}。${tail(n, ctx)}`
				: `[Rescheduled] Power cut in ${where} moved from ${from} to ${to}. ${tail(n, ctx)}`;
		}
		case 'cancelled': {
			const why = n.cancellation ? pick(n.cancellation.reason, ctx.locale).text : undefined;
			if (zh)
				return `【停电取消】原定${win} ${where}停电取消，照常供电。${why ? `取消原因：${stop(why)}` : ''}${tail(n, ctx, false)}`;
			return `[Cancelled] The power cut planned for ${win} in ${where} will not take place. ${why ? `Why: ${stopEn(why)} ` : ''}${tail(n, ctx, false)}`;
		}
		case 'restored': {
			const at = n.restoredAt ?? n.end;
			const delta = restorationDeltaMinutes(n) ?? 0;
			const clock = formatClock(at, tz);
			const planned = formatClock(n.end, tz);
			const day = formatDate(at, tz, ctx.locale, 'day-weekday');
			if (zh) {
				const vs =
					delta < 0
						? `，比原计划${planned}提前${span(-delta, ctx.locale)}`
						: delta > 0
							? `，比原计划${planned}推迟${span(delta, ctx.locale)}`
							: '，与计划一致';
				return `【恢复送电】${where}已于${day}${clock}恢复送电${vs}。${tail(n, ctx, false)}`;
			}
			const vs =
				delta < 0
					? `, ${span(-delta, ctx.locale)} earlier than the planned ${planned}`
					: delta > 0
						? `, ${span(delta, ctx.locale)} later than the planned ${planned}`
						: ', as planned';
			return `[Power restored] ${where}: power back at ${clock} on ${day}${vs}. ${tail(n, ctx, false)}`;
		}
	}
}

/**
 * The text a notice page offers to copy: the message announcing the notice as it now stands (its cancellation
 * once cancelled). It depends on the notice and the site settings only, never on the clock, so the page is the
 * same at every build.
 */
export function noticeCopyText(notice: Notice, ctx: TextContext): string {
	return messageText(notice.lifecycle === 'cancelled' ? { kind: 'cancelled', notice } : { kind: 'new', notice }, ctx);
}
