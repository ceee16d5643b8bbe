package cn.taxprocurement.lib.catalogimport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks each row on its own and against the round, and remembers accepted brand+model pairs to refuse duplicates
 * within the file. One validator serves one file.
 */
final class RowValidator {

    static final int MAX_BRAND_CHARS = 100;
    static final int MAX_MODEL_CHARS = 100;
    static final int MAX_SPECS_CHARS = 2000;
    static final BigDecimal MAX_PRICE = new BigDecimal("999999999.99");

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)");
    private static final Pattern GROUPED_NUMBER = Pattern.compile("[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]*)?");

    private final RoundCheck round;
    private final Map<String, Integer> acceptedBrandModels = new HashMap<>(1 << 16);

    RowValidator(RoundCheck round) {
        this.round = round;
    }

    /** The product the row becomes, or {@code null} after adding the row's problems to {@code errors}. */
    CatalogProduct validate(CatalogRow row, List<RowError> errors) {
        Problems problems = new Problems(row.rowNumber(), errors);
        problems.addAll(row.cellErrors());
        // A cell already refused while reading (a date, an uncomputed formula) gets no second message.
        String categoryCode = problems.has(CatalogColumn.CATEGORY_CODE) ? null : categoryCode(row, problems);
        if (categoryCode != null && !round.categoryInRound(categoryCode)) {
            problems.add(CatalogColumn.CATEGORY_CODE, "品目编码 %s 不在本轮入围采购的品目范围内".formatted(categoryCode));
        }
        String brand = problems.has(CatalogColumn.BRAND)
                ? null
                : requiredText(row, CatalogColumn.BRAND, MAX_BRAND_CHARS, problems);
        String model = problems.has(CatalogColumn.MODEL)
                ? null
                : requiredText(row, CatalogColumn.MODEL, MAX_MODEL_CHARS, problems);
        String specs = problems.has(CatalogColumn.SPECS) ? null : specs(row, problems);
        BigDecimal price = problems.has(CatalogColumn.UNIT_PRICE) ? null : price(row, problems);
        String key = brand == null || model == null ? null : ListingKey.of(brand, model);
        if (key != null) {
            Integer firstRow = acceptedBrandModels.get(key);
            if (firstRow != null) {
                problems.add(CatalogColumn.MODEL, "品牌和型号与第 %d 行重复，同一产品只能填写一行".formatted(firstRow));
            } else if (round.alreadyListed(brand, model)) {
                problems.add(CatalogColumn.MODEL, "您在本轮已经提交过该品牌和型号的产品，无需重复导入");
            }
        }
        if (problems.any()) {
            return null;
        }
        acceptedBrandModels.put(key, row.rowNumber());
        return new CatalogProduct(row.rowNumber(), categoryCode, brand, model, specs, price);
    }

    private static String categoryCode(CatalogRow row, Problems problems) {
        String text = normalized(row.categoryCode());
        if (text.isEmpty()) {
            problems.add(CatalogColumn.CATEGORY_CODE, "品目编码不能为空");
            return null;
        }
        String code = text.toUpperCase(Locale.ROOT);
        if (!isCategoryCode(code)) {
            problems.add(
                    CatalogColumn.CATEGORY_CODE,
                    "品目编码“%s”格式不正确：应为字母 A、B 或 C 加 2 至 10 位数字，例如 A02010104".formatted(shorten(text)));
            return null;
        }
        return code;
    }

    private static String requiredText(CatalogRow row, CatalogColumn column, int maxChars, Problems problems) {
        String text = row.text(column) == null ? "" : row.text(column).strip();
        if (text.isEmpty()) {
            problems.add(column, column.header() + "不能为空");
            return null;
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxChars) {
            problems.add(column, "%s最多 %d 个字符，当前为 %d 个字符".formatted(column.header(), maxChars, length));
            return null;
        }
        return text;
    }

    private static String specs(CatalogRow row, Problems problems) {
        String text = row.specs() == null ? "" : row.specs().strip();
        int length = text.codePointCount(0, text.length());
        if (length > MAX_SPECS_CHARS) {
            String shown = length >= Cells.MAX_CELL_CHARS ? "超过 %d".formatted(Cells.MAX_CELL_CHARS) : "为 " + length;
            problems.add(CatalogColumn.SPECS, "规格参数最多 %d 个字符，当前%s个字符，请精简".formatted(MAX_SPECS_CHARS, shown));
            return null;
        }
        return text;
    }

    private static BigDecimal price(CatalogRow row, Problems problems) {
        String text = normalized(row.unitPrice());
        if (text.isEmpty()) {
            problems.add(CatalogColumn.UNIT_PRICE, "单价不能为空");
            return null;
        }
        String digits;
        if (isUnsignedDecimal(text) || PLAIN_NUMBER.matcher(text).matches()) {
            digits = text;
        } else if (GROUPED_NUMBER.matcher(text).matches()) {
            digits = text.replace(",", "");
        } else {
            problems.add(
                    CatalogColumn.UNIT_PRICE,
                    "单价“%s”不是数字：请只填写以元为单位的金额，例如 1299.00，不要带货币符号、单位或其他文字".formatted(shorten(text)));
            return null;
        }
        BigDecimal price = new BigDecimal(digits);
        if (price.signum() <= 0) {
            problems.add(CatalogColumn.UNIT_PRICE, "单价必须大于 0");
            return null;
        }
        if (price.compareTo(MAX_PRICE) > 0) {
            problems.add(CatalogColumn.UNIT_PRICE, "单价不能超过 999,999,999.99 元");
            return null;
        }
        if (price.stripTrailingZeros().scale() > 2) {
            problems.add(CatalogColumn.UNIT_PRICE, "单价最多保留两位小数（精确到分）");
            return null;
        }
        return price.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A letter A, B or C, then 2 to 10 digits in pairs, e.g. {@code A02010104}. */
    private static boolean isCategoryCode(String code) {
        int length = code.length();
        if (length < 3 || length > 11 || length % 2 == 0 || "ABC".indexOf(code.charAt(0)) < 0) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            if (!isDigit(code.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The common form of a price, such as {@code 1299} or {@code 1999.99}, checked without a regular expression. */
    private static boolean isUnsignedDecimal(String text) {
        int dot = text.indexOf('.');
        if (dot == 0 || dot == text.length() - 1) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (i != dot && !isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String normalized(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        return isAscii(stripped)
                ? stripped
                : Normalizer.normalize(stripped, Normalizer.Form.NFKC).strip();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String shorten(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "…";
    }

    /** The problems of one row, in column order of discovery. */
    private static final class Problems {
        private final int row;
        private final List<RowError> errors;
        private final List<String> columns = new ArrayList<>(2);

        Problems(int row, List<RowError> errors) {
            this.row = row;
            this.errors = errors;
        }

        void add(CatalogColumn column, String message) {
            errors.add(new RowError(row, column.header(), message));
            columns.add(column.header());
        }

        void addAll(List<RowError> cellErrors) {
            for (RowError error : cellErrors) {
                errors.add(error);
                columns.add(error.column());
            }
        }

        boolean has(CatalogColumn column) {
            return columns.contains(column.header());
        }

        boolean any() {
            return !columns.isEmpty();
        }
    }
}
