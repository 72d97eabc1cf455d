import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeUtf8 } from './decodeUtf8';

describe('decodeUtf8', () => {
  it('decodes UTF-8 and drops a byte order mark', () => {
    expect(decodeUtf8(new TextEncoder().encode('\uFEFFМинск'))).toBe('Минск');
  });

  it('names the first line with bytes of another encoding', () => {
    const latin1 = Uint8Array.from([0x61, 0x0a, 0x62, 0x0a, 0x63, 0xe9, 0x0a, 0xe9]);
    expect(decodeUtf8(latin1)).toEqual({ badLine: 3 });
    // UTF-16 with its byte order mark.
    expect(decodeUtf8(Uint8Array.from([0xff, 0xfe, 0x7b, 0x00]))).toEqual({ badLine: 1 });
  });

  it('gives text or a line for any bytes, and text exactly when they are UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const r = decodeUtf8(bytes);
        if (typeof r === 'string') return new TextDecoder().decode(bytes) === r;
        const lines = bytes.filter((b) => b === 0x0a).length + 1;
        return r.badLine >= 1 && r.badLine <= lines;
      }),
    );
  });
});
