import { concat } from '../concat';
import { words, type Check, type CheckReason, type Named } from './check-reason';

/**
 * Reads a JSON object as its bytes arrive, member by member, so a large file is checked while
 * it downloads and its whole text is never held: a member's value is handed on parsed when it
 * ends, and the items of one array member (a dataset's events) in batches as they end.
 *
 * The scan works on the UTF-8 bytes and only finds where values begin and end (JSON's
 * structural characters are ASCII, never part of a multi-byte character; strings are skipped
 * with indexOf, so most of the file is passed over at native speed). Each value's bytes are
 * decoded once and read by the browser's JSON.parse, so the syntax accepted, and the error
 * messages, are JSON.parse's own. A small file that does not start with an object is
 * decoded whole and handed to JSON.parse at the end; a larger one is refused.
 */
export interface JsonMembers {
  /** A member's value, parsed, once it has ended (the streamed member does not come here). */
  member(key: string, value: unknown): void;
  /** Items of the streamed array member, parsed, in order; `from` is the first one's index.
   * An empty list comes as one call with no items. */
  items(key: string, items: unknown[], from: number): void;
}

/** A syntax error, with where it was found: the messages name the member and items. */
export class JsonStreamError extends Error {
  override name = 'JsonStreamError';
  /** The reason as its codes (see Check). */
  readonly check: Check;
  constructor(why: CheckReason, value?: string, named?: Named) {
    const said = words(why, value, named);
    super(said.message);
    this.check = said.check;
  }
}

/** How much of a file not starting with an object is kept, to hand to JSON.parse whole. */
const NOT_OBJECT_HELD = 1 << 20;

function notAnObject(head: Uint8Array | undefined): JsonStreamError {
  const start = new TextDecoder().decode(head?.subarray(0, 24) ?? new Uint8Array()).replace(/\s+/g, ' ');
  return new JsonStreamError('startsWith', start);
}

const WS = new Uint8Array(256);
for (const c of ' \t\n\r') WS[c.charCodeAt(0)] = 1;
const OPEN = 1;
const CLOSE = 2;
const BRACKET = new Uint8Array(256);
BRACKET[0x7b] = BRACKET[0x5b] = OPEN; // { [
BRACKET[0x7d] = BRACKET[0x5d] = CLOSE; // } ]
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;

type State = 'start' | 'key' | 'colon' | 'value' | 'after' | 'end' | 'notObject';

export class JsonObjectStream {
  private state: State = 'start';
  /** Bytes not yet consumed live in buf[start, filled); the scan has reached `pos`. */
  private buf = new Uint8Array(1 << 20);
  private start = 0;
  private filled = 0;
  private pos = 0;
  /** Where the key or value being read begins (for the streamed list: its last separator). */
  private from = -1;
  /** Where the open string begins (its opening quote), or -1 outside strings. */
  private stringAt = -1;
  /** Brackets open inside the current value. */
  private depth = 0;
  private key = '';
  private members = 0;
  private streaming = false;
  /** Streamed list: items ended since the last batch, and the index of the batch's first. */
  private count = 0;
  private first = 0;
  private readonly whole: Uint8Array[] = [];
  private held = 0;
  private readonly decoder = new TextDecoder();

  constructor(
    private readonly sink: JsonMembers,
    private readonly streamed: string,
    private readonly batch: number,
  ) {}

