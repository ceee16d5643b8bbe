package cn.taxprocurement.api;

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
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where refusals become RFC 9457 problem+json; no body names a Java class. */
public class ProblemMapper {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final Map<Integer, String> TITLES = Map.of(
            400, "输入有误",
            403, "无权访问",
            404, "未找到",
            409, "当前状态不允许此操作",
            413, "文件过大",
            415, "文件类型不支持",
            422, "工作簿结构被拒绝",
            429, "请求过多",
            500, "服务器内部错误");

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(Problem.FieldError::message).collect(Collectors.joining("；"));
        return problem(RefusalCode.INVALID_INPUT, detail, errors);
    }

    @ServerExceptionMapper
    public Response refused(Refusal e) {
        return answer(e);
    }

    /** The problem+json answer to a refusal, with {@code Retry-After} when it says when to try again. */
    static Response answer(Refusal e) {
        String detail = e.getMessage();
        List<Problem.FieldError> errors = e.field()
                .map(field -> List.of(new Problem.FieldError(field, detail)))
                .orElse(e.code().status() == 400 ? List.of() : null);
        Response problem = problem(e.code(), detail, errors);
        return e.retryAfter()
                .map(wait -> Response.fromResponse(problem)
                        .header("Retry-After", Math.max(1, wait.toSeconds()))
                        .build())
                .orElse(problem);
    }

    // MismatchedInputException is named too: Quarkus's own mapper for it would otherwise answer without field errors.
    @ServerExceptionMapper({JsonMappingException.class, MismatchedInputException.class})
    public Response unreadable(JsonMappingException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                .collect(Collectors.joining("."));
        if (field.isEmpty()) {
            return unreadable((JsonProcessingException) e);
        }
        return refused(Refusal.onField(field, RefusalCode.WRONG_VALUE_TYPE));
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return refused(new Refusal(RefusalCode.MALFORMED_JSON));
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentChange(RuntimeException e) {
        return refused(new Refusal(RefusalCode.CONCURRENT_CHANGE));
    }

    @ServerExceptionMapper
    public Response tooLarge(CatalogFileTooLarge e) {
        return refused(new Refusal(RefusalCode.FILE_TOO_LARGE, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response notXlsx(CatalogFileNotXlsx e) {
        return refused(new Refusal(RefusalCode.FILE_NOT_XLSX, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response structureRefused(CatalogFileRefused e) {
        return refused(new Refusal(RefusalCode.WORKBOOK_REFUSED, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return refused(new Refusal(RefusalCode.FORBIDDEN));
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
    public Response unexpected(Exception e) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s", id);
        return refused(new Refusal(RefusalCode.INTERNAL_ERROR, id));
    }

    private static Response problem(RefusalCode code, String detail, List<Problem.FieldError> errors) {
        return Response.status(code.status())
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(code.type(), TITLES.get(code.status()), code.status(), detail, code.name(), errors))
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
