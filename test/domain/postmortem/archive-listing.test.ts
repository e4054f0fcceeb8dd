import { describe, expect, test } from 'vitest';
import { findListings, type ArchiveListing } from '../../../src/domain/postmortem/archive-listing.ts';

const listings: ArchiveListing[] = [
	{ id: '2025-03-15-checkout-timeouts', title: 'Checkout timeouts after a deploy', date: '2025-03-15' },
	{ id: '2024-11-02-dns-outage', title: 'DNS resolution failing in eu-west', date: '2024-11-02' },
	{ id: '2024-06-20-checkout-db-failover', title: 'Orders database failover 🚨', date: '2024-06-20' },
];

describe('findListings', () => {
	test('an empty query lists everything in archive order', () => {
		expect(findListings(listings, '  ', 10)).toEqual({ matches: listings, total: 3 });
	});

	test('every word must match the date, title or id, in any case', () => {
		expect(findListings(listings, 'CHECKOUT', 10).matches.map((l) => l.id)).toEqual([
			'2025-03-15-checkout-timeouts',
			'2024-06-20-checkout-db-failover',
		]);
		expect(findListings(listings, 'checkout 2024', 10).matches.map((l) => l.id)).toEqual([
			'2024-06-20-checkout-db-failover',
		]);
		expect(findListings(listings, 'failover 🚨', 10).total).toBe(1);
		expect(findListings(listings, 'checkout dns', 10)).toEqual({ matches: [], total: 0 });
	});

	test('stops listing at the limit but counts every match', () => {
		const many = Array.from({ length: 5000 }, (_, i) => ({
			id: `pm-${i}`,
			title: `Incident ${i}`,
			date: '2025-01-01',
		}));
		const found = findListings(many, 'incident', 100);
		expect(found.matches).toHaveLength(100);
		expect(found.total).toBe(5000);
		expect(found.matches[0]!.id).toBe('pm-0');
	});
});
