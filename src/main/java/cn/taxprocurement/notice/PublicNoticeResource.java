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

/** The published notices: anyone reads them, without signing in. */
@Path("/api/v1/public/notices")
@PermitAll
public class PublicNoticeResource {
    @Inject
    NoticeBoard board;

    @GET
    public Page<NoticeView> list(
            @QueryParam("type") String type,
            @QueryParam("year") Integer year,
            @QueryParam("q") String q,
            @Valid @BeanParam PageRequest page) {
        return board.search(NoticeType.fromQuery(type), year, q, page);
    }

    @GET
    @Path("/{id}")
    public NoticeView get(@PathParam("id") long id) {
        return board.get(id);
    }
}
