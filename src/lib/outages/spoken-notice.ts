/**
 * A notice as it is read aloud (the read-aloud button on a notice page, src/scripts/read-aloud.ts): what a person
 * needs, in the order they need it — whose notice and what kind, cancelled or moved, when and for how long, where,
 * why, whom to call — in sentences a speech engine reads naturally. Dates, times and lengths of time come from
 * src/lib/text/spoken-words.ts (through `spokenWindow`), phone numbers digit by digit from src/lib/text/phone.ts; areas and
 * the notice's state are worked out as the feeds and the page do (notice-view.ts, notice-words.ts).
 *
 * Like the rest of the notice page, the text depends on the notice and the site only, never on the clock: it says
 * nothing about the notice's status (upcoming, in progress), which the page's live status shows.
 */
import { careText } from '../../i18n/care.ts';
import { pick, pickText, useTranslations, type Locale } from '../../i18n/index.ts';
import type { Area } from '../../schemas/area.ts';
import type { LocalizedText } from '../../schemas/common.ts';
import type { Notice } from '../../schemas/notice.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import { noticeState } from '../feeds/notice-words.ts';
import { spokenPhone } from '../text/phone.ts';
import { sentence, spokenClock, spokenDate, spokenText, type SpokenPart } from '../text/spoken-words.ts';
import { areaNames, joinAreaNames } from './notice-view.ts';
import { restorationWords } from './restoration-text.ts';
import { spokenWindow } from './window-text.ts';

/** What reading a notice needs besides the notice: the utility's name and zone, and the area tree. */
export interface SpokenNoticeContext {
	site: Pick<SiteConfig, 'name' | 'timeZone'>;
	areas: ReadonlyMap<string, Area>;
}

/**
 * The notice read aloud in `locale`, as utterances in reading order. On an English page, a text that exists only
 * in Chinese is announced in English and read in Chinese (its own utterance, `lang: 'zh-CN'`), so that each is
 * spoken by a voice for its language.
 */
export function spokenNotice(notice: Notice, ctx: SpokenNoticeContext, locale: Locale): SpokenPart[] {
	const s = careText(locale).spoken;
	const { labelSeparator } = useTranslations(locale).common;
	const tz = ctx.site.timeZone;
	const parts: SpokenPart[] = [];
	const say = (text: string) => parts.push({ text: sentence(text, locale) });
	/** A labelled text of the notice, read in the language it exists in. */
	const field = (label: string, text: LocalizedText) => {
		const p = pick(text, locale);
		if (!p.fallback) return say(`${label}${labelSeparator}${spokenText(p.text, locale)}`);
		say(s.inChinese(label));
		parts.push({ text: sentence(spokenText(p.text, 'zh-cn'), 'zh-cn'), lang: 'zh-CN' });
	};

	const state = noticeState(notice);
	const kind = locale === 'zh-cn' && notice.kind === 'other' ? '' : useTranslations(locale).feeds.kind[notice.kind];
	say(s.title(pickText(ctx.site.name, locale), kind));
	if (notice.cancellation) {
		say(s.cancelled);
		field(s.cancelledWhy, notice.cancellation.reason);
	} else if (state === 'rescheduled') {
		say(s.rescheduled);
	}
	const window = spokenWindow(notice.start, notice.end, tz, locale);
	say(`${notice.cancellation ? s.plannedWindow : s.window}${labelSeparator}${window}`);
	const restored = restorationWords(notice, tz, locale);
	if (restored && notice.restoredAt) {
		const day = spokenDate(notice.restoredAt, tz, locale);
		const clock = spokenClock(notice.restoredAt, tz, locale);
		say(`${s.restored}${labelSeparator}${day}${locale === 'zh-cn' ? ' ' : ', '}${clock}`);
		say(restored.delta);
	}

	// Area names an English page lacks are read in Chinese, all together, as the page shows them.
	const allTranslated = locale === 'zh-cn' || notice.areas.every((id) => ctx.areas.get(id)?.name.en);
	const namesIn: Locale = allTranslated ? locale : 'zh-cn';
	const names = joinAreaNames(areaNames(notice, ctx.areas, namesIn), namesIn, Infinity);
	field(s.areas, allTranslated ? { zh: names, en: names } : { zh: names });
	field(s.scope, notice.scope);
	field(s.line, notice.line);
	field(s.reason, notice.reason);

	const unit = pick(notice.unit.name, locale);
	say(s.call(unit.fallback ? undefined : unit.text, spokenPhone(notice.unit.phone, locale)));
	return parts;
}
