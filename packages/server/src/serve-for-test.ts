import { startServer } from './start-server.ts';

// Entry point of the child-process servers in the process tests: configuration from the environment, rate limit
// off (the load comes from one address) unless COOKIEPROOF_TEST_RATE_LIMIT gives one as JSON, JSON logs on stdout
// where the test reads the "listening" line.

await startServer({
  declarationFile: process.env.COOKIEPROOF_DECLARATION!,
  port: 0,
  dataDir: process.env.COOKIEPROOF_DATA,
  databaseUrl: process.env.DATABASE_URL || undefined,
  adminToken: process.env.COOKIEPROOF_ADMIN_TOKEN,
  rateLimit: process.env.COOKIEPROOF_TEST_RATE_LIMIT ? JSON.parse(process.env.COOKIEPROOF_TEST_RATE_LIMIT) : false,
});
