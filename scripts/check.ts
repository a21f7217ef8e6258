/**
 * `npm run check`: validates every content file with the shared schemas and prints each problem as
 * `file > entry > field: message`, in English and Chinese, all at once. Exits 1 when there is any error.
 * Also warns of a secret notify.json names that the deploy workflow does not pass to `npm run notify`.
 * 校验全部内容文件，一次列出所有问题；有错误时以非零状态退出。
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatProblem } from '../src/lib/content/problems.ts';
import { contentDir } from '../src/lib/content/paths.ts';
import { contentFiles, hasErrors, validateContent } from '../src/lib/content/validate.ts';
import { DEPLOY_WORKFLOW, workflowSecretProblems } from '../src/lib/notify/workflow-secrets.ts';

const dir = contentDir();
const set = validateContent(dir);
if (set.notify && existsSync(DEPLOY_WORKFLOW)) {
	const notify = path.relative(process.cwd(), path.join(dir, contentFiles.notify)).split(path.sep).join('/');
	const files = { notify, workflow: DEPLOY_WORKFLOW };
	set.problems.push(...workflowSecretProblems(set.notify, readFileSync(DEPLOY_WORKFLOW, 'utf8'), files));
}
const errors = set.problems.filter((p) => p.severity === 'error');
const warnings = set.problems.filter((p) => p.severity === 'warning');
for (const p of [...errors, ...warnings]) console.error(formatProblem(p));
const summary = `${set.notices.length} notices, ${set.areas.size} areas; ${errors.length} error(s), ${warnings.length} warning(s) / ${set.notices.length} 条公告、${set.areas.size} 个区域；${errors.length} 个错误、${warnings.length} 个警告`;
if (hasErrors(set.problems)) {
	console.error(`\nContent check failed: ${summary}`);
	process.exit(1);
}
console.log(`Content check passed: ${summary}`);
