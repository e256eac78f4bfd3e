// The PDF Standard security handler, revision 2 (RC4, 40-bit key), with an empty user password: every reader opens
// such a file without asking, but its streams are ciphertext, so a pre-check that inflates streams sees only noise.
import { createHash } from 'node:crypto';

/** Padding string of the Standard security handler (PDF 32000-1, 7.6.3.3). */
const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
/** All permissions (bits 3–6 set, reserved bits 1): as a signed 32-bit integer. */
const PERMISSIONS = -4;

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = new Uint8Array(256);
  for (let i = 0; i < 256; i++) s[i] = i;
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + (s[i] ?? 0) + (key[i % key.length] ?? 0)) & 255;
    [s[i], s[j]] = [s[j] ?? 0, s[i] ?? 0];
  }
  const out = Buffer.alloc(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + (s[i] ?? 0)) & 255;
    [s[i], s[j]] = [s[j] ?? 0, s[i] ?? 0];
    out[k] = (data[k] ?? 0) ^ (s[((s[i] ?? 0) + (s[j] ?? 0)) & 255] ?? 0);
  }
  return out;
}

const md5 = (...parts: Buffer[]): Buffer => createHash('md5').update(Buffer.concat(parts)).digest();
const padded = (password: string): Buffer => Buffer.concat([Buffer.from(password, 'latin1'), PAD]).subarray(0, 32);

export interface Rc4Security {
  /** The /Encrypt dictionary, to write as an object. */
  encryptDict: string;
  /** The trailer's /ID entry. */
  id: string;
  /** Encrypts one stream's bytes for object `objectId` (generation 0). */
  encrypt(objectId: number, data: Buffer): Buffer;
}

export function rc4Security(ownerPassword: string): Rc4Security {
  const fileId = md5(Buffer.from('resume-screen hostile corpus'));
  const owner = rc4(md5(padded(ownerPassword)).subarray(0, 5), padded('')); // algorithm 3
  const p = Buffer.alloc(4);
  p.writeInt32LE(PERMISSIONS);
  const key = md5(padded(''), owner, p, fileId).subarray(0, 5); // algorithm 2
  const user = rc4(key, PAD); // algorithm 4
  return {
    encryptDict: `<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${owner.toString('hex')}> /U <${user.toString('hex')}> /P ${PERMISSIONS} >>`,
    id: `[<${fileId.toString('hex')}> <${fileId.toString('hex')}>]`,
    encrypt(objectId, data) {
      const salt = Buffer.from([objectId & 255, (objectId >> 8) & 255, (objectId >> 16) & 255, 0, 0]);
      return rc4(md5(key, salt).subarray(0, 10), data); // algorithm 1
    },
  };
}
