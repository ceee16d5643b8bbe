package cn.taxprocurement.api;

import cn.taxprocurement.common.Conflict;
import cn.taxprocurement.common.InvalidField;
import cn.taxprocurement.common.NotFound;
import cn.taxprocurement.common.TooManyRequests;
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
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where refusals become RFC 9457 problem+json; no body names a Java class. */
public class ProblemMapper {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return problem(
                400, "输入有误", errors.stream().map(Problem.FieldError::message).collect(Collectors.joining("；")), errors);
    }

    @ServerExceptionMapper
    public Response invalid(InvalidField e) {
        return problem(400, "输入有误", e.getMessage(), List.of(new Problem.FieldError(e.field(), e.getMessage())));
    }

    // MismatchedInputException is named too: Quarkus's own mapper for it would otherwise answer without field errors.
    @ServerExceptionMapper({JsonMappingException.class, MismatchedInputException.class})
    public Response unreadable(JsonMappingException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                .collect(Collectors.joining("."));
        String message = field.isEmpty() ? "请求内容不是有效的 JSON" : "取值类型或格式不正确";
        List<Problem.FieldError> errors = field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, message));
        return problem(400, "输入有误", message, errors);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        return problem(400, "输入有误", "请求内容不是有效的 JSON", List.of());
    }

    @ServerExceptionMapper
    public Response notFound(NotFound e) {
        return problem(404, "未找到", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response conflict(Conflict e) {
        return problem(409, "当前状态不允许此操作", e.getMessage(), null);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentChange(RuntimeException e) {
        return problem(409, "当前状态不允许此操作", "该记录已被他人同时修改，请刷新后重试", null);
    }

    @ServerExceptionMapper
    public Response tooMany(TooManyRequests e) {
        Response problem = problem(429, "请求过多", e.getMessage(), null);
        return Response.fromResponse(problem)
                .header("Retry-After", Math.max(1, e.retryAfter().toSeconds()))
                .build();
    }

    @ServerExceptionMapper
    public Response tooLarge(CatalogFileTooLarge e) {
        return problem(413, "文件过大", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response notXlsx(CatalogFileNotXlsx e) {
        return problem(415, "文件类型不支持", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response structureRefused(CatalogFileRefused e) {
        return problem(422, "工作簿结构被拒绝", e.getMessage(), null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problem(403, "无权访问", "当前角色无权执行此操作", null);
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
        return problem(status, title, title, null);
    }

    // Anything unforeseen: its stack goes to the log under an id, the caller gets the id and nothing of the cause.
    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s", id);
        return problem(500, "服务器内部错误", "服务器内部错误，错误编号 " + id, null);
    }

    static Response problem(int status, String title, String detail, List<Problem.FieldError> errors) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, errors))
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
