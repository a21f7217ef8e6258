/** decap-server ships JavaScript only: the part of its API `npm run admin` uses (dist/middlewares.js). */
declare module 'decap-server/dist/middlewares.js' {
	import type { Express } from 'express';
	/** Mounts the file-system proxy backend (POST /api/v1) on `app`, writing under GIT_REPO_DIRECTORY. */
	export function registerLocalFs(app: Express, options?: { logLevel?: string }): Promise<void>;
	const api: { registerLocalFs: typeof registerLocalFs };
	export default api;
}
