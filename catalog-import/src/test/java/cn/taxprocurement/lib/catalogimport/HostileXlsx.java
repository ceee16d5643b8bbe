package cn.taxprocurement.lib.catalogimport;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Workbooks built to exhaust a reader's memory, written part by part at test time so that no large file is kept:
 * a cell far beyond XFD, a million cells in a row, huge string and style parts that compress below POI's
 * zip-bomb ratio, a hundred thousand sheets, XML nested a hundred thousand deep.
 */
final class HostileXlsx {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String HEADER = "<row r=\"1\">" + cell("A1", "品目编码") + cell("B1", "品牌") + cell("C1", "型号")
            + cell("D1", "规格参数") + cell("E1", "单价(元)");

    /** A part's content, streamed so that a part of hundreds of megabytes is never held whole. */
    interface Content {
        void write(OutputStream out) throws IOException;
    }

    private String sheetData = HEADER + "</row>";
    private boolean stored;
    private Content sharedStrings;
    private Content styles;
    private int extraSheets;
    private String corePropertiesName;
    private Content coreProperties;

    static HostileXlsx workbook() {
        return new HostileXlsx();
    }

    /** The rows of the first sheet, as XML inside {@code <sheetData>}. */
    HostileXlsx rows(String xml) {
        this.sheetData = xml;
        return this;
    }

    /** The catalog header with extra XML at the end of its row, e.g. a far cell. */
    HostileXlsx headerEndingWith(String xml) {
        return rows(HEADER + xml + "</row>");
    }

    /** The sheet stored without compression, for XML that compresses beyond POI's zip-bomb ratio. */
    HostileXlsx stored() {
        this.stored = true;
        return this;
    }

    HostileXlsx sharedStrings(Content content) {
        this.sharedStrings = content;
        return this;
    }

    HostileXlsx styles(Content content) {
        this.styles = content;
        return this;
    }

    /** A core-properties part under this name, e.g. {@code docProps/core.xml}. */
    HostileXlsx coreProperties(String name, Content content) {
        this.corePropertiesName = name;
        this.coreProperties = content;
        return this;
    }

    /** So many more empty sheets after the first. */
    HostileXlsx extraSheets(int count) {
        this.extraSheets = count;
        return this;
    }

