package cn.taxprocurement.lib.catalogimport;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.ContentTypes;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Streams the rows of the first sheet of an .xlsx file through POI's package reader and a SAX handler. */
final class SheetReader {

    /** POI refuses entries that inflate more than 100×; the guard is JVM-wide, so only ever tighten it. */
    private static final double MIN_INFLATE_RATIO = 0.01;

    private static final Set<String> WORKBOOK_TYPES = Set.of(
            XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(),
            XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());

    private static final String PACKAGE_PART = "包结构部件";

    private static final Pattern EXTERNAL_LINK_PARTS = Pattern.compile("(?i)/xl/externalLinks/.*");

    static {
        if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        }
    }

    private SheetReader() {}

    /** Checks size and signature, then hands out each non-blank data row; returns how many there were. */
    static int read(File file, ImportLimits limits, Consumer<CatalogRow> rows) {
        return readSheet(file, limits, rows).dataRows();
    }

    /** Reads the first sheet as {@link #read} does, keeping nothing of its rows: the workbook's shape. */
    static WorkbookShape inspect(File file, ImportLimits limits) {
        SheetHandler sheet = readSheet(file, limits, row -> {});
        return new WorkbookShape(sheet.headerRow(), sheet.columns(), sheet.dataRows());
    }

    private static SheetHandler readSheet(File file, ImportLimits limits, Consumer<CatalogRow> rows) {
        checkSizeAndSignature(file, limits);
        checkPackage(file);
        try (OPCPackage pkg = open(file)) {
            PackagePart workbook = checkIsWorkbook(pkg);
            checkLinksToNoOtherFile(pkg);
            try (InputStream xml = workbook.getInputStream()) {
                Xml.parse(xml, new DefaultHandler(), ImportLimits.MAX_PACKAGE_PART_BYTES, PACKAGE_PART);
            }
            XSSFReader reader = new XSSFReader(pkg);
            SharedStrings strings = sharedStrings(pkg, limits);
            Styles styles = styles(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new CatalogFileInvalid("工作簿中没有工作表");
            }
            SheetHandler handler = new SheetHandler(strings, styles, limits.maxRows(), rows);
            try (InputStream sheet = sheets.next()) {
                Xml.parse(sheet, handler, Long.MAX_VALUE, "工作表");
            }
            if (handler.textWithoutHeader()) {
                throw new CatalogFileInvalid("第一张工作表中没有找到表头（品目编码、品牌、型号、规格参数、单价(元)），请使用本轮的导入模板");
            }
            if (!handler.headerFound()) {
                throw new CatalogFileInvalid("第一张工作表是空的：没有表头，也没有产品数据");
            }
            if (handler.dataRows() == 0) {
                throw new CatalogFileInvalid("第一张工作表只有表头，没有产品数据");
            }
            return handler;
        } catch (IOException | SAXException | OpenXML4JException | POIXMLException | RecordFormatException e) {
            throw damaged(e);
        }
    }

    private static void checkSizeAndSignature(File file, ImportLimits limits) {
        long size = file.length();
        if (size > limits.maxFileBytes()) {
            throw new CatalogFileTooLarge(size, limits.maxFileBytes());
        }
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(file);
        } catch (IOException e) {
            throw new CatalogFileNotXlsx("无法读取上传的文件", e);
        }
        if (magic == FileMagic.OLE2) {
            throw new CatalogFileNotXlsx("这是旧版 Excel 97-2003 (.xls) 文件，请在 Excel 中另存为 .xlsx 格式后再上传", null);
        }
        if (magic != FileMagic.OOXML) {
            throw new CatalogFileNotXlsx("上传的文件不是 Excel 工作簿 (.xlsx)，请使用本轮的导入模板填写后上传", null);
        }
    }

    /**
     * Before POI opens the package, which makes an object for every part and reads some parts whole into memory: the
     * number of parts, and the size and shape of the parts it reads whole, are checked with the JDK's zip reader, which
     * keeps only the zip's directory.
     */
    private static void checkPackage(File file) {
        try (ZipFile zip = new ZipFile(file)) {
            if (zip.size() > ImportLimits.MAX_PARTS) {
                throw new CatalogFileRefused("工作簿由 %,d 个部件组成，超过 %,d 个的上限，已拒绝导入。请删除不需要的工作表和对象后再上传"
                        .formatted(zip.size(), ImportLimits.MAX_PARTS));
            }
            // The content types name the core-properties part, which POI reads whole when it opens the package.
            Set<String> wholeParts = new HashSet<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                if (name.equalsIgnoreCase("[Content_Types].xml")) {
                    try (InputStream xml = zip.getInputStream(entry)) {
                        Xml.parse(
                                xml,
                                new CorePropertiesParts(wholeParts),
                                ImportLimits.MAX_PACKAGE_PART_BYTES,
                                PACKAGE_PART);
                    }
                }
            }
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                if (name.endsWith(".rels") || wholeParts.contains(name.toLowerCase(Locale.ROOT))) {
                    try (InputStream xml = zip.getInputStream(entry)) {
                        Xml.parse(xml, new DefaultHandler(), ImportLimits.MAX_PACKAGE_PART_BYTES, PACKAGE_PART);
                    }
                }
            }
        } catch (ZipException e) {
            throw new CatalogFileNotXlsx("上传的文件不是有效的 Excel 工作簿 (.xlsx)，可能已损坏", e);
        } catch (IOException | SAXException e) {
            throw damaged(e);
        }
    }

    /** Collects, lower-cased and without the leading slash, the names of the parts holding core properties. */
    private static final class CorePropertiesParts extends DefaultHandler {
        private final Set<String> names;

        CorePropertiesParts(Set<String> names) {
            this.names = names;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String name = attributes.getValue("PartName");
            if (Xml.localName(qName).equals("Override")
                    && name != null
                    && ContentTypes.CORE_PROPERTIES_PART.equals(attributes.getValue("ContentType"))) {
                names.add(name.replaceFirst("^/", "").toLowerCase(Locale.ROOT));
            }
        }
    }

    private static OPCPackage open(File file) {
        try {
            return OPCPackage.open(file, PackageAccess.READ);
        } catch (InvalidFormatException | InvalidOperationException | IllegalArgumentException e) {
            throw new CatalogFileNotXlsx("上传的文件不是有效的 Excel 工作簿 (.xlsx)，可能已损坏", e);
        }
    }

    private static PackagePart checkIsWorkbook(OPCPackage pkg) {
        var documents = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        PackagePart document = documents.size() == 1 ? pkg.getPart(documents.getRelationship(0)) : null;
        if (document == null || !WORKBOOK_TYPES.contains(document.getContentType())) {
            throw new CatalogFileNotXlsx("上传的文件是 Office 文档，但不是 Excel 工作簿 (.xlsx)", null);
        }
        return document;
    }

    /**
     * A catalog holds its own values: a workbook linked to other files (whose cached values nobody can check, and
     * which a spreadsheet program would try to open) is refused.
     */
    private static void checkLinksToNoOtherFile(OPCPackage pkg) throws InvalidFormatException {
        if (!pkg.getPartsByContentType(XSSFRelation.EXTERNAL_LINKS.getContentType())
                        .isEmpty()
                || !pkg.getPartsByName(EXTERNAL_LINK_PARTS).isEmpty()) {
            throw new CatalogFileInvalid("工作簿含有指向其他文件的外部链接，请在 Excel 中断开链接（转为数值）后再上传");
        }
    }

    private static SharedStrings sharedStrings(OPCPackage pkg, ImportLimits limits) throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return SharedStrings.none();
        }
        try (InputStream xml = parts.get(0).getInputStream()) {
            return SharedStrings.read(xml, Cells.MAX_CELL_CHARS, limits.maxSharedStrings());
        }
    }

    private static Styles styles(OPCPackage pkg) throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        if (parts.isEmpty()) {
            return Styles.none();
        }
        try (InputStream xml = parts.get(0).getInputStream()) {
            return Styles.read(xml);
        }
    }

    private static CatalogFileException damaged(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // A limit reached inside the parser may come back wrapped.
            if (t instanceof CatalogFileException refused) {
                return refused;
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            // POI names these refusals only in its messages.
            if (message.contains("Zip bomb") || message.contains("max. ratio") || message.contains("exceed")) {
                return new CatalogFileRefused("文件解压后的内容异常庞大（疑似压缩炸弹），已拒绝导入", e);
            }
            if (message.contains("DOCTYPE") || message.contains("entity")) {
                return new CatalogFileRefused("文件中含有不允许的 XML 声明（DOCTYPE 或实体），已拒绝导入", e);
            }
        }
        return new CatalogFileInvalid("文件已损坏或内容不完整，无法读取。请在 Excel 中打开并重新保存后再上传", e);
    }
}
