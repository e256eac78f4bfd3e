// RTF text bytes → string: the parser names a Windows code page ("cp1252", "cp932"…); Node's TextDecoder (full ICU)
// knows them by their WHATWG labels. No iconv dependency: these cover what Word and LibreOffice write.
const LABELS: Record<number, string> = {
  874: 'windows-874',
  932: 'shift_jis',
  936: 'gbk',
  949: 'euc-kr',
  950: 'big5',
  866: 'ibm866',
  10000: 'macintosh',
  20866: 'koi8-r',
  21866: 'koi8-u',
  28591: 'iso-8859-1',
  28592: 'iso-8859-2',
  28595: 'iso-8859-5',
  54936: 'gb18030',
  65001: 'utf-8',
};

/** WHATWG label for a Windows code page; windows-1252 for those TextDecoder does not know (437, 850…). */
export function codepageLabel(codepage: number): string {
  if (codepage >= 1250 && codepage <= 1258) return `windows-${codepage}`;
  return LABELS[codepage] ?? 'windows-1252';
}

const decoders = new Map<string, InstanceType<typeof TextDecoder>>();

/** The parser's decode callback: `enc` is "cp" + the code page number. */
export function decodeCodepage(bytes: Buffer, enc: string): string {
  const label = codepageLabel(Number(enc.replace(/^cp/i, '')));
  let decoder = decoders.get(label);
  if (!decoder) {
    decoder = new TextDecoder(label);
    decoders.set(label, decoder);
  }
  return decoder.decode(bytes);
}
