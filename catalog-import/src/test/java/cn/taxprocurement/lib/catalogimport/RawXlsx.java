package cn.taxprocurement.lib.catalogimport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes .xlsx files part by part, for the cases Excel and POI would not produce: huge cells, DOCTYPEs, zip bombs. */
final class RawXlsx {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private RawXlsx() {}

    /** A workbook whose first sheet holds these rows ({@code <row>} elements) after an optional prologue. */
    static Path write(Path file, String prologue, String rows) {
        return write(file, prologue, rows, "");
    }

    /** A workbook whose sheet elements carry a namespace prefix ({@code x:row}), as some generators write them. */
    static Path writePrefixed(Path file, String rows) {
        return write(file, "", rows.replace("<", "<x:").replace("<x:/", "</x:"), "x");
    }

    private static Path write(Path file, String prologue, String rows, String prefix) {
        String tag = prefix.isEmpty() ? "" : prefix + ":";
        String xmlns = prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <workbook xmlns="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="产品目录" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(MAIN));
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            write(zip, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + prologue);
            write(zip, "<" + tag + "worksheet " + xmlns + "=\"" + MAIN + "\"><" + tag + "sheetData>");
            write(zip, rows);
            write(zip, "</" + tag + "sheetData></" + tag + "worksheet>");
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The standard header row, as inline strings in row 1. */
    static String header() {
        return row(1, "品目编码", "品牌", "型号", "规格参数", "单价(元)");
    }

    /** A row of inline-string cells from column A on. */
    static String row(int number, String... texts) {
        StringBuilder row = new StringBuilder("<row r=\"" + number + "\">");
        for (int i = 0; i < texts.length; i++) {
            row.append("<c r=\"")
                    .append((char) ('A' + i))
                    .append(number)
                    .append("\" t=\"inlineStr\"><is><t>")
                    .append(escape(texts[i]))
                    .append("</t></is></c>");
        }
        return row.append("</row>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
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
