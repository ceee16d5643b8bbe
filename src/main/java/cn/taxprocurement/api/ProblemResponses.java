package cn.taxprocurement.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Every error the API answers is a {@link Problem} (see {@link ProblemMapper}): the OpenAPI document says so once, here,
 * for every 4xx and 5xx response an operation documents.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {
    private static final String SCHEMA = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(SCHEMA, problem());
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().stream()
                .flatMap(path -> path.getOperations().values().stream())
                .filter(operation -> operation.getResponses() != null)
                .flatMap(operation -> operation.getResponses().getAPIResponses().entrySet().stream())
                .filter(response ->
                        response.getKey().startsWith("4") || response.getKey().startsWith("5"))
                .forEach(response -> response.getValue()
                        .setContent(OASFactory.createContent()
                                .addMediaType(
                                        Problem.MEDIA_TYPE,
                                        OASFactory.createMediaType()
                                                .schema(OASFactory.createSchema()
                                                        .ref(SCHEMA)))));
    }

    private static Schema problem() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .properties(Map.of("field", text, "message", text));
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; code names the rule that refused the request")
                .properties(Map.of(
                        "type", text,
                        "title", text,
                        "status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER),
                        "detail", text,
                        "code", text,
                        "errors",
                                OASFactory.createSchema()
                                        .addType(Schema.SchemaType.ARRAY)
                                        .items(fieldError)));
    }
}
