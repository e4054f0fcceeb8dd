import { z } from 'astro/zod';
import { isServiceId, SERVICE_ID_RULE } from '../domain/text/identifiers.ts';
import { isSafeLink, LINK_RULE } from '../domain/text/links.ts';

/** A link a reader may click: http, https or mailto only. */
export const linkSchema = z
	.string()
	.trim()
	.refine(isSafeLink, { error: (issue) => `expected ${LINK_RULE}; got ${JSON.stringify(issue.input)}` })
	.describe(`An address: ${LINK_RULE}`);

/** A service named the one way every post-mortem, runbook and search filter spells it. */
export const serviceIdSchema = z
	.string()
	.trim()
	.refine(isServiceId, { error: (issue) => `expected ${SERVICE_ID_RULE}; got ${JSON.stringify(issue.input)}` })
	.describe(`Service id: ${SERVICE_ID_RULE}`);
