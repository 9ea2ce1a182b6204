package org.scrutiny.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A reader of strict UTF-8 that knows the line of the first byte that is not UTF-8. The JDK's own
 * reader drops the characters it decoded before such a byte, and with them the line it is on.
 */
final class Utf8Reader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024).flip();
    private boolean endOfInput;
    private boolean flushed;
    private CharacterCodingException failure;
    private int newlines;

    Utf8Reader(InputStream in) {
        this.in = in;
    }

    /** The line the next character is on, counted from 1. */
    int line() {
        return newlines + 1;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (failure != null) {
            throw failure;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                failure = new CharacterCodingException();
                if (out.position() == offset) {
                    throw failure;
                }
                break;
            }
            if (result.isOverflow()) {
                break;
            }
            if (endOfInput) {
                if (!flushed) {
                    flushed = true;
                    decoder.flush(out);
                }
                if (out.position() == offset) {
                    return -1;
                }
                break;
            }
            fill();
        }
        int read = out.position() - offset;
        for (int i = offset; i < offset + read; i++) {
            if (buffer[i] == '\n') {
                newlines++;
            }
        }
        return read;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
