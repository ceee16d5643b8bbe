package cn.taxprocurement.api;

import cn.taxprocurement.common.Languages;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;

/**
 * Numbers and instants in the query string: a value that is not one is malformed input, answered 400 naming the
 * parameter (JAX-RS itself would answer 404, as if the resource did not exist).
 */
@Provider
public class QueryParameters implements ParamConverterProvider {
    private static final Map<Class<?>, Function<String, ?>> PARSERS = Map.of(
            Integer.class, Integer::valueOf,
            int.class, Integer::valueOf,
            Long.class, Long::valueOf,
            long.class, Long::valueOf,
            OffsetDateTime.class, OffsetDateTime::parse);

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Function<String, ?> parser = PARSERS.get(rawType);
        String name = queryName(annotations);
        if (parser == null || name == null) {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return (T) parser.apply(value.strip());
                } catch (NumberFormatException | DateTimeParseException e) {
                    RefusalCode code = rawType == OffsetDateTime.class
                            ? RefusalCode.QUERY_TIME_INVALID
                            : RefusalCode.QUERY_NUMBER_INVALID;
                    throw new WebApplicationException(
                            ProblemMapper.answer(Refusal.onField(name, code, name), Languages.CHINESE));
                }
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }

    private static String queryName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return null;
    }
}
