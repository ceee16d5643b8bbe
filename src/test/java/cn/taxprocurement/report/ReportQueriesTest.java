package cn.taxprocurement.report;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every statement of the report query home runs against the migrated schema, so a renamed column fails here. */
@QuarkusTest
class ReportQueriesTest {
    @Inject
    EntityManager em;

    @TestFactory
    Stream<DynamicTest> everyReportStatementRunsAgainstTheMigratedSchema() {
        List<Field> statements = Arrays.stream(ReportQueries.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .filter(f -> !Modifier.isPrivate(f.getModifiers()))
                .toList();
        assertFalse(statements.isEmpty());
        return statements.stream()
                .map(field -> DynamicTest.dynamicTest(field.getName(), () -> {
                    String sql = ((String) field.get(null)).formatted("?");
                    assertDoesNotThrow(() -> QuarkusTransaction.requiringNew().run(() -> {
                        Query query = em.createNativeQuery(sql);
                        long parameters = sql.chars().filter(c -> c == '?').count();
                        for (int i = 1; i <= parameters; i++) {
                            query.setParameter(i, 2018);
                        }
                        query.getResultList();
                    }));
                }));
    }
}
