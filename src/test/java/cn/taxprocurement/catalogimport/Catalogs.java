package cn.taxprocurement.catalogimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small catalog workbooks as a vendor's Excel saves them: a header row, then one product per row. */
public final class Catalogs {
    public static final String[] HEADER = {"品目编码", "品牌", "型号", "规格参数", "单价(元)"};

    private final List<Object[]> rows = new ArrayList<>();

    public static Catalogs aCatalog() {
        return new Catalogs();
    }

    /** A row of cells: texts, or numbers for the price. */
    public Catalogs row(Object... cells) {
        rows.add(cells);
        return this;
    }

    /** {@code count} valid desktop rows with distinct models. */
    public Catalogs desktops(String brand, int count) {
        for (int i = 1; i <= count; i++) {
            row("A02010104", brand, "M" + i, "Intel Core i5/8GB/512GB SSD", 4000 + i);
        }
        return this;
    }

    public byte[] bytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("产品目录");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue(HEADER[c]);
            }
            int r = 1;
            for (Object[] cells : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (cells[c] != null) {
                        row.createCell(c).setCellValue(cells[c].toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
