/**
 * `npm run check`: validates every content file with the shared schemas and prints each problem as
 * `file > entry > field: message`, in English and Chinese, all at once. Exits 1 when there is any error.
 * 校验全部内容文件，一次列出所有问题；有错误时以非零状态退出。
 */
import { formatProblem } from '../src/lib/content/problems.ts';
import { contentDir } from '../src/lib/content/paths.ts';
import { hasErrors, validateContent } from '../src/lib/content/validate.ts';

const set = validateContent(contentDir());
const errors = set.problems.filter((p) => p.severity === 'error');
const warnings = set.problems.filter((p) => p.severity === 'warning');
for (const p of [...errors, ...warnings]) console.error(formatProblem(p));
const summary = `${set.notices.length} notices, ${set.areas.size} areas; ${errors.length} error(s), ${warnings.length} warning(s) / ${set.notices.length} 条公告、${set.areas.size} 个区域；${errors.length} 个错误、${warnings.length} 个警告`;
if (hasErrors(set.problems)) {
	console.error(`\nContent check failed: ${summary}`);
	process.exit(1);
}
console.log(`Content check passed: ${summary}`);
