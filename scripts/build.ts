/**
 * `npm run build`: validate the content, build the site with Astro, then index it with Pagefind. Any failing
 * step fails the build, so bad content or a broken search index never reaches dist/.
 * Incremental: pages (and search bundles) that did not change since the previous build in this folder are reused
 * from the cache (ASTRO_CACHE_DIR, default node_modules/.astro). `--cold` deletes that cache first and builds
 * everything from nothing; the result is the same bytes either way.
 * 构建网站：先校验内容，再用 Astro 生成页面，最后用 Pagefind 建立搜索索引；任何一步失败即终止。
 * 增量构建：未变化的页面直接复用上次构建的结果；加 `--cold` 则清空缓存、全部重新生成（结果逐字节相同）。
 */
import { rmSync } from 'node:fs';
import { runSteps } from './lib/run-steps.ts';
import { buildCacheDir, buildSteps } from './lib/build-steps.ts';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--cold');
if (unknown.length > 0) {
	console.error(
		`Unknown option ${unknown.join(' ')}; the only option is --cold / 未知选项 ${unknown.join(' ')}，仅支持 --cold`,
	);
	process.exit(2);
}
if (args.includes('--cold')) {
	const dir = buildCacheDir(process.env);
	// Without the cache, the build also starts from an empty dist/ (src/integrations/keep-dist.ts).
	console.log(`Cold build: removing the build cache ${dir} / 冷构建：清空构建缓存 ${dir}`);
	rmSync(dir, { recursive: true, force: true });
}
await runSteps(buildSteps(process.env));
