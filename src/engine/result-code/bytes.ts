// The small binary pieces a result code is made of: unsigned varints (LEB128), fixed-width big-endian integers,
// half-byte lists and texts in the shortest of three forms. Internal to result-code/.

/** How a text field is stored: 学号 digits as half bytes, names as UTF-16 (two bytes a Chinese character) or UTF-8. */
const TEXT_DIGITS = 0;
const TEXT_UTF8 = 1;
const TEXT_UTF16 = 2;

/** A failure to read: the bytes end early or hold something this version never writes. */
export class MalformedBytes extends Error {}

export class ByteWriter {
  private readonly bytes: number[] = [];

  byte(value: number): void {
    this.bytes.push(value & 0xff);
  }

  /** An unsigned whole number up to 2^53 − 1, seven bits a byte, low bits first. */
  varint(value: number): void {
    let rest = value;
    while (rest >= 0x80) {
      this.bytes.push((rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.bytes.push(rest);
  }

  /** A whole number in `width` bytes, most significant first. */
  fixed(value: number, width: number): void {
    for (let k = width - 1; k >= 0; k--) this.bytes.push(Math.floor(value / 2 ** (8 * k)) & 0xff);
  }

  /** Numbers 0–15, two a byte (high half first; an odd count ends with a 0 half). */
  nibbles(values: readonly number[]): void {
    for (let i = 0; i < values.length; i += 2) this.bytes.push((values[i]! << 4) | (values[i + 1] ?? 0));
  }

  raw(bytes: Uint8Array): void {
    for (const byte of bytes) this.bytes.push(byte);
  }

  /** A text: a varint (length × 4 + form), then the digits as half bytes, or UTF-16 code units, or UTF-8 bytes, whichever is shortest. */
  text(value: string): void {
    if (/^[0-9]+$/.test(value)) {
      this.varint(value.length * 4 + TEXT_DIGITS);
      this.nibbles([...value].map(Number));
      return;
    }
    const utf8 = new TextEncoder().encode(value);
    if (value.length * 2 < utf8.length) {
      this.varint(value.length * 4 + TEXT_UTF16);
      for (let i = 0; i < value.length; i++) this.fixed(value.charCodeAt(i), 2);
      return;
    }
    this.varint(utf8.length * 4 + TEXT_UTF8);
    this.raw(utf8);
  }

  toBytes(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

export class ByteReader {
  private at = 0;

  constructor(private readonly bytes: Uint8Array) {}

  get remaining(): number {
    return this.bytes.length - this.at;
  }

  byte(): number {
    if (this.at >= this.bytes.length) throw new MalformedBytes('ends early');
    return this.bytes[this.at++]!;
  }

  /** A varint as `ByteWriter.varint` writes it: at most 8 bytes, no needless trailing zero byte (one reading per number). */
  varint(): number {
    let value = 0;
    for (let k = 0; k < 8; k++) {
      const byte = this.byte();
      value += (byte & 0x7f) * 2 ** (7 * k);
      if (byte < 0x80) {
        if (byte === 0 && k > 0) throw new MalformedBytes('padded varint');
        if (value > Number.MAX_SAFE_INTEGER) throw new MalformedBytes('varint too large');
        return value;
      }
    }
    throw new MalformedBytes('varint too long');
  }

  fixed(width: number): number {
    let value = 0;
    for (let k = 0; k < width; k++) value = value * 256 + this.byte();
    return value;
  }

  nibbles(count: number): number[] {
    const values: number[] = [];
    for (let i = 0; i < count; i += 2) {
      const byte = this.byte();
      values.push(byte >> 4);
      if (i + 1 < count) values.push(byte & 15);
      else if ((byte & 15) !== 0) throw new MalformedBytes('odd half byte set');
    }
    return values;
  }

  raw(length: number): Uint8Array {
    if (length > this.remaining) throw new MalformedBytes('ends early');
    const slice = this.bytes.slice(this.at, this.at + length);
    this.at += length;
    return slice;
  }

  text(): string {
    const header = this.varint();
    const length = Math.floor(header / 4);
    const form = header % 4;
    if (form === TEXT_DIGITS) {
      const digits = this.nibbles(length);
      if (digits.some((d) => d > 9)) throw new MalformedBytes('not a digit');
      return digits.join('');
    }
    if (form === TEXT_UTF16) {
      let text = '';
      for (let i = 0; i < length; i++) text += String.fromCharCode(this.fixed(2));
      return text;
    }
    if (form === TEXT_UTF8) {
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(this.raw(length));
      } catch (error) {
        if (error instanceof MalformedBytes) throw error;
        throw new MalformedBytes('not UTF-8');
      }
    }
    throw new MalformedBytes('unknown text form');
  }
}
