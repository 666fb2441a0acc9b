package org.livemig.core.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Big-endian reader over one datagram for {@link MessageCodec}. Every read checks the bytes left first
 * and reports a shortfall as a {@link MalformedMessageException} naming the field and its offset
 * (offsets count from the start of the datagram).
 */
final class WireReader {

    private final byte[] data;
    private final int start;
    private final int end;
    private int position;

    WireReader(byte[] data, int offset, int length) {
        this.data = data;
        this.start = offset;
        this.end = offset + length;
        this.position = offset;
    }

    /** Offset of the next byte to read, from the start of the datagram. */
    int offset() {
        return position - start;
    }

    /** Bytes not yet read. */
    int remaining() {
        return end - position;
    }

    int readUnsignedByte(String field) throws MalformedMessageException {
        require(1, field);
        return data[position++] & 0xFF;
    }

    int readUnsignedShort(String field) throws MalformedMessageException {
        require(2, field);
        int value = (data[position] & 0xFF) << 8 | (data[position + 1] & 0xFF);
        position += 2;
        return value;
    }

    int readInt(String field) throws MalformedMessageException {
        require(4, field);
        int value = 0;
        for (int i = 0; i < 4; i++) {
            value = value << 8 | (data[position++] & 0xFF);
        }
        return value;
    }

    long readLong(String field) throws MalformedMessageException {
        require(8, field);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = value << 8 | (data[position++] & 0xFF);
        }
        return value;
    }

    /** Reads an IEEE 754 double from its raw bits, so NaN payloads survive. */
    double readDouble(String field) throws MalformedMessageException {
        return Double.longBitsToDouble(readLong(field));
    }

    /** Reads {@code length} bytes of strictly valid UTF-8 (no overlong forms, no encoded surrogates). */
    String readUtf8(int length, String field) throws MalformedMessageException {
        require(length, field);
        if (length == 0) {
            return ""; // most messages carry no text: one shared empty string, not one per message in flight
        }
        if (isAscii(position, length)) { // ASCII is valid UTF-8 and decodes byte for char
            String text = new String(data, position, length, StandardCharsets.ISO_8859_1);
            position += length;
            return text;
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data, position, length))
                    .toString();
            position += length;
            return text;
        } catch (CharacterCodingException e) {
            throw new MalformedMessageException(field + " is not valid UTF-8", e);
        }
    }

    private boolean isAscii(int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (data[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private void require(int bytes, String field) throws MalformedMessageException {
        if (remaining() < bytes) {
            throw new MalformedMessageException("truncated: needed " + bytes + (bytes == 1 ? " byte" : " bytes")
                    + " for " + field + " at offset " + offset() + ", " + remaining() + " left");
        }
    }
}
