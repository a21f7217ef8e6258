import { measureFirstQuery } from './first-query.ts';
import { headersFor } from '../security-headers.ts';
const r = await measureFirstQuery(process.argv[2], process.argv[3] ?? '停电', { executablePath: '/usr/bin/chromium', headers: headersFor });
console.log(JSON.stringify({ ...r, queryRequests: r.queryRequests.slice(0, 12) }, null, 1));
