package cn.taxprocurement.common;

import java.sql.SQLException;

/** Recognises the database refusing a row because a unique key already holds its value (two requests raced). */
public final class DuplicateKey {
    private static final int MYSQL_DUPLICATE_ENTRY = 1062;

    private DuplicateKey() {}

    public static boolean causedBy(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == MYSQL_DUPLICATE_ENTRY) {
                return true;
            }
        }
        return false;
    }
}
