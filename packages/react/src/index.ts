import { type Consent, type CookieproofApi, cookieproof } from '@cookieproof/sdk';
import { type ButtonHTMLAttributes, createElement, type ReactNode, useSyncExternalStore } from 'react';

// A thin React adapter over the SDK instance (createCookieproof(config) or window.cookieproof; the default is the
// page's one instance). The server and the first client render see no consent, so server-rendered markup shows
// every gate's fallback and hydrates without a mismatch; the stored choice applies right after hydration.

const none = () => null;

/** The visitor's consent, or null before a decision (and always while rendering on a server). */
export function useConsent(instance: CookieproofApi = cookieproof): Consent | null {
  return useSyncExternalStore(instance.subscribe, instance.getConsent, none);
}

/** Whether every one of the space-separated categories is allowed by the visitor's decision. */
export function useAllowed(category: string, instance: CookieproofApi = cookieproof): boolean {
  const consent = useConsent(instance);
  return !!consent && category.split(/\s+/).every((c) => c && consent.choices[c]);
}

export interface ConsentGateProps {
  /** One category id, or several separated by spaces that must all be allowed. */
  category: string;
  /** Rendered instead of the children until the category is allowed (on the server too). */
  fallback?: ReactNode;
  children?: ReactNode;
  instance?: CookieproofApi;
}

/** Renders its children only when the visitor allowed `category`, else `fallback`. */
export function ConsentGate({ category, fallback = null, children, instance }: ConsentGateProps): ReactNode {
  return useAllowed(category, instance) ? children : fallback;
}

/** A button that opens the preferences dialog (through the SDK's `data-cookieproof-action`, which needs no state). */
export function CookieSettingsButton({
  children = 'Cookie settings',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement>): ReactNode {
  return createElement('button', { type: 'button', ...props, 'data-cookieproof-action': 'preferences' }, children);
}
