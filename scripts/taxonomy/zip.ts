/**
 * Reads one member of a zip archive (the ESCO downloads in ../shared/data are kept zipped, as
 * published). Central directory, then the member's local header and its deflated or stored bytes:
 * enough for those files, with no dependency.
 */
import { inflateRawSync } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

export function readZipMember(zip: Buffer, name: string): string {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== END_OF_CENTRAL_DIRECTORY) eocd--;
  if (eocd < 0) throw new Error('not a zip archive');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error('bad zip central directory');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const member = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (member === name) {
      if (zip.readUInt32LE(local) !== LOCAL_HEADER) throw new Error(`bad zip local header for ${name}`);
      const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(dataAt, dataAt + size);
      if (method === STORED) return data.toString('utf8');
      if (method === DEFLATED) return inflateRawSync(data).toString('utf8');
      throw new Error(`zip member ${name}: compression method ${method} not supported`);
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`zip member ${name} not found`);
}
