/**
 * The handbook's sidebar, ordered for someone in an incident first and learning second.
 * Starlight's `autogenerate` cannot see pages outside src/content/docs, so pages are listed by slug;
 * Starlight rejects an unknown slug at build time, which keeps this list honest. Tool, runbook and
 * archive pages are built from src/pages and linked by address. The archive's entries are
 * deliberately not listed: hundreds of sidebar links would weigh down every page.
 */
export const sidebar = [
	{
		label: 'During an incident',
		items: [
			{ label: 'Classify severity', link: '/tools/classify/' },
			{ label: 'Incident console', link: '/tools/console/' },
			'severity',
			'roles',
			'response',
			'running-the-call',
			'communication',
			{ label: 'Write status updates', link: '/tools/comms/' },
			'escalation',
			'security-incidents',
			{ label: 'Runbooks', link: '/runbooks/' },
			{ label: 'Severity cards', link: '/cards/' },
			{ label: 'Print pack', link: '/print/' },
		],
	},
	{
		label: 'After an incident',
		items: [
			'post-mortems',
			{ label: 'Write a post-mortem', link: '/tools/post-mortem/' },
			{ label: 'Post-mortem archive', link: '/archive/' },
			{ label: 'Dashboard', link: '/archive/dashboard/' },
			{ label: 'Open action items', link: '/archive/actions/' },
			{ label: 'Public incidents', link: '/archive/public/' },
			'metrics',
		],
	},
	{
		label: 'Between incidents',
		items: [
			'on-call',
			'incident-commander-training',
			'alerting',
			'slos',
			'writing-runbooks',
			'tooling',
			'readiness',
			'roadmap',
			'anti-patterns',
			'related-practices',
			'make-it-yours',
			'faq',
		],
	},
];
