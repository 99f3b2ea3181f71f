// The consent cookie's one codec lives in the consent model (@cookieproof/schema), shared with the server.
export { decodeConsent, encodeConsent, FP_LENGTH, type StoredConsent } from '@cookieproof/schema/consent-cookie';
