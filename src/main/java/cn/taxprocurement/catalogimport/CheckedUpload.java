package cn.taxprocurement.catalogimport;

import java.nio.file.Path;

/**
 * An uploaded catalog as the check at upload found it: how many data rows it holds, so that its import's progress has
 * a total from the start, or why it cannot be imported at all ({@code failure}, with no rows counted).
 */
record CheckedUpload(String fileName, Path file, long size, String sha256, int dataRows, String failure) {}
