package cn.taxprocurement.lib.reports;

/** A column of a report table: its Chinese header and, for streamed sheets whose content is not known ahead, its width in characters. */
record Column(String header, int width) {

    Column {
        width = Math.max(width, displayWidth(header));
    }

    /** Chinese characters take two character widths in Excel's default font. */
    static int displayWidth(String text) {
        return text.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
    }
}
