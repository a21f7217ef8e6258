/**
 * The part of express and decap-server that `npm run admin` uses (scripts/admin.ts). Both are the content editor's
 * own packages (admin/package.json), loaded at run time from admin/node_modules, outside the site's install and so
 * outside the type check's reach: these types say what is used of them.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface Request extends IncomingMessage {
	path: string;
	params: Record<string, string | undefined>;
}

export interface Response extends ServerResponse {
	redirect(status: number, url: string): void;
	status(code: number): Response;
	type(type: string): Response;
	set(headers: Record<string, string>): Response;
	send(body: string | Buffer): Response;
}

export interface App {
	disable(setting: string): void;
	get(paths: string[], handler: (req: Request, res: Response) => unknown): void;
	use(handler: (req: Request, res: Response) => void): void;
	listen(port: number, host: string, listening: () => void): void;
}

/** express's default export: makes an app. */
export type Express = () => App;

/** decap-server's dist/middlewares.js: mounts the file-system proxy backend (POST /api/v1) under GIT_REPO_DIRECTORY. */
export interface DecapServer {
	registerLocalFs(app: App, options?: { logLevel?: string }): Promise<void>;
}
