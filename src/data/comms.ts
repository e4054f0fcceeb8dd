import { getCollection } from 'astro:content';
import type { CommsTemplate } from '../schemas/comms-template.ts';

/** Every message template in `content/comms/`, with its file name as id. */
export async function getCommsTemplates(): Promise<CommsTemplate[]> {
	return (await getCollection('comms')).map((entry) => ({ id: entry.id, ...entry.data }));
}
