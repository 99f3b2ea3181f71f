import { z } from 'zod';
import { REGIMES, TECHNOLOGY_KINDS, VIOLATION_RULES } from './constants.ts';

// The scanner's report: the JSON contract of `cookieproof scan --json`. Fields are only added, never renamed; every
// field added after the first version is optional, so reports written before it still validate.

export const ScanPassName = z.enum(['none', 'reject', 'accept']);
export type ScanPassName = z.infer<typeof ScanPassName>;

const gpc = z
  .literal(true)
  .optional()
  .meta({ description: 'Found in the GPC pass (Sec-GPC: 1 and navigator.globalPrivacyControl).' });
const region = z
  .string()
  .optional()
  .meta({ description: 'The region the pass presented itself from (`--region`), e.g. "US-CA".' });

export const Finding = z
  .object({
    pass: ScanPassName,
    kind: z.enum(TECHNOLOGY_KINDS),
    name: z.string().meta({ description: 'Cookie name, storage key, or request URL.' }),
    origin: z.string(),
    firstParty: z.boolean(),
    page: z.string(),
    technologyId: z.string().nullable(),
    category: z.string().nullable(),
    gpc,
    region,
  })
  .loose();
export type Finding = z.infer<typeof Finding>;

export const Violation = z
  .object({
    rule: z.enum(VIOLATION_RULES),
    pass: ScanPassName,
    kind: z.enum(TECHNOLOGY_KINDS),
    name: z.string(),
    origin: z.string(),
    page: z.string(),
    message: z.string(),
    gpc,
    region,
  })
  .loose();
export type Violation = z.infer<typeof Violation>;

export const ScanReport = z
  .object({
    target: z.string(),
    declaration: z.string().nullable().meta({ description: 'Declaration fingerprint the scan compared against.' }),
    startedAt: z.string(),
    finishedAt: z.string(),
    passes: z.array(
      z
        .object({
          consent: ScanPassName,
          pages: z.array(z.string()),
          gpc,
          region,
          jurisdiction: z
            .object({ id: z.string(), regime: z.enum(REGIMES) })
            .loose()
            .optional()
            .meta({
              description: "The declaration's jurisdiction rule for the pass's region and the regime judged by.",
            }),
          routes: z
            .array(z.object({ from: z.string(), url: z.string() }).loose())
            .optional()
            .meta({ description: 'In-app routes: same-origin links a page handled itself (history.pushState).' }),
          timing: z
            .object({ loadMs: z.number(), quietMs: z.number(), snapshotMs: z.number() })
            .loose()
            .optional()
            .meta({
              description:
                "Milliseconds summed over the pass's tabs: loading pages, waiting for quiet, reading storage.",
            }),
          quietBoundReached: z.array(z.string()).optional().meta({
            description: 'Pages and routes still busy when the quiet bound passed; later activity was not watched.',
          }),
        })
        .loose(),
    ),
    findings: z.array(Finding),
    violations: z.array(Violation),
    notObserved: z
      .array(
        z
          .object({
            rule: z.literal('not-observed'),
            pass: z.literal('accept'),
            kind: z.enum(TECHNOLOGY_KINDS),
            name: z.string(),
            technologyId: z.string(),
            category: z.string(),
            surfaces: z.array(z.string()),
            page: z.string(),
            message: z.string(),
          })
          .loose(),
      )
      .optional()
      .meta({
        description:
          'Warnings: declared non-essential technologies the accept pass visited the surface of and never saw (also violations with --fail-on-not-observed).',
      }),
    requestRule: z
      .string()
      .optional()
      .meta({ description: 'Which requests are judged and which stay out of the findings, and why.' }),
    quiet: z.object({ windowMs: z.number(), boundMs: z.number() }).loose().optional().meta({
      description:
        'A page, route or consent step was left once network and storage were quiet for windowMs, or at boundMs at the latest.',
    }),
    tabs: z.number().optional().meta({ description: 'Tabs each pass visited pages with at once.' }),
    regionHeader: z.string().optional().meta({
      description: 'The request header that carried each pass region (the subdivision in its name plus -Region).',
    }),
    comparison: z
      .object({
        previous: z.string(),
        appeared: z.array(Finding),
        disappeared: z.array(Finding),
        changed: z.array(z.unknown()),
        newViolations: z.array(Violation),
        resolvedViolations: z.array(Violation),
      })
      .loose()
      .optional()
      .meta({ description: 'What changed since an earlier report (`cookieproof scan --compare`).' }),
  })
  .loose();
export type ScanReport = z.infer<typeof ScanReport>;
