import { existsSync } from 'node:fs';
import { serveStatic } from './lib/build/static-server.ts';
import { siteAddress } from '../src/integrations/site-address.ts';

const dir = process.argv[2] ?? 'dist';
const port = Number(process.env.PORT ?? 4321);
if (!existsSync(`${dir}/index.html`)) {
	console.error(`No built site in "${dir}". Run "npm run build" first (or "npm start", which builds and serves).`);
	process.exit(1);
}
try {
	// Served under BASE_PATH, as the build was, so links work here exactly as on the host.
	const { url } = await serveStatic(dir, port, { base: siteAddress(process.env).base });
	console.log(`Incident Handbook is being served at ${url}\nPress Ctrl+C to stop.`);
} catch (error) {
	const code = (error as NodeJS.ErrnoException).code;
	console.error(
		code === 'EADDRINUSE'
			? `Port ${port} is already in use. Stop the other server or run with PORT=<free port>.`
			: String(error),
	);
	process.exit(1);
}
