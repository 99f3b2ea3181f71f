export { type ConsentApp, type ConsentAppOptions, createConsentApp } from './app.ts';
export { type ConsentCookie, encodeConsentCookie } from './consent-cookie.ts';
export { regionOf } from './jurisdiction.ts';
export { portProblem } from './listen-error.ts';
export { jsonLogger, type Logger, type LogLevel } from './logger.ts';
export type { RateLimitOptions } from './rate-limit.ts';
export { DEFAULT_PORT, type ServerOptions, type StartedServer, startServer } from './start-server.ts';
