import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { archiveGlob } from './data/archive-glob.ts';
import { mayBeEmpty } from './data/may-be-empty.ts';
import { CONTENT_FOLDERS } from './data/content-folders.ts';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { handbookPageSchema } from './schemas/handbook-page.ts';
import { postmortemSchema } from './schemas/postmortem.ts';
import { publicIncidentSchema } from './schemas/public-incident.ts';
import { runbookSchema } from './schemas/runbook.ts';
import { commsTemplateSchema } from './schemas/comms-template.ts';
// Loading the model here validates it before any content, so a broken model stops `astro sync` and the build first.
import { model } from './data/model.ts';

const levelIds = model.levels.map((l) => l.id) as [string, ...string[]];

export const collections = {
	// Starlight's interface strings, where this handbook words them differently (content/i18n/<lang>.json).
	i18n: defineCollection({
		loader: glob({ pattern: '*.json', base: './content/i18n' }),
		schema: i18nSchema(),
	}),
	docs: defineCollection({
		loader: glob({ pattern: '**/*.{md,mdx}', base: './content/docs' }),
		schema: docsSchema({ extend: handbookPageSchema }),
	}),
	runbooks: defineCollection({
		loader: mayBeEmpty(glob(CONTENT_FOLDERS.runbooks)),
		schema: runbookSchema({ levelIds, runbookRef: reference('runbooks') }),
	}),
	postmortems: defineCollection({
		loader: mayBeEmpty(archiveGlob(CONTENT_FOLDERS.postmortems)),
		schema: postmortemSchema({
			levelIds,
			runbookRef: reference('runbooks'),
			ownerPolicy: model.config.actionItemOwners,
			classifyWith: { scale: model.config.preset, tree: model.tree },
		}),
	}),
	publicIncidents: defineCollection({
		loader: mayBeEmpty(glob(CONTENT_FOLDERS.publicIncidents)),
		schema: publicIncidentSchema,
	}),
	comms: defineCollection({
		loader: glob({ pattern: '*.yaml', base: './content/comms' }),
		schema: commsTemplateSchema({
			stageIds: model.lifecycle.statusPageStages.map((s) => s.id),
			roleIds: model.roles.map((r) => r.id),
			kinds: model.commsRequirements.kinds,
		}),
	}),
};
