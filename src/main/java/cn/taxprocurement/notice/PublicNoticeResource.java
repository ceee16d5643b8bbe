package cn.taxprocurement.notice;

import cn.taxprocurement.common.Page;
import cn.taxprocurement.common.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The published notices: anyone reads them, without signing in. */
@Tag(name = "Public notices", description = "Published notices (信息公开): no sign-in needed")
@Path("/api/v1/public/notices")
@PermitAll
public class PublicNoticeResource {
    @Inject
    NoticeBoard board;

    @GET
    @Operation(summary = "List notices", description = "A page of published notices, newest first.")
    @APIResponse(responseCode = "200", description = "The page")
    @APIResponse(responseCode = "400", description = "A filter value or page outside its range")
    public Page<NoticeView> list(
            @QueryParam("type") String type,
            @QueryParam("year") Integer year,
            @QueryParam("q") String q,
            @Valid @BeanParam PageRequest page) {
        return board.search(NoticeType.fromQuery(type), year, q, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a notice")
    @APIResponse(responseCode = "200", description = "The notice")
    @APIResponse(responseCode = "404", description = "No such notice")
    public NoticeView get(@PathParam("id") long id) {
        return board.get(id);
    }
}
