package cn.taxprocurement.category;

import cn.taxprocurement.security.CurrentUser;
import cn.taxprocurement.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** The product categories (品目): every signed-in user reads them, officers add to them. */
@Path("/api/v1/categories")
public class CategoryResource {
    @Inject
    CategoryService service;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.VENDOR, Roles.MANAGER, Roles.AUDITOR})
    public List<CategoryView> list() {
        return service.list();
    }

    @POST
    @RolesAllowed(Roles.OFFICER)
    public Response create(@Valid @NotNull CreateCategory command) {
        CategoryView category = service.create(currentUser.actor(), command);
        return Response.created(URI.create("/api/v1/categories/" + category.code()))
                .entity(category)
                .build();
    }
}
