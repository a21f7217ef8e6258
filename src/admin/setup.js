/*
 * The content editor's start-up: previews that look like the site (its own stylesheet and the banner's markup),
 * and, on a developer's machine only, the local backend of `npm run admin` on the same origin.
 * Plain browser JavaScript, served as is: Decap CMS provides `CMS` and `h` (React.createElement) as globals.
 */
(function () {
	var CMS = window.CMS;
	var h = window.h;

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

	CMS.registerPreviewTemplate('alerts', AlertPreview);
	CMS.registerPreviewTemplate('guidance', ArticlePreview);
	CMS.registerPreviewTemplate('tariffExplainers', ArticlePreview);

	// `npm run admin` serves the local backend (Decap's proxy) at /api/v1 on the same origin; Decap only tries it
	// on localhost, so the published editor always uses the git host.
	CMS.init({ config: { local_backend: { url: location.origin + '/api/v1' } } });
})();
