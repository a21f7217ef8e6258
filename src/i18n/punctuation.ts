/**
 * The punctuation that joins words in each language: the dictionaries use it, and so does code that must not load
 * a whole dictionary (the estimator's browser script formats tariff text with src/lib/tariffs/present.ts).
 */
export const punctuation = {
	'zh-cn': { list: '、', label: '：' },
	en: { list: ', ', label: ': ' },
} as const;
