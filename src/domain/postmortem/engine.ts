/**
 * Everything the post-mortem tool needs only once there is something to check or write: validation,
 * the Markdown/MDX serialisers and YAML. The island loads it with a dynamic import so the form itself
 * downloads and becomes usable first.
 */
export { actionItemGaps, previewInput, toPostmortem } from './convert.ts';
export { importDraft, importStoredDraft } from './draft-schema.ts';
export { draftFromArchive } from './from-archive.ts';
export { postmortemDocument } from './document.ts';
export { buildPostmortemFile, pullRequestUrl, toGfm } from './output.ts';
