export { type DemoAccount, type RunningAiPromo, type StartOptions, startAiPromo } from './app.ts';
export { DEFAULT_PORTS, type Origins, type Ports, type SignalsMode } from './config.ts';
