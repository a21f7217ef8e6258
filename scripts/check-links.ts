/**
 * Checks every internal link of the built site (after Pagefind, so /pagefind/ files count): each <a>/<link>
 * href, <script>/<img> src and form action must exist in the build, each #fragment must name an element on its
 * page. Lists every broken one as `page → href` and exits 1. Run by `npm run build`; on its own:
 *   node scripts/check-links.ts [dist-dir]     (default: OUT_DIR or dist)
 * Page scans are cached by content hash in ASTRO_CACHE_DIR/links/ (default node_modules/.astro).
 * 检查生成网站中的所有站内链接；有失效链接时逐条列出并以非零状态退出。
 */
import path from 'node:path';
import { checkLinks } from './lib/links-step.ts';

if (!checkLinks(path.resolve(process.argv[2] ?? process.env.OUT_DIR ?? 'dist'))) process.exit(1);
