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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The product categories (品目): every signed-in user reads them, officers add to them. */
@Tag(name = "Categories", description = "Product categories (品目)")
@Path("/api/v1/categories")
public class CategoryResource {
    @Inject
    CategoryService service;

    @Inject
    CurrentUser currentUser;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.VENDOR, Roles.MANAGER, Roles.AUDITOR})
    @Operation(summary = "List categories", description = "Every category, sorted by code.")
    @APIResponse(responseCode = "200", description = "The list")
    public List<CategoryView> list() {
        return service.list();
    }

    @POST
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Create a category")
    @APIResponseSchema(value = CategoryView.class, responseCode = "201", responseDescription = "The category")
    @APIResponse(responseCode = "400", description = "A code not like A02010104")
    @APIResponse(responseCode = "409", description = "The code exists")
    public Response create(@Valid @NotNull CreateCategory command) {
        CategoryView category = service.create(currentUser.actor(), command);
        return Response.created(URI.create("/api/v1/categories/" + category.code()))
                .entity(category)
                .build();
    }
}
