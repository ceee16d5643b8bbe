package cn.taxprocurement.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;

/**
 * A file handed out to a person: its (Chinese) name, an ASCII name for clients that cannot read it, and its body,
 * written while it is sent. Resources and pages answer it the same way.
 */
public record Download(String fileName, String asciiName, String mediaType, StreamingOutput body) {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** An Excel workbook. */
    public static Download xlsx(String fileName, String asciiName, StreamingOutput body) {
        return new Download(fileName, asciiName, XLSX, body);
    }

    /** The answer that makes browsers save the file under its name: an RFC 6266 attachment. */
    public Response response() {
        return Response.ok(body, mediaType)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + percentEncoded(fileName))
                .build();
    }

    /** RFC 5987 ext-value: attr-chars as they are, every other byte of the UTF-8 form as %XX. */
    static String percentEncoded(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || ATTR_CHARS.indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return encoded.toString();
    }
}
