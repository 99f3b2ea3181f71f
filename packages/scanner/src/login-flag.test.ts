import { CookieproofError } from '@cookieproof/schema';
import { describe, expect, it } from 'vitest';
import { loginStepFromFlag } from './login-flag.ts';

describe('--login flag', () => {
  it('reads a storage-state file', () => {
    expect(loginStepFromFlag('auth/state.json')).toEqual({ storageState: 'auth/state.json' });
  });

  it('reads a form step with fields from the environment', () => {
    expect(loginStepFromFlag('https://x.example/login user=ada password=$PW submit=#go', { PW: 's3cret' })).toEqual({
      url: 'https://x.example/login',
      fields: { user: 'ada', password: 's3cret' },
      submit: '#go',
    });
  });

  it('explains what is wrong', () => {
    for (const [spec, message] of [
      ['', /needs a storage-state file/],
      ['login.txt user=a', /give a storage-state .json file, or a sign-in URL/],
      ['https://x.example/login', /at least one field=value/],
      ['https://x.example/login user', /"user" is not field=value/],
      ['https://x.example/login password=$NOPE_NOT_SET', /NOPE_NOT_SET is not set/],
    ] as const) {
      expect(() => loginStepFromFlag(spec, {})).toThrow(message);
      expect(() => loginStepFromFlag(spec, {})).toThrow(CookieproofError);
    }
  });
});
