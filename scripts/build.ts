/**
 * `npm run build`: validate the content, build the site with Astro, then index it with Pagefind. Any failing
 * step fails the build, so bad content or a broken search index never reaches dist/.
 * 构建网站：先校验内容，再用 Astro 生成页面，最后用 Pagefind 建立搜索索引；任何一步失败即终止。
 */
import { runSteps } from './lib/run-steps.ts';
import { buildSteps } from './lib/build-steps.ts';

await runSteps(buildSteps(process.env));
