package dev.iaclint.parse;

import dev.iaclint.model.Location;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a file as strict UTF-8: a byte sequence that is not UTF-8 is an error that names its line. */
public final class SourceText {

    /** Larger than any template, module file or plan worth scanning; a bigger file is refused unread. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private SourceText() {
    }

    /** @param display how reports name the file */
    public static String read(Path path, String display) {
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new InputException(Location.file(display), "the file has " + size + " bytes, more than the "
                        + MAX_BYTES / (1024 * 1024) + " MiB iac-lint reads; it is not scanned");
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputException(Location.file(display), "cannot read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InputException(firstBadByte(bytes, display), "not valid UTF-8 text", e);
        }
    }

    private static Location firstBadByte(byte[] bytes, String display) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return Location.point(display, line, 1);
    }
}
