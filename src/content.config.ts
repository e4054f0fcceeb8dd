import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { handbookPageSchema } from './schemas/handbook-page.ts';
// Loading the model here validates it before any content, so a broken model stops `astro sync` and the build first.
import './data/model.ts';

export const collections = {
	docs: defineCollection({
		loader: glob({ pattern: '**/*.{md,mdx}', base: './content/docs' }),
		schema: docsSchema({ extend: handbookPageSchema }),
	}),
};