    Path write(Path file) {
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            StringBuilder types = new StringBuilder("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    """);
            StringBuilder sheets = new StringBuilder();
            StringBuilder relationships = new StringBuilder();
            for (int i = 1; i <= 1 + extraSheets; i++) {
                types.append(
                        "<Override PartName=\"/xl/worksheets/sheet%d.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                                .formatted(i));
                sheets.append("<sheet name=\"S%d\" sheetId=\"%d\" r:id=\"rId%d\"/>".formatted(i, i, i));
                relationships.append(
                        "<Relationship Id=\"rId%d\" Type=\"%s/worksheet\" Target=\"worksheets/sheet%d.xml\"/>"
                                .formatted(i, RELATIONSHIPS, i));
            }
            if (sharedStrings != null) {
                types.append(
                        "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
                relationships.append(
                        "<Relationship Id=\"rIdS\" Type=\"%s/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                                .formatted(RELATIONSHIPS));
            }
            if (styles != null) {
                types.append(
                        "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
                relationships.append("<Relationship Id=\"rIdT\" Type=\"%s/styles\" Target=\"styles.xml\"/>"
                        .formatted(RELATIONSHIPS));
            }
            if (coreProperties != null) {
                types.append(
                        "<Override PartName=\"/%s\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                                .formatted(corePropertiesName));
                zip.putNextEntry(new ZipEntry(corePropertiesName));
                coreProperties.write(zip);
                zip.closeEntry();
            }
            entry(zip, "[Content_Types].xml", types.append("</Types>").toString());
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""".formatted(RELATIONSHIPS));
            entry(
                    zip,
                    "xl/workbook.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"%s\" xmlns:r=\"%s\"><sheets>%s</sheets></workbook>"
                            .formatted(MAIN, RELATIONSHIPS, sheets));
            entry(
                    zip,
                    "xl/_rels/workbook.xml.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">%s</Relationships>"
                            .formatted(relationships));
            byte[] sheet = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                            + sheetData + "</sheetData></worksheet>")
                    .getBytes(StandardCharsets.UTF_8);
            zip.putNextEntry(
                    stored ? stored("xl/worksheets/sheet1.xml", sheet) : new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(sheet);
            zip.closeEntry();
            byte[] empty = "<worksheet/>".getBytes(StandardCharsets.US_ASCII);
            for (int i = 2; i <= 1 + extraSheets; i++) {
                zip.putNextEntry(stored("xl/worksheets/sheet" + i + ".xml", empty));
                zip.write(empty);
                zip.closeEntry();
            }
            if (sharedStrings != null) {
                zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
                sharedStrings.write(zip);
                zip.closeEntry();
            }
            if (styles != null) {
                zip.putNextEntry(new ZipEntry("xl/styles.xml"));
                styles.write(zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * A shared-strings part of about {@code bytes} inflated: strings of 32,000 characters, each with 450 random ones
     * so that the part compresses about 80 times, below POI's zip-bomb ratio of 100.
     */
    static Content sharedStringsOf(long bytes) {
        return out -> {
            write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\">");
            repeat(out, bytes, "<si><t>", "</t></si>");
            write(out, "</sst>");
        };
    }

    /** A shared-strings part of exactly {@code count} random two-digit strings. */
    static Content sharedStringsCounting(int count) {
        return out -> {
            write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\">");
            Random random = new Random(42);
            for (int i = 0; i < count; i++) {
                write(out, "<si><t>" + random.nextInt(100) + "</t></si>");
            }
            write(out, "</sst>");
        };
    }

    /** A styles part of about {@code bytes} inflated, compressing about 80 times, in fonts no catalog reads. */
    static Content stylesOf(long bytes) {
        return out -> {
            write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + MAIN + "\"><fonts>");
            repeat(out, bytes, "<font><name val=\"", "\"/></font>");
            write(out, "</fonts></styleSheet>");
        };
    }

    /**
     * A styles part with so many elements of one kind in a list, e.g. 65,491 {@code xf} in {@code cellXfs}; in the
     * element, {@code #} is replaced by a number format id from 164 on and {@code ?} by a random number below 100.
     */
    static Content stylesWith(String list, String element, int count) {
        return out -> {
            write(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + MAIN + "\"><" + list + ">");
            Random random = new Random(42);
            for (int i = 0; i < count; i++) {
                write(
                        out,
                        element.replace("#", String.valueOf(164 + i))
                                .replace("?", String.valueOf(random.nextInt(100))));
            }
            write(out, "</" + list + "></styleSheet>");
        };
    }

    /**
     * So many empty cells all naming column F, each with a random style so that the sheet compresses about 25 times,
     * below POI's zip-bomb ratio of 100.
     */
    static String emptyCells(int count) {
        Random random = new Random(42);
        StringBuilder cells = new StringBuilder(count * 20);
        for (int i = 0; i < count; i++) {
            cells.append("<c r=\"F1\" s=\"").append(random.nextInt(100)).append("\"/>");
        }
        return cells.toString();
    }

    /** Elements nested {@code depth} deep inside a cell's inline string. */
    static String nested(int depth) {
        return "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is>" + "<r>".repeat(depth) + "</r>".repeat(depth)
                + "</is></c></row>";
    }

    static String cell(String reference, String text) {
        return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    private static void repeat(OutputStream out, long bytes, String open, String close) throws IOException {
        Random random = new Random(42);
        byte[] filler = "x".repeat(32_000).getBytes(StandardCharsets.US_ASCII);
        byte[] noise = new byte[450];
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (long written = 0; written < bytes; written += filler.length + noise.length) {
            for (int i = 0; i < noise.length; i++) {
                noise[i] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
            }
            write(out, open);
            out.write(noise);
            out.write(filler);
            write(out, close);
        }
    }

    /** An entry written as it is, without compression. */
    private static ZipEntry stored(String name, byte[] content) {
        ZipEntry entry = new ZipEntry(name);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCrc(crc.getValue());
        return entry;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        write(zip, content);
        zip.closeEntry();
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