  /** Reads the next bytes. Throws JsonStreamError on a syntax error. */
  push(chunk: Uint8Array): void {
    if (this.state === 'notObject') {
      this.held += chunk.length;
      // Only a small one is kept for JSON.parse's own verdict: a large file that is not a
      // dataset (a list, a page) is refused from its first bytes, not held whole.
      if (this.held > NOT_OBJECT_HELD) throw notAnObject(this.whole[0]);
      this.whole.push(chunk.slice());
      return;
    }
    this.append(chunk);
    const buf = this.buf.subarray(0, this.filled);
    const n = this.filled;
    let i = this.pos;
    while (i < n) {
      if (this.stringAt >= 0) {
        const q = buf.indexOf(QUOTE, i);
        if (q < 0) {
          i = n;
          break;
        }
        i = q + 1;
        let k = q - 1;
        while (buf[k] === BACKSLASH) k--;
        if ((q - 1 - k) % 2 === 1) continue; // an escaped quote
        const opened = this.stringAt;
        this.stringAt = -1;
        if (this.state === 'key') {
          this.key = JSON.parse(this.text(opened, i)) as string;
          this.from = -1;
          this.state = 'colon';
        }
        continue;
      }
      const c = buf[i]!;
      if (WS[c]) {
        i++;
        continue;
      }
      switch (this.state) {
        case 'start':
          if (c === 0xef && buf[i + 1] === 0xbb && buf[i + 2] === 0xbf) {
            i += 3; // a byte-order mark
            continue;
          }
          if (c !== LBRACE) {
            this.state = 'notObject';
            this.whole.push(buf.slice(i, n));
            this.held = n - i;
            if (this.held > NOT_OBJECT_HELD) throw notAnObject(this.whole[0]);
            return;
          }
          this.state = 'key';
          i++;
          continue;
        case 'key':
          if (c === RBRACE && this.members === 0) {
            this.state = 'end';
            i++;
            continue;
          }
          if (c !== QUOTE) throw new JsonStreamError('memberName');
          this.from = this.stringAt = i;
          i++;
          continue;
        case 'colon':
          if (c !== COLON) throw new JsonStreamError('colonAfter', this.label);
          this.state = 'value';
          this.from = i + 1;
          this.streaming = false;
          i++;
          continue;
        case 'after':
          this.members++;
          if (c === COMMA) this.state = 'key';
          else if (c === RBRACE) this.state = 'end';
          else throw new JsonStreamError('commaOrBraceAfter', this.label);
          i++;
          continue;
        case 'end':
          throw new JsonStreamError('textAfterObject');
      }
      // In a value.
      if (c === QUOTE) {
        this.stringAt = i++;
        continue;
      }
      const b = BRACKET[c];
      if (b === OPEN) {
        if (this.depth === 0 && c === LBRACKET && this.key === this.streamed) {
          this.streaming = true;
          this.count = 0;
          this.first = 0;
          this.from = i;
        }
        this.depth++;
      } else if (b === CLOSE || (c === COMMA && this.depth <= 1)) {
        if (b === CLOSE) this.depth--;
        if (this.depth < 0 || (c === COMMA && this.depth === 0)) {
          // The value has ended; this character is the object's: read it again as 'after'.
          this.depth = 0;
          this.memberEnded(i);
          this.state = 'after';
          continue;
        }
        if (this.streaming && this.depth <= 1) {
          if (c === COMMA || this.depth === 0) this.count++;
          if (this.depth === 0) {
            if (c !== RBRACKET) throw new JsonStreamError('listClosedByBrace', this.label);
            this.flush(i);
            this.from = i + 1; // only space may follow, up to the object's "," or "}"
          } else if (this.count >= this.batch) {
            this.flush(i);
            this.from = i;
          }
        }
      }
      i++;
    }
    this.pos = i;
    this.start = this.from >= 0 ? this.from : i;
  }

  /** Ends the bytes; throws JsonStreamError when the object is not complete. */
  end(): unknown {
    if (this.state === 'notObject') {
      return JSON.parse(this.decoder.decode(concat(this.whole, (n) => new Uint8Array(n))));
    }
    if (this.state !== 'end') throw new JsonStreamError('endedEarly');
    return undefined;
  }

  private get label(): string {
    return this.key.slice(0, 40);
  }

  /** Adds bytes after those kept; what is consumed is dropped, and the buffer doubles as needed. */
  private append(chunk: Uint8Array): void {
    const keep = this.filled - this.start;
    if (this.filled + chunk.length > this.buf.length) {
      const size = keep + chunk.length;
      const next = size > this.buf.length ? new Uint8Array(Math.max(size, this.buf.length * 2)) : this.buf;
      if (next === this.buf) next.copyWithin(0, this.start, this.filled);
      else next.set(this.buf.subarray(this.start, this.filled));
      const shift = this.start;
      this.buf = next;
      this.pos -= shift;
      if (this.from >= 0) this.from -= shift;
      if (this.stringAt >= 0) this.stringAt -= shift;
      this.start = 0;
      this.filled = keep;
    }
    this.buf.set(chunk, this.filled);
    this.filled += chunk.length;
  }

  private text(from: number, to: number): string {
    return this.decoder.decode(this.buf.subarray(from, to));
  }

  private memberEnded(to: number): void {
    const from = this.from;
    this.from = -1;
    if (this.streaming) {
      // After the list's last batch, only space may come before the object's "," or "}".
      if (this.text(from, to).trim()) throw new JsonStreamError('textAfterList', this.label);
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(this.text(from, to));
    } catch (e) {
      throw new JsonStreamError('syntaxIn', this.label, { texts: { detail: (e as Error).message } });
    }
    this.sink.member(this.key, value);
  }

  /**
   * Parses and hands on the items between the separator at `from` ("[" or ",") and the one at
   * `to` ("," or "]"): the two are made brackets, so the bytes between read as one list.
   */
  private flush(to: number): void {
    const buf = this.buf;
    const n = this.count;
    this.count = 0;
    const closing = buf[to]!;
    buf[this.from] = LBRACKET;
    buf[to] = RBRACKET;
    let items: unknown[];
    try {
      items = JSON.parse(this.text(this.from, to + 1)) as unknown[];
    } catch (e) {
      throw new JsonStreamError('syntaxInItems', this.label, {
        texts: { detail: (e as Error).message },
        counts: { from: this.first, to: this.first + n - 1 },
      });
    } finally {
      buf[to] = closing;
    }
    // "[ ]" counts one item by its bracket, and has none.
    if (items.length !== n && !(items.length === 0 && n === 1 && this.first === 0 && closing === RBRACKET))
      throw new JsonStreamError('emptyItem', this.label);
    this.sink.items(this.key, items, this.first);
    this.first += items.length;
  }
}
