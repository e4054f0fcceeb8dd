/**
 * What the post-mortem tool loads only once there is something to check, write, paste or preview: the
 * domain engine (validation, serialisers, YAML), the timeline reader, the preview renderer and the export
 * panel that shows it. Keeping them out of the first download lets the form appear and respond at once.
 */
export * from '../../domain/postmortem/engine.ts';
export { parseTimeline } from '../../domain/postmortem/timeline.ts';
export { findBlameHints } from '../../domain/postmortem/blameless.ts';
export { render as renderPreview } from './preview.tsx';
export { default as ArchivePicker } from './ArchivePicker.tsx';
export { default as Output } from './Output.tsx';
