// A zip writer by hand (local headers + central directory), because zip libraries refuse to write the structures a
// hostile corpus needs: sizes that lie, 50,000 entries, gigabyte entries built from repeated deflate blocks.
import { crc32, deflateRawSync } from 'node:zlib';
import { deflateSegments, type Segment } from './deflate.js';

export interface ZipEntry {
  name: string;
  /** Either small content, deflated here, or segments for a bomb. */
  content: Buffer | string | Segment[];
  /** Store instead of deflate (small entries in bulk). */
  store?: boolean;
  /** Write this uncompressed size in both headers instead of the true one (a lying header). */
  declaredSize?: number;
}

interface Packed {
  name: Buffer;
  method: number;
  crc: number;
  data: Buffer;
  size: number;
}

const LOCAL_SIG = 0x04034b50;
const CENTRAL_SIG = 0x02014b50;
const END_SIG = 0x06054b50;
/** 1980-01-01 00:00, the earliest DOS date: fixed so output is deterministic. */
const DOS_DATE = 0x0021;

function pack(entry: ZipEntry): Packed {
  const name = Buffer.from(entry.name, 'utf8');
  if (Array.isArray(entry.content)) {
    const stream = deflateSegments(entry.content);
    return { name, method: 8, crc: stream.crc, data: stream.raw, size: entry.declaredSize ?? stream.size };
  }
  const bytes = typeof entry.content === 'string' ? Buffer.from(entry.content, 'utf8') : entry.content;
  const data = entry.store ? bytes : deflateRawSync(bytes, { level: 9 });
  return { name, method: entry.store ? 0 : 8, crc: crc32(bytes), data, size: entry.declaredSize ?? bytes.length };
}

function localHeader(p: Packed): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(LOCAL_SIG, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(0x0800, 6); // bit 11: names are UTF-8
  h.writeUInt16LE(p.method, 8);
  h.writeUInt16LE(0, 10);
  h.writeUInt16LE(DOS_DATE, 12);
  h.writeUInt32LE(p.crc >>> 0, 14);
  h.writeUInt32LE(p.data.length, 18);
  h.writeUInt32LE(p.size >>> 0, 22);
  h.writeUInt16LE(p.name.length, 26);
  h.writeUInt16LE(0, 28);
  return h;
}

function centralHeader(p: Packed, offset: number): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(CENTRAL_SIG, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(0x0800, 8);
  h.writeUInt16LE(p.method, 10);
  h.writeUInt16LE(0, 12);
  h.writeUInt16LE(DOS_DATE, 14);
  h.writeUInt32LE(p.crc >>> 0, 16);
  h.writeUInt32LE(p.data.length, 20);
  h.writeUInt32LE(p.size >>> 0, 24);
  h.writeUInt16LE(p.name.length, 28);
  // extra, comment, disk, internal attributes: 0; external attributes 0; then the local header's offset.
  h.writeUInt32LE(offset, 42);
  return h;
}

function endRecord(count: number, centralSize: number, centralOffset: number): Buffer {
  const h = Buffer.alloc(22);
  h.writeUInt32LE(END_SIG, 0);
  h.writeUInt16LE(count, 8);
  h.writeUInt16LE(count, 10);
  h.writeUInt32LE(centralSize, 12);
  h.writeUInt32LE(centralOffset, 16);
  return h;
}

/** The bytes of a zip archive holding `entries`, in order. Up to 65,535 entries (no ZIP64). */
export function buildZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const p = pack(entry);
    const header = localHeader(p);
    centrals.push(centralHeader(p, offset), p.name);
    locals.push(header, p.name, p.data);
    offset += header.length + p.name.length + p.data.length;
  }
  const central = Buffer.concat(centrals);
  return Buffer.concat([...locals, central, endRecord(entries.length, central.length, offset)]);
}
