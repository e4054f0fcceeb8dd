import { signal } from '@preact/signals';
import { announceIn } from '../kit/announce.tsx';
import type { Format } from '../../domain/comms/format.ts';
import type { CommsModel, Facts } from '../../domain/comms/render.ts';

/*
 * The comms tool is two islands, the facts form and the messages, so the messages (most of the
 * page, and below the form) hydrate only when scrolled near. Both import this module, so they read
 * and write the same state.
 */

/** The facts of a form nobody has touched; compared by identity so an untouched form is never stored. */
export const blankFacts: Facts = {};
export const facts = signal<Facts>(blankFacts);
export const format = signal<Format>('plain');
/** Text for the tool's polite live region. */
export const announcement = signal('');

export const announce = (text: string) => announceIn(announcement, text);

export const levelOf = (model: CommsModel, severity: string | undefined) => model.levels.find((l) => l.id === severity);
