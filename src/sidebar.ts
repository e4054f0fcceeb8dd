/**
 * The handbook's sidebar, ordered for someone in an incident first and learning second.
 * Starlight's `autogenerate` cannot see pages outside src/content/docs, so pages are listed by slug;
 * Starlight rejects an unknown slug at build time, which keeps this list honest.
 */
export const sidebar = [
	{
		label: 'During an incident',
		items: [
			'severity/matrix',
		],
	},
];
