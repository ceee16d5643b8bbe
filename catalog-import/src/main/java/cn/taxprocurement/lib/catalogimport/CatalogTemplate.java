package cn.taxprocurement.lib.catalogimport;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes the blank catalog template of a round: the sheet vendors fill in, its instructions and a category list. */
public final class CatalogTemplate {

    static final String DATA_SHEET = "产品目录";
    static final String INSTRUCTIONS_SHEET = "填写说明";
    static final String CATEGORIES_SHEET = "品目";

    private static final int LAST_DATA_ROW = 100_000;

    private CatalogTemplate() {}

    /** Writes the template for a round admitting these categories to {@code out} (which it does not close). */
    public static void write(List<RoundCategory> categories, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet data = workbook.createSheet(DATA_SHEET);
            writeDataSheet(workbook, data);
            writeInstructions(workbook, workbook.createSheet(INSTRUCTIONS_SHEET), categories);
            Sheet list = workbook.createSheet(CATEGORIES_SHEET);
            for (int i = 0; i < categories.size(); i++) {
                Row row = list.createRow(i);
                row.createCell(0).setCellValue(categories.get(i).code());
                row.createCell(1).setCellValue(categories.get(i).name());
            }
            workbook.setSheetVisibility(workbook.getSheetIndex(list), SheetVisibility.HIDDEN);
            if (!categories.isEmpty()) {
                addCategoryDropdown(data, categories.size());
            }
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }

    /** A column's width in 1/256 of a character, wide enough for its header and typical Chinese content. */
    static int widthOf(CatalogColumn column) {
        int characters =
                switch (column) {
                    case CATEGORY_CODE -> 14;
                    case BRAND -> 16;
                    case MODEL -> 24;
                    case SPECS -> 60;
                    case UNIT_PRICE -> 16;
                };
        return characters * 256;
    }

    private static void writeDataSheet(XSSFWorkbook workbook, Sheet sheet) {
        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        CellStyle text = workbook.createCellStyle();
        // Text format keeps Excel from turning a model such as 1E5 or 3-12 into a number or a date.
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        CellStyle money = workbook.createCellStyle();
        money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        Row row = sheet.createRow(0);
        for (CatalogColumn column : CatalogColumn.values()) {
            row.createCell(column.ordinal()).setCellValue(column.header());
            row.getCell(column.ordinal()).setCellStyle(header);
            sheet.setColumnWidth(column.ordinal(), widthOf(column));
            sheet.setDefaultColumnStyle(column.ordinal(), column == CatalogColumn.UNIT_PRICE ? money : text);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void addCategoryDropdown(Sheet data, int count) {
        DataValidationHelper helper = data.getDataValidationHelper();
        String range = "'%s'!$A$1:$A$%d".formatted(CATEGORIES_SHEET, count);
        DataValidation validation = helper.createValidation(
                helper.createFormulaListConstraint(range),
                new CellRangeAddressList(
                        1,
                        LAST_DATA_ROW,
                        CatalogColumn.CATEGORY_CODE.ordinal(),
                        CatalogColumn.CATEGORY_CODE.ordinal()));
        validation.setShowErrorBox(true);
        validation.createErrorBox("品目编码", "请从下拉列表中选择本轮入围采购的品目编码");
        validation.setShowPromptBox(true);
        validation.createPromptBox("品目编码", "从下拉列表中选择品目编码，品目名称见“填写说明”");
        data.addValidationData(validation);
    }

    private static void writeInstructions(XSSFWorkbook workbook, Sheet sheet, List<RoundCategory> categories) {
        CellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        List<String> lines = List.of(
                "产品目录导入模板 填写说明",
                "1. 请在“产品目录”工作表中每行填写一个产品，不要修改、删除或调换表头；列的顺序可以调整。",
                "2. 品目编码：必填，请从下拉列表中选择本轮入围采购的品目，例如 A02010104（台式计算机）。",
                "3. 品牌、型号：必填，各不超过 %d 个字符。同一文件中品牌和型号相同（不区分大小写和全角半角）的产品只能填写一行。".formatted(RowValidator.MAX_BRAND_CHARS),
                "4. 规格参数：选填，不超过 %d 个字符。".formatted(RowValidator.MAX_SPECS_CHARS),
                "5. 单价(元)：必填，以元为单位，大于 0 且不超过 999,999,999.99，最多两位小数；请填写数字，不要带“¥”“元”等符号或文字。",
                "6. 单元格中可以使用公式，导入时取其计算结果；请在保存前让 Excel 完成计算。",
                "7. 空行会被忽略。每个文件最多 %,d 行产品数据，文件大小不超过 20 MB，格式须为 .xlsx。".formatted(ImportLimits.DEFAULTS.maxRows()),
                "8. 未通过校验的行会列在错误文件中，并注明原因；修改后可将错误文件直接重新上传。");
        for (int i = 0; i < lines.size(); i++) {
            Row row = sheet.createRow(i);
            row.createCell(0).setCellValue(lines.get(i));
            row.getCell(0).setCellStyle(wrap);
        }
        sheet.setColumnWidth(0, 100 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        int next = lines.size() + 1;
        Row title = sheet.createRow(next++);
        title.createCell(0).setCellValue("本轮品目编码");
        title.createCell(1).setCellValue("品目名称");
        for (RoundCategory category : categories) {
            Row row = sheet.createRow(next++);
            row.createCell(0).setCellValue(category.code());
            row.createCell(1).setCellValue(category.name());
        }
    }
}
