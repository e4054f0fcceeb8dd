/** The kinds of sample content `npm run init` can remove, by their folder under content/. */
export const SAMPLE_KINDS = ['runbooks', 'postmortems', 'public-incidents'] as const;
export type SampleKind = (typeof SAMPLE_KINDS)[number];

export const SAMPLE_LABELS: Record<SampleKind, string> = {
	runbooks: 'sample runbooks',
	postmortems: 'sample post-mortems',
	'public-incidents': 'public incident summaries',
};

/** Where the site shows an entry, so links to a removed one can be found. */
export function pagePath(kind: SampleKind, id: string): string {
	if (kind === 'runbooks') return `/runbooks/${id}/`;
	if (kind === 'postmortems') return `/archive/${id}/`;
	return `/archive/public/#${id}`;
}

/**
 * The entries the handbook ships as examples, by id (the file name). Only these are ever removed, so a
 * team's own runbooks and post-mortems are safe however often init runs. A new sample belongs here too;
 * test/scripts/init-samples.test.ts fails until it is listed.
 */
export const SAMPLE_IDS: Record<SampleKind, readonly string[]> = {
	runbooks: [
		'cache-stampede',
		'database-primary-failover',
		'deploy-rollback',
		'disk-full',
		'payment-provider-outage',
		'queue-backlog',
		'tls-certificate-expiry',
		'traffic-spike',
	],
	postmortems: [
		'2024-01-18-static-assets-certificate-expiry',
		'2024-02-27-search-ranking-latency',
		'2024-03-12-orders-db-primary-disk-failure',
		'2024-04-09-email-notification-backlog',
		'2024-05-21-cache-stampede-after-restart',
		'2024-06-14-pipeline-worker-disk-full',
		'2024-07-30-api-gateway-ddos',
		'2024-08-22-session-ttl-canary-near-miss',
		'2024-09-10-payment-processor-outage',
		'2024-10-03-orders-table-deletion-restore',
		'2024-11-29-black-friday-traffic-spike',
		'2025-01-22-credential-stuffing-login',
		'2025-02-11-checkout-coupon-field-missing',
		'2025-03-15-gateway-route-config-outage',
		'2025-04-29-pipeline-schema-change-null-revenue',
		'2025-05-20-orders-db-wal-volume-full',
		'2025-07-08-cdn-provider-regional-outage',
		'2025-08-19-cache-node-memory-fault',
		'2025-09-30-billing-invoices-issued-early',
		'2025-11-04-payments-mtls-certificate-near-miss',
		'2026-01-13-login-timeouts-nat-conntrack',
		'2026-02-24-webhook-delivery-backlog',
		'2026-04-07-search-synonym-file-empty-results',
		'2026-06-16-checkout-connection-pool-exhaustion',
		'2026-08-11-partner-retry-storm',
		'2026-09-22-payments-api-key-exposed',
		'2026-10-20-invoice-queue-backlog',
		'2026-11-10-cdn-purge-origin-stampede',
	],
	'public-incidents': [
		'atlassian-site-deletion-2022',
		'aws-s3-us-east-1-2017',
		'aws-us-east-1-network-2021',
		'cloudflare-bot-feature-file-2025',
		'cloudflare-waf-regex-2019',
		'crowdstrike-channel-file-291-2024',
		'facebook-backbone-bgp-2021',
		'fastly-global-outage-2021',
		'github-network-partition-2018',
		'gitlab-database-deletion-2017',
		'google-user-id-quota-2020',
		'roblox-consul-outage-2021',
	],
};

/** The organization the samples describe; while model.yaml still names it, the fork has not been made its own. */
export const SAMPLE_ORGANIZATION = 'Northwind Cloud';

/** The repository model.yaml names as shipped, which a fork's own `origin` should replace. */
export const SAMPLE_REPOSITORY = 'https://github.com/northwind-cloud/incident-handbook';
