import type { PublishedVersion } from '@cookieproof/schema';
import type { Origins } from './config.ts';
import type { Db } from './db.ts';
import type { Surface } from './layout.ts';

// Everything the site's route handlers share, built once at start.

export interface Secrets {
  adminToken: string;
  payhostMerchantKey: string;
  payhostSigningSecret: string;
  datahubClientSecret: string;
  acmeClientSecret: string;
  demoPassword: string;
}

export interface SdkAssets {
  /** `<script>` tags that load the SDK for a surface, nonced. */
  headTags(surface: Surface, nonce: string): string;
}

export interface SiteContext {
  db: Db;
  origins: Origins;
  versions: PublishedVersion[];
  secrets: Secrets;
  sdk: SdkAssets;
  gaMeasurementId: string;
  /** Google tag URL; the local stand-in here, https://www.googletagmanager.com/gtag/js in production. */
  gaTagUrl: string;
}

export const DATAHUB_CLIENT_ID = 'aipromo';
export const ACME_CLIENT_ID = 'aipromo';
