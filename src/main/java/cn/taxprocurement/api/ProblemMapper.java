package cn.taxprocurement.api;

import cn.taxprocurement.common.Languages;
import cn.taxprocurement.common.Refusal;
import cn.taxprocurement.common.RefusalCode;
import cn.taxprocurement.lib.catalogimport.CatalogFileNotXlsx;
import cn.taxprocurement.lib.catalogimport.CatalogFileRefused;
import cn.taxprocurement.lib.catalogimport.CatalogFileTooLarge;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.ForbiddenException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where refusals become RFC 9457 problem+json; no body names a Java class. */
public class ProblemMapper {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpHeaders headers) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(Problem.FieldError::message).collect(Collectors.joining("；"));
        return problem(RefusalCode.INVALID_INPUT, Languages.chosen(headers.getAcceptableLanguages()), detail, errors);
    }

    @ServerExceptionMapper
    public Response refused(Refusal e, HttpHeaders headers) {
        return answer(e, Languages.chosen(headers.getAcceptableLanguages()));
    }

    /**
     * The problem+json answer to a refusal, its sentence in {@code language}, with {@code Retry-After} when it says when
     * to try again.
     */
    static Response answer(Refusal e, Locale language) {
        String detail = e.message(language);
        List<Problem.FieldError> errors = e.field()
                .map(field -> List.of(new Problem.FieldError(field, detail)))
                .orElse(e.code().status() == 400 ? List.of() : null);
        Response problem = problem(e.code(), language, detail, errors);
        return e.retryAfter()
                .map(wait -> Response.fromResponse(problem)
                        .header("Retry-After", Math.max(1, wait.toSeconds()))
                        .build())
                .orElse(problem);
    }

    // MismatchedInputException is named too: Quarkus's own mapper for it would otherwise answer without field errors.
    @ServerExceptionMapper({JsonMappingException.class, MismatchedInputException.class})
    public Response unreadable(JsonMappingException e, HttpHeaders headers) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                .collect(Collectors.joining("."));
        if (field.isEmpty()) {
            return unreadable((JsonProcessingException) e, headers);
        }
        return refused(Refusal.onField(field, RefusalCode.WRONG_VALUE_TYPE), headers);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, HttpHeaders headers) {
        return refused(new Refusal(RefusalCode.MALFORMED_JSON), headers);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentChange(RuntimeException e, HttpHeaders headers) {
        return refused(new Refusal(RefusalCode.CONCURRENT_CHANGE), headers);
    }

    @ServerExceptionMapper
    public Response tooLarge(CatalogFileTooLarge e, HttpHeaders headers) {
        return refused(new Refusal(RefusalCode.FILE_TOO_LARGE, e.getMessage()), headers);
    }

    @ServerExceptionMapper
    public Response notXlsx(CatalogFileNotXlsx e, HttpHeaders headers) {
        return refused(new Refusal(RefusalCode.FILE_NOT_XLSX, e.getMessage()), headers);
    }

    @ServerExceptionMapper
    public Response structureRefused(CatalogFileRefused e, HttpHeaders headers) {
        return refused(new Refusal(RefusalCode.WORKBOOK_REFUSED, e.getMessage()), headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers) {
        return refused(new Refusal(RefusalCode.FORBIDDEN), headers);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 401 || e.getResponse().getEntity() instanceof Problem) {
            return e.getResponse();
        }
        String title = Response.Status.fromStatusCode(status) == null
                ? "请求失败"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, title, null, null))
                .build();
    }

    // Anything unforeseen: its stack goes to the log under an id, the caller gets the id and nothing of the cause.
    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpHeaders headers) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s", id);
        return refused(new Refusal(RefusalCode.INTERNAL_ERROR, id), headers);
    }

    private static Response problem(RefusalCode code, Locale language, String detail, List<Problem.FieldError> errors) {
        return Response.status(code.status())
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(code.type(), code.title(language), code.status(), detail, code.name(), errors))
                .build();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String field = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                field = node.getName();
            }
        }
        return field == null ? "" : field;
    }
}
