package cn.taxprocurement.lib.catalogimport;

import java.io.File;

/** Inspects one workbook and prints how it was refused: run in a child JVM with a small heap. */
public final class InspectInSmallHeap {

    private InspectInSmallHeap() {}

    public static void main(String[] args) {
        try {
            WorkbookShape shape = new CatalogImporter().inspect(new File(args[0]));
            System.out.println("read " + shape);
        } catch (CatalogFileException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.println("heap used " + (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024) + " MB");
    }
}
