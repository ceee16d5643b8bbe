package cn.taxprocurement.report;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads a report's detail rows of a year with a forward-only cursor that the database streams row by row
 * (Connector/J's fetch size {@code Integer.MIN_VALUE}), so that an export of millions of rows holds one row at a time.
 * Called inside the exporting transaction, it reads the same connection, and so the same snapshot, as the figures.
 * The query runs when its first row is asked for, and once every row has been read the connection is free again: other
 * queries of the export may run on it before and after, not while the rows stream.
 */
@ApplicationScoped
class DetailCursor {
    /** An export of a million rows to a slow client may take minutes; the transaction must outlive it. */
    static final int EXPORT_TIMEOUT_SECONDS = 3600;

    @Inject
    AgroalDataSource dataSource;

    /** Makes one detail row of the cursor's current row. */
    @FunctionalInterface
    interface RowReader<D> {
        D read(ResultSet row) throws SQLException;
    }

    /** A consumer that may fail writing. */
    @FunctionalInterface
    interface IoConsumer<T> {
        void accept(T value) throws IOException;
    }

    /** Hands the rows of {@code sql} with {@code parameters} to {@code consumer}, then closes them. */
    <D> void read(String sql, List<?> parameters, RowReader<D> reader, IoConsumer<Iterator<D>> consumer)
            throws IOException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(Integer.MIN_VALUE);
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            Rows<D> rows = new Rows<>(statement, reader);
            try {
                consumer.accept(rows);
            } finally {
                rows.close();
            }
        } catch (SQLException e) {
            throw new IOException("读取报表明细失败", e);
        }
    }

    private static final class Rows<D> implements Iterator<D> {
        private final PreparedStatement statement;
        private final RowReader<D> reader;
        private ResultSet rows;
        private Boolean ahead;

        Rows(PreparedStatement statement, RowReader<D> reader) {
            this.statement = statement;
            this.reader = reader;
        }

        @Override
        public boolean hasNext() {
            if (ahead == null) {
                try {
                    if (rows == null) {
                        rows = statement.executeQuery();
                    }
                    ahead = rows.next();
                } catch (SQLException e) {
                    throw new IllegalStateException("读取报表明细失败", e);
                }
            }
            return ahead;
        }

        @Override
        public D next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ahead = null;
            try {
                return reader.read(rows);
            } catch (SQLException e) {
                throw new IllegalStateException("读取报表明细失败", e);
            }
        }

        void close() throws SQLException {
            if (rows != null) {
                rows.close();
            }
        }
    }
}
