package cn.taxprocurement.catalogimport;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Headers of the workbooks this feature hands out. */
final class Downloads {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {}

    /** An RFC 6266 attachment: an ASCII fallback name for old clients and the real (Chinese) name as filename*. */
    static String attachment(String fileName, String asciiFallback) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + asciiFallback + "\"; filename*=UTF-8''" + encoded;
    }
}
