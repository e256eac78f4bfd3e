// RTF reader: pre-check (nesting, \bin blobs) → rtf-stream-parser's tokenizer and plain-text stage (pinned 3.8.1,
// a deep import of ToPlainText) with our own handlers for what that stage leaves out: table cells and rows, page and
// section breaks, headers and footers and footnotes as their own channels, hidden (\v) text set aside, and no text
// from destinations that are not page text (document info, pictures, objects, field instructions).
import { createRequire } from 'node:module';
import { ScreenError, type Channel } from '../../types.js';
import { channelPage, distinctLines, withoutPageFields } from '../channels.js';
import type { RawDocument } from '../raw.js';
import { decodeCodepage } from './codepages.js';
import { precheckRtf } from './precheck.js';

/** Destinations whose text is on the page. Text inside any other (\info, \pict, \object, \fldinst…) is not read. */
const TEXT_DESTINATIONS: ReadonlySet<string> = new Set([
  'rtf', 'field', 'fldrslt', 'listtext', 'pntext', 'shptxt', 'shprslt', 'upr', 'ud',
  'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr', 'footerf', 'footnote',
]);
const CHANNEL_OF: Readonly<Record<string, Channel>> = {
  header: 'header', headerl: 'header', headerr: 'header', headerf: 'header',
  footer: 'footer', footerl: 'footer', footerr: 'footer', footerf: 'footer',
  footnote: 'footnote',
};

/** The slice of the parser's state our handlers touch. */
interface ParserState {
  destIgnorable?: boolean;
  allDestinations?: Record<string, boolean>;
  rsHidden?: boolean;
}
interface Parser {
  _state: ParserState;
  _featureHandlers: Feature[];
  _getCurrentFont(): unknown;
  _getOutputAsString(data: Buffer | string, font: unknown): [string, boolean];
  _pushOutput(data: Buffer | string): void;
  _transform(token: unknown, encoding: string, cb: (err?: unknown) => void): void;
  _flush(cb: (err?: unknown) => void): void;
  push(chunk: unknown): boolean;
}
interface ControlToken {
  param?: number;
}
interface Feature {
  controlHandlers?: Record<string, (parser: Parser, token: ControlToken) => void | true>;
  outputDataFilter?: (parser: Parser, data: Buffer | string) => void | true;
}
interface Tokenizer {
  _transform(chunk: Buffer, encoding: string | undefined, cb: (err?: unknown) => void): void;
  _flush(cb: (err?: unknown) => void): void;
  push(token: unknown): boolean;
}
interface RtfModules {
  Tokenize: new () => Tokenizer;
  ToPlainText: new (options: object) => Parser;
}

let modules: RtfModules | undefined;
function load(): RtfModules {
  const require = createRequire(import.meta.url);
  modules ??= {
    Tokenize: (require('rtf-stream-parser/dist/src/tokenize.js') as { Tokenize: RtfModules['Tokenize'] }).Tokenize,
    ToPlainText: (require('rtf-stream-parser/dist/src/ToPlainText.js') as { ToPlainText: RtfModules['ToPlainText'] }).ToPlainText,
  };
  return modules;
}

type Sink = Record<Channel | 'hidden', string>;

/** Where a piece of text goes: a channel, `hidden`, `drop`, or `body` (the parser's own output). */
function routeOf(state: ParserState): Channel | 'hidden' | 'drop' | 'library' {
  if (state.destIgnorable) return 'library'; // {\*\dest …}: the parser drops it
  let channel: Channel = 'body';
  for (const dest in state.allDestinations ?? {}) {
    if (!TEXT_DESTINATIONS.has(dest)) return 'drop';
    channel = CHANNEL_OF[dest] ?? channel;
  }
  if (state.rsHidden) return 'hidden';
  return channel === 'body' ? 'library' : channel;
}

function ourFeature(sink: Sink): Feature {
  const hidden = (p: Parser, t: ControlToken): void => {
    p._state.rsHidden = t.param !== 0;
  };
  const newline = (p: Parser): void => p._pushOutput('\n');
  let lastRoute: ReturnType<typeof routeOf> = 'library';
  return {
    controlHandlers: {
      v: hidden,
      plain: (p) => {
        p._state.rsHidden = false;
      },
      cell: (p) => p._pushOutput('\t'),
      nestcell: (p) => p._pushOutput('\t'),
      row: newline,
      nestrow: newline,
      page: newline,
      sect: newline,
      column: newline,
    },
    outputDataFilter: (p, data) => {
      const route = routeOf(p._state);
      // A hidden run ends its hidden line: two hidden runs in different paragraphs are two lines.
      if (route !== 'hidden' && lastRoute === 'hidden') sink.hidden += '\n';
      lastRoute = route;
      if (route === 'library') return undefined;
      if (route !== 'drop') sink[route] += p._getOutputAsString(data, p._getCurrentFont())[0];
      return true;
    },
  };
}

/** The text of an RTF file, per channel. Synchronous: the tokenizer and parser are driven by hand, as the library's own deEncapsulateSync does. */
function rtfText(bytes: Uint8Array): Sink {
  const { Tokenize, ToPlainText } = load();
  const sink: Sink = { body: '', header: '', footer: '', footnote: '', textbox: '', comment: '', hidden: '' };
  const fail = (err: unknown): void => {
    if (err !== undefined && err !== null) throw err;
  };
  const tokenizer = new Tokenize();
  const parser = new ToPlainText({ decode: decodeCodepage, warn: () => undefined, allowCp0: true });
  parser._featureHandlers.unshift(ourFeature(sink));
  tokenizer.push = (token) => {
    parser._transform(token, '', fail);
    return true;
  };
  parser.push = (piece) => {
    sink.body += String(piece);
    return true;
  };
  tokenizer._transform(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), undefined, fail);
  tokenizer._flush(fail);
  parser._flush(fail);
  return sink;
}

const splitLines = (text: string): string[] => text.split(/\r\n|\r|\n/).filter((l) => l.trim().length > 0);

export function extractRtf(bytes: Uint8Array): RawDocument {
  // 1. Nesting and \bin blobs checked before the tokenizer allocates anything.
  precheckRtf(bytes);
  // 2. Text per channel.
  let sink: Sink;
  try {
    sink = rtfText(bytes);
  } catch (error) {
    if (error instanceof ScreenError) throw error;
    // Parser messages can quote control words and text: only a stable reason leaves.
    throw new ScreenError('CORRUPT', { kind: 'rtf', reason: 'unreadable-document' });
  }
  // 3. An RTF with bytes but no text at all was not read (truncated, not really RTF): not an empty résumé.
  const body = splitLines(sink.body);
  if (body.length === 0 && sink.hidden.trim() === '') throw new ScreenError('CORRUPT', { kind: 'rtf', reason: 'no-text' });
  const seen = new Set<string>();
  const page = channelPage(
    [
      { channel: 'header', lines: distinctLines(withoutPageFields(splitLines(sink.header)), seen) },
      { channel: 'footer', lines: distinctLines(withoutPageFields(splitLines(sink.footer)), seen) },
      { channel: 'body', lines: body },
      { channel: 'footnote', lines: splitLines(sink.footnote) },
    ],
    splitLines(sink.hidden).map((text) => ({ text, reason: 'VANISH' })),
  );
  return { kind: 'rtf', pages: [page], pageCount: 1, meta: {}, warnings: [] };
}
