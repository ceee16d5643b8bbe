package cn.taxprocurement.web;

import cn.taxprocurement.order.CompetitionRequests;
import cn.taxprocurement.order.CompetitionService;
import cn.taxprocurement.order.CompetitionView;
import cn.taxprocurement.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/** The competitions (二次竞价) a vendor is invited to, and the form of its sealed quote. */
@Path("/vendor/competitions")
@RolesAllowed(Roles.VENDOR)
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class VendorCompetitionPages {
    @Inject
    CompetitionService competitions;

    @Inject
    Viewer viewer;

    /** A competition with the listings of its reader among them: the ones it may quote on. */
    public record Shown(CompetitionView competition, List<CompetitionView.Offered> own) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<CompetitionView> competitions);

        static native TemplateInstance competition(Shown shown, Form form);
    }

    @GET
    public TemplateInstance list() {
        return Templates.list(competitions.invitations(viewer.actor()));
    }

    @GET
    @Path("{id}")
    public TemplateInstance competition(@PathParam("id") long id) {
        return page(id, viewer.emptyForm());
    }

    @POST
    @Path("{id}/quotes")
    public Object quote(@PathParam("id") long id, @RestForm Long productId, @RestForm String unitPrice) {
        Form form = viewer.form(Map.of("unitPrice", Form.text(unitPrice)));
        var command = new CompetitionRequests.Quote(productId, form.decimal(unitPrice, "unitPrice"));
        form.check(command);
        return form.submit(() -> competitions.quote(viewer.actor(), id, command))
                .<Object>map(done -> Response.seeOther(URI.create("/vendor/competitions/" + id))
                        .build())
                .orElseGet(() -> page(id, form));
    }

    private TemplateInstance page(long id, Form form) {
        CompetitionView competition = competitions.get(viewer.actor(), id);
        List<CompetitionView.Offered> own = competitions.ownListings(viewer.actor(), competition);
        return Templates.competition(new Shown(competition, own), form);
    }
}
