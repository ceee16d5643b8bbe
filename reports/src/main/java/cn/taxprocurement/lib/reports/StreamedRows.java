package cn.taxprocurement.lib.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The rows of a streamed sheet, written as the sheet's XML straight into the workbook's output as their cells are
 * set: a row after another, its cells in column order. At a million rows, POI's own row and cell objects and its
 * writer cost several times what the XML itself does. The cells are those {@link Cells} writes: inline text, numbers,
 * dates, and a dash for a missing figure.
 */
final class StreamedRows {
    private static final int BUFFER = 64 * 1024;
    private static final int LONGEST_CELL = 512;

    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER];
    private int used;
    private int rows;

    StreamedRows(OutputStream out) {
        this.out = out;
    }

    /** Rows written so far. */
    int count() {
        return rows;
    }

    /** Starts the next row, ending the one before. */
    StreamedRows next() {
        if (rows > 0) {
            ascii("</row>");
        }
        rows++;
        ascii("<row r=\"");
        number(rows);
        ascii("\">");
        return this;
    }

    /** Ends the last row and hands everything written to the output. */
    void finish() throws IOException {
        if (rows > 0) {
            ascii("</row>");
        }
        out.write(buffer, 0, used);
        used = 0;
    }

    void text(int column, String value, CellStyle style) {
        if (value != null) {
            String text = CellText.fit(value);
            begin(column, style);
            ascii(" t=\"inlineStr\"><is><t");
            if (!text.isEmpty()
                    && (Character.isWhitespace(text.charAt(0))
                            || Character.isWhitespace(text.charAt(text.length() - 1)))) {
                ascii(" xml:space=\"preserve\"");
            }
            ascii(">");
            escaped(text);
            ascii("</t></is></c>");
        }
    }

    void number(int column, long value, CellStyle style) {
        numeric(column, Long.toString(value), style);
    }

    /** A missing rate (nothing to compare with) shows a dash rather than a misleading zero. */
    void number(int column, BigDecimal value, CellStyle style) {
        if (value == null) {
            text(column, Cells.NOT_APPLICABLE, null);
        } else {
            numeric(column, Double.toString(value.doubleValue()), style);
        }
    }

    void date(int column, LocalDate value, CellStyle style) {
        if (value != null) {
            numeric(column, Double.toString(DateUtil.getExcelDate(value)), style);
        }
    }

    /** A number cell holding {@code value}, as Java writes a long or a double. */
    private void numeric(int column, String value, CellStyle style) {
        begin(column, style);
        ascii(" t=\"n\"><v>");
        ascii(value);
        ascii("</v></c>");
    }

    /** {@code <c r="B7" s="3"}: the cell's reference and, unless it is the default, its style. */
    private void begin(int column, CellStyle style) {
        room(LONGEST_CELL);
        ascii("<c r=\"");
        columnName(column);
        number(rows);
        if (style != null && style.getIndex() != 0) {
            ascii("\" s=\"");
            number(style.getIndex() & 0xffff);
        }
        ascii("\"");
    }

    private void columnName(int column) {
        if (column >= 26) {
            columnName(column / 26 - 1);
        }
        put((byte) ('A' + column % 26));
    }

    private void number(long value) {
        ascii(Long.toString(value));
    }

    private void ascii(String text) {
        room(text.length());
        for (int i = 0; i < text.length(); i++) {
            buffer[used++] = (byte) text.charAt(i);
        }
    }

    /**
     * Text as XML character data in UTF-8: markup escaped, tabs and line breaks as references so that they survive, and
     * what XML cannot hold (control characters, U+FFFE, U+FFFF, a surrogate without its pair) as {@code ?}, as POI
     * writes it.
     */
    private void escaped(String text) {
        for (int i = 0; i < text.length(); i++) {
            room(12);
            char c = text.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '<' -> ascii("&lt;");
                    case '>' -> ascii("&gt;");
                    case '&' -> ascii("&amp;");
                    case '\t' -> ascii("&#x9;");
                    case '\n' -> ascii("&#xa;");
                    case '\r' -> ascii("&#xd;");
                    default -> put(c < 0x20 ? (byte) '?' : (byte) c);
                }
            } else if (c < 0x800) {
                put((byte) (0xc0 | c >> 6));
                put((byte) (0x80 | c & 0x3f));
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int point = Character.toCodePoint(c, text.charAt(++i));
                put((byte) (0xf0 | point >> 18));
                put((byte) (0x80 | point >> 12 & 0x3f));
                put((byte) (0x80 | point >> 6 & 0x3f));
                put((byte) (0x80 | point & 0x3f));
            } else if (Character.isSurrogate(c) || c >= '\uFFFE') {
                put((byte) '?');
            } else {
                put((byte) (0xe0 | c >> 12));
                put((byte) (0x80 | c >> 6 & 0x3f));
                put((byte) (0x80 | c & 0x3f));
            }
        }
    }

    private void put(byte b) {
        buffer[used++] = b;
    }

    /** Makes room for {@code bytes} more, handing the buffer to the output when it would not hold them. */
    private void room(int bytes) {
        if (used + bytes > buffer.length) {
            try {
                out.write(buffer, 0, used);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            used = 0;
        }
    }
}
