package kyoso.plan.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import kyoso.kit.problem.Problem;
import kyoso.kit.problem.ProblemException;
import kyoso.kit.security.Roles;
import kyoso.plan.api.MeasureDtos.KpiDto;
import kyoso.plan.api.MeasureDtos.KpiInput;
import kyoso.plan.api.MeasureDtos.MeasureDto;
import kyoso.plan.api.MeasureDtos.MeasureInput;
import kyoso.plan.api.MeasureDtos.Progress;
import kyoso.plan.api.MeasureDtos.ProgressInput;
import kyoso.plan.domain.MeasureService;
import kyoso.plan.domain.MeasureService.MeasureView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/measures")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Measures", description = "施策, their KPIs (指標) and yearly progress (実績); whether each is on track")
public class MeasureResource {

    private final MeasureService measures;

    @Context
    SecurityContext security;

    @Context
    UriInfo uriInfo;

    MeasureResource(MeasureService measures) {
        this.measures = measures;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(summary = "List measures with their KPIs and progress",
            description = "Filter by plan code and by the tree node they are listed under. format=csv gives one row per KPI.")
    @APIResponse(responseCode = "200", description = "The measures",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MeasureDto.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "No such plan",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(description = "Plan code", example = "dx-action-plan") @QueryParam("plan") String plan,
                         @Parameter(description = "Node key") @QueryParam("node") String node,
                         @Parameter(description = Csv.FORMAT_DESCRIPTION) @QueryParam("format") String format) {
        List<MeasureView> found = measures.list(plan, node);
        if (Csv.wanted(format)) {
            return csv(found);
        }
        return Response.ok(found.stream().map(MeasureDto::of).toList(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get one measure with its KPIs and progress")
    @APIResponse(responseCode = "200", description = "The measure",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureDto.class)))
    @APIResponse(responseCode = "404", description = "No such measure",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MeasureDto get(@PathParam("id") long id) {
        return measures.get(id).map(MeasureDto::of).orElseThrow(() -> ProblemException.notFound("measure", id));
    }

    @POST
    @RolesAllowed(Roles.PLAN_EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add a measure to a plan (plan-editor)")
    @APIResponse(responseCode = "201", description = "Created; Location names the measure",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureDto.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, naming each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a plan-editor")
    public Response create(@Valid @NotNull MeasureInput input) {
        if (input.plan() == null || input.plan().isBlank()) {
            throw ProblemException.invalid("plan", "plan: 計画を指定してください / name the plan");
        }
        MeasureDto created = MeasureDto.of(measures.create(input.plan(), input.fields(), actor()));
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/measures/{id}").build(created.id()))
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PLAN_EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Update a measure (plan-editor); send the lockVersion you read")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasureDto.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, naming each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a plan-editor")
    @APIResponse(responseCode = "404", description = "No such measure",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Changed by someone else; 'current' holds the measure as it is now",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MeasureDto update(@PathParam("id") long id, @Valid @NotNull MeasureInput input) {
        return MeasureDto.of(measures.update(id, lockVersion(input.lockVersion()), input.fields(), actor()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.PLAN_EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete a measure with its KPIs and progress (plan-editor)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a plan-editor")
    @APIResponse(responseCode = "404", description = "No such measure",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") long id) {
        measures.delete(id, actor());
    }

    @POST
    @Path("/{id}/kpis")
    @RolesAllowed(Roles.PLAN_EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add a KPI to a measure (plan-editor)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KpiDto.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, naming each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a plan-editor")
    @APIResponse(responseCode = "404", description = "No such measure",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addKpi(@PathParam("id") long id, @Valid @NotNull KpiInput input) {
        KpiDto created = KpiDto.of(measures.addKpi(id, input.fields(), actor()));
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/measures/{id}").build(id))
                .entity(created).build();
    }

    @PUT
    @Path("/{id}/kpis/{kpi}")
    @RolesAllowed(Roles.PLAN_EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Update a KPI (plan-editor); send the lockVersion you read")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KpiDto.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, naming each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a plan-editor")
    @APIResponse(responseCode = "404", description = "No such measure or KPI",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Changed by someone else; 'current' holds the KPI as it is now",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public KpiDto updateKpi(@PathParam("id") long id, @PathParam("kpi") long kpi, @Valid @NotNull KpiInput input) {
        return KpiDto.of(measures.updateKpi(id, kpi, lockVersion(input.lockVersion()), input.fields(), actor()));
    }

    @DELETE
    @Path("/{id}/kpis/{kpi}")
    @RolesAllowed(Roles.PLAN_EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete a KPI with its progress (plan-editor)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a plan-editor")
    @APIResponse(responseCode = "404", description = "No such measure or KPI",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void deleteKpi(@PathParam("id") long id, @PathParam("kpi") long kpi) {
        measures.deleteKpi(id, kpi, actor());
    }

    @PUT
    @Path("/{id}/kpis/{kpi}/progress/{fiscalYear}")
    @RolesAllowed(Roles.PLAN_EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Record the actual value of a fiscal year (plan-editor)",
            description = "Creates the year's entry (201) or corrects it (200; send the lockVersion you read).")
    @APIResponse(responseCode = "200", description = "Corrected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Progress.class)))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Progress.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, naming each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a plan-editor")
    @APIResponse(responseCode = "404", description = "No such measure or KPI",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The year was recorded by someone else; 'current' holds it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordProgress(@PathParam("id") long id, @PathParam("kpi") long kpi,
                                   @PathParam("fiscalYear") int fiscalYear, @Valid @NotNull ProgressInput input) {
        if (fiscalYear < 2000 || fiscalYear > 2100) {
            throw ProblemException.invalid("fiscalYear", "fiscalYear: 年度は2000から2100の間で指定してください / a fiscal year from 2000 to 2100");
        }
        var recorded = measures.recordProgress(id, kpi, fiscalYear, input.actual(), input.note(), input.lockVersion(),
                actor());
        return Response.status(recorded.created() ? 201 : 200).entity(Progress.of(recorded.progress())).build();
    }

    @DELETE
    @Path("/{id}/kpis/{kpi}/progress/{fiscalYear}")
    @RolesAllowed(Roles.PLAN_EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete a fiscal year's actual value (plan-editor)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not a plan-editor")
    @APIResponse(responseCode = "404", description = "No such measure, KPI or year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void deleteProgress(@PathParam("id") long id, @PathParam("kpi") long kpi,
                               @PathParam("fiscalYear") int fiscalYear) {
        measures.deleteProgress(id, kpi, fiscalYear, actor());
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }

    static int lockVersion(Integer lockVersion) {
        if (lockVersion == null) {
            throw ProblemException.invalid("lockVersion", "lockVersion: " + InputMessages.LOCK_VERSION);
        }
        return lockVersion;
    }

    private static Response csv(List<MeasureView> found) {
        List<List<Object>> rows = new ArrayList<>();
        for (MeasureView v : found) {
            MeasureDto m = MeasureDto.of(v);
            if (m.kpis().isEmpty()) {
                rows.add(row(m, null));
            }
            m.kpis().forEach(k -> rows.add(row(m, k)));
        }
        return Csv.response("measures", List.of("measure_id", "plan", "node_key", "title", "department",
                "measure_status", "kpi_id", "kpi_name", "unit", "baseline_value", "baseline_fiscal_year",
                "target_value", "target_fiscal_year", "latest_fiscal_year", "latest_actual", "kpi_status"), rows);
    }

    private static List<Object> row(MeasureDto m, KpiDto k) {
        List<Object> row = new ArrayList<>(List.of(m.id(), m.plan(), nz(m.nodeKey()), m.title(), nz(m.department()),
                m.status()));
        if (k == null) {
            row.addAll(java.util.Collections.nCopies(10, ""));
            return row;
        }
        var latest = k.progress().isEmpty() ? null : k.progress().get(k.progress().size() - 1);
        row.addAll(List.of(k.id(), k.name(), k.unit(),
                k.baseline() == null ? "" : k.baseline().value().toPlainString(),
                k.baseline() == null ? "" : k.baseline().fiscalYear().year(),
                k.target().value().toPlainString(), k.target().fiscalYear().year(),
                latest == null ? "" : latest.fiscalYear().year(),
                latest == null ? "" : latest.actual().toPlainString(), k.status()));
        return row;
    }

    private static Object nz(String s) {
        return s == null ? "" : s;
    }
}
