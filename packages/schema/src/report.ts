import { z } from 'zod';
import { TECHNOLOGY_KINDS, VIOLATION_RULES } from './constants.ts';

// The scanner's report: the JSON contract of `cookieproof scan --json`.

export const ScanPassName = z.enum(['none', 'reject', 'accept']);
export type ScanPassName = z.infer<typeof ScanPassName>;

export const Finding = z.object({
  pass: ScanPassName,
  kind: z.enum(TECHNOLOGY_KINDS),
  name: z.string().meta({ description: 'Cookie name, storage key, or request URL.' }),
  origin: z.string(),
  firstParty: z.boolean(),
  page: z.string(),
  technologyId: z.string().nullable(),
  category: z.string().nullable(),
});
export type Finding = z.infer<typeof Finding>;

export const Violation = z.object({
  rule: z.enum(VIOLATION_RULES),
  pass: ScanPassName,
  kind: z.enum(TECHNOLOGY_KINDS),
  name: z.string(),
  origin: z.string(),
  page: z.string(),
  message: z.string(),
});
export type Violation = z.infer<typeof Violation>;

export const ScanReport = z
  .object({
    target: z.string(),
    declaration: z.string().nullable().meta({ description: 'Declaration fingerprint the scan compared against.' }),
    startedAt: z.string(),
    finishedAt: z.string(),
    passes: z.array(z.object({ consent: ScanPassName, pages: z.array(z.string()) }).loose()),
    findings: z.array(Finding),
    violations: z.array(Violation),
  })
  .loose();
export type ScanReport = z.infer<typeof ScanReport>;
