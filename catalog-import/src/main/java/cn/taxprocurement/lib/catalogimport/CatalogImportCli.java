package cn.taxprocurement.lib.catalogimport;

import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The offline validator vendors run before uploading: {@code validate FILE.xlsx [--categories A02010104,...]}, with
 * the service's parser and messages; writes the rejected rows beside the file.
 */
public final class CatalogImportCli {

    static final int VALID = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;

    private static final int ERRORS_SHOWN = 20;
    private static final String USAGE_TEXT = """
            用法：java -jar catalog-import-cli.jar validate 文件.xlsx [--categories A02010104,A02010105]
              校验产品目录文件；未通过的行写入同目录下的“文件-错误.xlsx”。
              --categories  本轮入围采购的品目编码，用逗号分隔；不填则不检查品目是否属于本轮。
            退出码：0 全部通过，1 有未通过的行或文件无法导入，2 用法错误。""";

    private CatalogImportCli() {}

    /** Runs the command and exits with its code. */
    public static void main(String[] args) {
        // POI logs through the Log4j API; without this a command-line user sees a warning about missing logging.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        Charset charset = System.console() == null
                ? StandardCharsets.UTF_8
                : System.console().charset();
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, charset);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, charset);
        System.exit(run(args, out, err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || !args[0].equals("validate")) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        File file = new File(args[1]);
        RoundCheck round = RoundCheck.fileOnly();
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--categories") && i + 1 < args.length) {
                round = RoundCheck.ofCategories(categories(args[++i]));
            } else {
                err.println("无法识别的参数：" + args[i]);
                err.println(USAGE_TEXT);
                return USAGE;
            }
        }
        if (!file.isFile()) {
            err.println("找不到文件：" + file);
            return USAGE;
        }
        return validate(file, round, out, err);
    }

    private static Set<String> categories(String list) {
        return Arrays.stream(list.split("[,，]"))
                .map(String::strip)
                .filter(code -> !code.isEmpty())
                .collect(Collectors.toSet());
    }

    private static int validate(File file, RoundCheck round, PrintStream out, PrintStream err) {
        File errorFile = errorFileFor(file);
        LazyErrorWorkbook errors = new LazyErrorWorkbook(errorFile);
        ImportSummary summary;
        try {
            summary = new CatalogImporter().validate(file, round, product -> {}, errors);
        } catch (CatalogFileException e) {
            errors.discard();
            err.println("文件无法导入：" + e.getMessage());
            return INVALID;
        }
        errors.finish();
        out.println("文件：" + file);
        out.printf("数据行 %d 行：通过 %d 行，未通过 %d 行%n", summary.totalRows(), summary.acceptedRows(), summary.rejectedRows());
        if (summary.allAccepted()) {
            out.println("全部通过校验，可以上传。");
            return VALID;
        }
        int shown = Math.min(ERRORS_SHOWN, summary.firstErrors().size());
        out.printf("前 %d 条错误：%n", shown);
        summary.firstErrors().stream()
                .limit(shown)
                .forEach(e -> out.printf("  第 %d 行 %s：%s%n", e.row(), e.column(), e.message()));
        out.println("全部未通过的行及原因已写入：" + errorFile);
        return INVALID;
    }

    static File errorFileFor(File file) {
        String name = file.getName();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? name.substring(0, name.length() - 5) : name;
        return new File(file.getAbsoluteFile().getParentFile(), base + "-错误.xlsx");
    }

    /** Opens the error workbook only when a first row is rejected, so that a valid file leaves nothing behind. */
    private static final class LazyErrorWorkbook implements Consumer<RejectedRow> {
        private final File file;
        private OutputStream out;
        private ErrorWorkbookWriter writer;

        LazyErrorWorkbook(File file) {
            this.file = file;
        }

        @Override
        public void accept(RejectedRow row) {
            if (writer == null) {
                try {
                    out = Files.newOutputStream(file.toPath());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                writer = new ErrorWorkbookWriter(out);
            }
            writer.accept(row);
        }

        void finish() {
            if (writer != null) {
                try (OutputStream closing = out) {
                    writer.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        void discard() {
            finish();
            if (writer != null) {
                try {
                    Files.deleteIfExists(file.toPath());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
