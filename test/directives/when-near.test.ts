// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { whenNear } from '../../src/directives/when-near.ts';

class FakeObserver {
	static last: FakeObserver | undefined;
	observed: Element[] = [];
	disconnected = false;
	readonly callback: (entries: { isIntersecting: boolean }[]) => void;
	readonly options: { rootMargin?: string };
	constructor(callback: FakeObserver['callback'], options: FakeObserver['options']) {
		this.callback = callback;
		this.options = options;
		FakeObserver.last = this;
	}
	observe(target: Element) {
		this.observed.push(target);
	}
	disconnect() {
		this.disconnected = true;
	}
	report(isIntersecting: boolean) {
		this.callback([{ isIntersecting }]);
	}
}

describe('whenNear', () => {
	afterEach(() => vi.unstubAllGlobals());

	test('starts once, when a target nears the screen', () => {
		vi.stubGlobal('IntersectionObserver', FakeObserver);
		const target = document.createElement('div');
		const start = vi.fn();
		whenNear([target], start, '200px');
		const observer = FakeObserver.last!;
		expect(observer.observed).toEqual([target]);
		expect(observer.options.rootMargin).toBe('200px');
		observer.report(false);
		expect(start).not.toHaveBeenCalled();
		observer.report(true);
		document.dispatchEvent(new Event('pointerdown'));
		expect(start).toHaveBeenCalledTimes(1);
		expect(observer.disconnected).toBe(true);
	});

	test.each(['focusin', 'pointerdown', 'keydown'])('starts at the first %s anywhere on the page', (type) => {
		vi.stubGlobal('IntersectionObserver', FakeObserver);
		const start = vi.fn();
		whenNear([document.createElement('div')], start);
		document.body.dispatchEvent(new Event(type, { bubbles: true }));
		document.body.dispatchEvent(new Event(type, { bubbles: true }));
		expect(start).toHaveBeenCalledTimes(1);
	});

	test('starts at once when the reader is already in a field, having touched the page before the wait began', () => {
		vi.stubGlobal('IntersectionObserver', FakeObserver);
		const field = document.body.appendChild(document.createElement('input'));
		field.focus();
		const start = vi.fn();
		whenNear([document.createElement('div')], start);
		expect(start).toHaveBeenCalledTimes(1);
		field.remove();
		document.body.dispatchEvent(new Event('keydown', { bubbles: true }));
		expect(start).toHaveBeenCalledTimes(1);
	});

	test('a cancelled wait never starts', () => {
		vi.stubGlobal('IntersectionObserver', FakeObserver);
		const start = vi.fn();
		const cancel = whenNear([document.createElement('div')], start);
		cancel();
		FakeObserver.last!.report(true);
		document.dispatchEvent(new Event('keydown'));
		expect(start).not.toHaveBeenCalled();
	});

	test('without IntersectionObserver, the first touch still starts it', () => {
		vi.stubGlobal('IntersectionObserver', undefined);
		const start = vi.fn();
		whenNear([document.createElement('div')], start);
		document.dispatchEvent(new Event('focusin'));
		expect(start).toHaveBeenCalledTimes(1);
	});
});
