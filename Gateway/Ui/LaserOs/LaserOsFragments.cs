using LaserGrains.Gateway.LaserOs.Projects;
using LaserGrains.Gateway.Ui.Shell;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaserGrains.Gateway.Ui.LaserOs;

/// <summary>Creating a Laser OS project from the page, through the API's own handler (same validation, same store).</summary>
public static class LaserOsFragments
{
    public static RouteGroupBuilder MapLaserOsFragments(this RouteGroupBuilder group)
    {
        group.MapPost("/laser-os/projects", CreateAsync).DisableAntiforgery();
        return group;
    }

    internal static async Task<ContentHttpResult> CreateAsync(HttpRequest request, ProjectStore store)
    {
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var answer = await ProjectsApi.CreateAsync(
            new CreateProjectRequest(form["code"].FirstOrDefault(), form["name"].FirstOrDefault(), form["client_code"].FirstOrDefault()),
            store, request.HttpContext.RequestAborted);
        if (answer.Result is ProblemHttpResult problem) return Html.Text(problem.ProblemDetails.Detail ?? "Refused.", error: true);
        request.HttpContext.Response.Headers["HX-Refresh"] = "true";
        return Html.Text("Created.");
    }
}
