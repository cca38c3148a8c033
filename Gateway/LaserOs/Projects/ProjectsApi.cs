using Microsoft.AspNetCore.Http.HttpResults;

namespace LaserGrains.Gateway.LaserOs.Projects;

/// <summary>Laser OS projects, their design files and activity, and the design files waiting for a project.</summary>
public static class ProjectsApi
{
    private const int MaxCodeLength = 100;
    private const int MaxActivity = 1000;

    public static RouteGroupBuilder MapProjectsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/laser-os").WithTags("Laser OS");
        group.MapPost("/projects", CreateAsync)
            .WithSummary("Create a project; unassigned design files with its code attach to it at once.")
            .ProducesProblem(400).ProducesProblem(409);
        group.MapGet("/projects", ListAsync)
            .WithSummary("All projects, newest first.");
        group.MapGet("/projects/{code}", GetAsync).WithSummary("One project.").ProducesProblem(404);
        group.MapGet("/projects/{code}/design-files", DesignFilesAsync)
            .WithSummary("The project's design files; include_deleted=true shows deleted ones too.").ProducesProblem(404);
        group.MapGet("/projects/{code}/activity", ActivityAsync).WithSummary("The project's activity log, newest first.").ProducesProblem(400).ProducesProblem(404);
        group.MapGet("/design-files/unassigned", UnassignedAsync)
            .WithSummary("Design files whose project does not exist yet.");
        return group;
    }

    internal static async Task<Results<Created<CreatedProjectJson>, ProblemHttpResult>> CreateAsync(
        CreateProjectRequest request, ProjectStore store, CancellationToken cancellationToken)
    {
        var code = request.Code?.Trim();
        var name = string.IsNullOrWhiteSpace(request.Name) ? code : request.Name.Trim();
        if (string.IsNullOrEmpty(code) || code.Length > MaxCodeLength || code.Any(char.IsWhiteSpace))
        {
            return TypedResults.Problem(title: "Invalid project", detail: $"code is required: 1 to {MaxCodeLength} characters without spaces, e.g. JB-2025-10-CL0001-001.", statusCode: 400);
        }

        var created = await store.CreateAsync(code, name!, request.ClientCode?.Trim(), cancellationToken);
        return created is null
            ? TypedResults.Problem(title: "Project exists", detail: $"A project with code {code} already exists.", statusCode: 409)
            : TypedResults.Created($"/laser-os/projects/{Uri.EscapeDataString(code)}", created);
    }

    internal static async Task<Ok<List<ProjectJson>>> ListAsync(LaserOsQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ProjectsAsync(cancellationToken));

    internal static async Task<Ok<List<DesignFileJson>>> UnassignedAsync(LaserOsQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.UnassignedAsync(cancellationToken));

    internal static async Task<Results<Ok<ProjectJson>, ProblemHttpResult>> GetAsync(string code, LaserOsQueries queries, CancellationToken cancellationToken) =>
        await queries.ProjectAsync(code, cancellationToken) is { } project ? TypedResults.Ok(project) : NotFound(code);

    internal static async Task<Results<Ok<List<DesignFileJson>>, ProblemHttpResult>> DesignFilesAsync(
        string code, LaserOsQueries queries, CancellationToken cancellationToken, bool include_deleted = false)
    {
        if (await queries.ProjectAsync(code, cancellationToken) is null) return NotFound(code);
        return TypedResults.Ok(await queries.DesignFilesAsync(code, include_deleted, cancellationToken));
    }

    internal static async Task<Results<Ok<List<ActivityJson>>, ProblemHttpResult>> ActivityAsync(
        string code, LaserOsQueries queries, CancellationToken cancellationToken, int limit = 100)
    {
        if (limit is < 1 or > MaxActivity) return TypedResults.Problem(title: "Invalid limit", detail: $"limit must be between 1 and {MaxActivity}.", statusCode: 400);
        if (await queries.ProjectAsync(code, cancellationToken) is null) return NotFound(code);
        return TypedResults.Ok(await queries.ActivityAsync(code, limit, cancellationToken));
    }

    private static ProblemHttpResult NotFound(string code) =>
        TypedResults.Problem(title: "Unknown project", detail: $"No project has code {code}.", statusCode: 404);
}
