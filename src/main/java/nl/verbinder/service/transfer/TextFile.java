package nl.verbinder.service.transfer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import nl.verbinder.domain.VerbinderException;

/**
 * A text file read the way people's files come: UTF-8 with or without a byte-order mark
 * (Excel's "CSV UTF-8", LinkedIn, Google), UTF-16 with a mark (Excel's "Unicode text"), or,
 * when the bytes are not valid UTF-8, Windows-1252 (Excel's plain "CSV" on a Dutch Windows).
 *
 * @param text          the content, without the byte-order mark
 * @param charset       the encoding it was read in
 * @param byteOrderMark whether the file started with a byte-order mark
 */
public record TextFile(String text, Charset charset, boolean byteOrderMark) {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Files larger than this are refused: no practice has a partner list of 200 MB. */
    static final long MAX_BYTES = 200L * 1024 * 1024;

    public static TextFile read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new VerbinderException("transfer.import.too-large", file.toString());
            }
            return decode(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new VerbinderException("transfer.import.missing", e, file.toString());
        } catch (IOException e) {
            throw new VerbinderException("transfer.import.cannot-read", e, file.toString(), String.valueOf(e.getMessage()));
        }
    }

    public static TextFile decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new TextFile(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                    true);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new TextFile(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE, true);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new TextFile(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE, true);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new TextFile(text, StandardCharsets.UTF_8, false);
        } catch (CharacterCodingException e) {
            return new TextFile(new String(bytes, WINDOWS_1252), WINDOWS_1252, false);
        }
    }

    /**
     * Whether the content reads as text: hardly any NUL characters, other control characters or
     * undecodable bytes. A spreadsheet workbook, an image or a zip file fails; a text file with
     * a stray NUL or escape sequence in a cell is text (its cells are cleaned when read).
     */
    public boolean looksLikeText() {
        int sample = Math.min(text.length(), 64 * 1024);
        int nul = 0;
        int odd = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                nul++;
            }
            if ((Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == '\uFFFD') {
                odd++;
            }
        }
        boolean manyNuls = nul > 2 && nul * 200 > sample;
        return !manyNuls && odd * 10 <= sample;
    }

    /** The encoding as people know it: "UTF-8", "UTF-8 met BOM", "Windows-1252". */
    public String encodingName() {
        if (charset.equals(WINDOWS_1252)) {
            return "Windows-1252";
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            return byteOrderMark ? "UTF-8 BOM" : "UTF-8";
        }
        return charset.name();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
