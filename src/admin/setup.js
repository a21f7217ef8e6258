/*
 * The content editor's start-up: previews that look like the site (its own stylesheet and the banner's markup),
 * the rules of the schemas that no single field's pattern can say (refused before saving, at the field), what the
 * editor says once an entry is published, and, on a developer's machine only, the local backend of
 * `npm run admin` on the same origin.
 * Plain browser JavaScript, served as is: Decap CMS provides `CMS`, `h` (React.createElement) and `createClass`
 * as globals.
 */
(function () {
	var CMS = window.CMS;
	var h = window.h;
	var createClass = window.createClass;

	// The site's stylesheet, copied from src/styles/global.css by the build: the preview pane uses the same classes.
	CMS.registerPreviewStyle('/admin/site.css');

	/** The label of `value` among the choices of the collection's field `name` (area names, severity words). */
	function optionLabel(collection, name, value) {
		var field = collection.get('fields').find(function (f) {
			return f.get('name') === name;
		});
		var option =
			field &&
			field.get('options') &&
			field.get('options').find(function (o) {
				return o.get('value') === value;
			});
		var label = option ? option.get('label') : value;
		// Choices read "北山村（北山镇 › …）" and "紧急（severe）": the banner shows only the name.
		return String(label).replace(/（.*）$/, '');
	}

	function get(entry, path) {
		var v = entry.getIn(['data'].concat(path));
		return v === undefined || v === null ? '' : v;
	}

	/** An urgent alert as residents see it: the banner markup of src/components/alerts/AlertList.astro. */
	function AlertPreview(props) {
		var entry = props.entry;
		var collection = props.collection;
		var severity = get(entry, ['severity']) || 'warning';
		var areas = entry.getIn(['data', 'areas']);
		var areaNames =
			areas && areas.size
				? areas
						.toArray()
						.map(function (id) {
							return optionLabel(collection, 'areas', id);
						})
						.join('、')
				: '全县';
		return h(
			'div',
			{ className: 'alert-banner' },
			h(
				'div',
				{ className: 'alerts' },
				h(
					'section',
					{ className: 'alert alert--' + severity },
					h(
						'h2',
						{ className: 'alert__title' },
						h('span', { className: 'alert__severity' }, optionLabel(collection, 'severity', severity)),
						' ',
						get(entry, ['title', 'zh']),
					),
					h('p', {}, get(entry, ['text', 'zh'])),
					h('p', { className: 'alert__meta' }, '涉及地区：' + areaNames),
				),
			),
		);
	}

	/** A guidance article or tariff explanation: title, summary and body in the site's reading column. */
	function ArticlePreview(props) {
		return h(
			'main',
			{ id: 'main' },
			h(
				'article',
				{ className: 'prose' },
				h('h1', {}, get(props.entry, ['title'])),
				h('p', { className: 'lead' }, get(props.entry, ['summary'])),
				props.widgetFor('body'),
			),
		);
	}

	// ---- Rules across fields and entries (src/schemas/rules.ts) ----
	// The generated configuration puts each rule of the schemas on the field it concerns (`rules`); the same rules
	// make `npm run check` refuse a file. Checked when the entry is saved: a broken rule shows under its field, in
	// Chinese and English, and nothing is written. tests/unit/admin/editor-rules.test.ts runs this code against the
	// schemas on the same cases.

	/** The value at a dotted path of names. */
	function at(data, path) {
		return String(path)
			.split('.')
			.filter(Boolean)
			.reduce(function (v, name) {
				return v === undefined || v === null ? undefined : v[name];
			}, data);
	}

	/** A name as names are compared (nameKey in src/schemas/rules.ts). */
	function nameKey(name) {
		return String(name).normalize('NFKC').replace(/\s+/g, '').toLowerCase();
	}

	function fill(message, values) {
		var sub = function (text) {
			return String(text).replace(/\{(\w+)\}/g, function (_, k) {
				return values[k] === undefined ? '' : values[k];
			});
		};
		return sub(message.zh) + '（' + sub(message.en) + '）';
	}

	function isTimeZone(zone) {
		try {
			new Intl.DateTimeFormat('en-US', { timeZone: zone });
			return true;
		} catch (e) {
			return false;
		}
	}

	function isOrigin(url) {
		try {
			return new URL(url).pathname === '/';
		} catch (e) {
			return false;
		}
	}

	/**
	 * What is wrong with `value`, the value of the field that carries `rule`, in the entry's `data`; '' when nothing.
	 * A field inside a list item does not know its item: a value that several items share is wrong in each of them.
	 */
	function ruleError(rule, value, data) {
		if (value === undefined || value === null || value === '') return '';
		switch (rule.kind) {
			case 'after': {
				var than = at(data, rule.than);
				var a = Date.parse(value);
				var b = Date.parse(than);
				return typeof than === 'string' && isFinite(a) && isFinite(b) && a <= b
					? fill(rule.message, { value: value, other: than })
					: '';
			}
			case 'unique': {
				var items = at(data, rule.list) || [];
				var first = -1;
				var count = 0;
				items.forEach(function (item, i) {
					if (at(item, rule.key) === value) {
						count++;
						if (first < 0) first = i;
					}
				});
				return count > 1 ? fill(rule.message, { value: value, other: String(first + 1) }) : '';
			}
			case 'unique-names': {
				var list = at(data, rule.list) || [];
				var namesOf = function (item) {
					var others = at(item, rule.others);
					return [at(item, rule.name)].concat(Array.isArray(others) ? others : []).filter(function (n) {
						return typeof n === 'string' && n.trim() !== '';
					});
				};
				var mine = list.filter(function (item) {
					return at(item, rule.name) === value;
				});
				for (var m = 0; m < mine.length; m++) {
					var names = namesOf(mine[m]);
					for (var n = 0; n < names.length; n++) {
						var owner = list.find(function (item) {
							return (
								item !== mine[m] &&
								namesOf(item).some(function (other) {
									return nameKey(other) === nameKey(names[n]);
								})
							);
						});
						if (owner) return fill(rule.message, { value: names[n], other: String(at(owner, rule.owner) || '') });
					}
				}
				return '';
			}
			case 'time-zone':
				return isTimeZone(value) ? '' : fill(rule.message, { value: value });
			case 'origin':
				return isOrigin(value) ? '' : fill(rule.message, { value: value });
			default:
				return '';
		}
	}

	/**
	 * Registers the widget `name` again, its own control wrapped in one that also checks the field's `rules` when
	 * Decap validates the entry (a control's `isValid`, Decap's hook for a widget's own validation).
	 */
	function checkRules(name) {
		var original = CMS.getWidget(name);
		if (!original) return;
		var Control = createClass({
			isValid: function () {
				var rules = this.props.field.get('rules');
				if (!rules || !rules.size) return true;
				var entry = this.props.getEntry ? this.props.getEntry() : this.props.entry;
				var data = entry && entry.get('data') ? entry.get('data').toJS() : {};
				var list = rules.toJS();
				for (var i = 0; i < list.length; i++) {
					var message = ruleError(list[i], this.props.value, data);
					if (message) return { error: { type: 'CUSTOM', message: message } };
				}
				return true;
			},
			render: function () {
				return h(original.control, this.props);
			},
		});
		CMS.registerWidget(name, Control, original.preview, original.schema);
	}
	checkRules('datetime');
	checkRules('string');

	// ---- What the editor says about publishing ----
	// A publish is a commit; the deploy workflow checks the content, builds and publishes the site, usually within
	// minutes. Decap's own words ("已发布", "内容已保存") would say it is live at once.
	var zh = CMS.getLocale('zh_Hans');
	if (zh && zh.editor && zh.ui) {
		zh.editor.editorToolbar.published = '已提交，几分钟后上线';
		zh.ui.toast.entrySaved =
			'已提交。网站检查内容后通常几分钟内更新；如检查不通过，网站不会更新，GitHub 会发邮件说明哪个文件、哪一项有问题。';
		zh.ui.toast.entryPublished = zh.ui.toast.entrySaved;
	}

	CMS.registerPreviewTemplate('alerts', AlertPreview);
	CMS.registerPreviewTemplate('guidance', ArticlePreview);
	CMS.registerPreviewTemplate('tariffExplainers', ArticlePreview);

	// `npm run admin` serves the local backend (Decap's proxy) at /api/v1 on the same origin; Decap only tries it
	// on localhost, so the published editor always uses the git host.
	CMS.init({ config: { local_backend: { url: location.origin + '/api/v1' } } });
})();
