package cn.taxprocurement.lib.reports;

/** Text as a report cell can hold it: Excel refuses cells longer than 32,767 characters, so longer text is cut. */
public final class CellText {
    public static final int EXCEL_LIMIT = 32_767;
    static final String CUT_MARKER = "…(已截断)";

    private CellText() {}

    public static String fit(String text) {
        if (text == null || text.length() <= EXCEL_LIMIT) {
            return text;
        }
        int keep = EXCEL_LIMIT - CUT_MARKER.length();
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + CUT_MARKER;
    }
}
