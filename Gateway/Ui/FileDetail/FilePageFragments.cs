using LaserGrains.Gateway.Ui.Shell;
using LaserGrains.Grains.Interfaces.Files;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaserGrains.Gateway.Ui.FileDetail;

/// <summary>The file page's actions: correction (answers the metadata card), re-extract, delete, restore, hard delete (reload the page).</summary>
public static class FilePageFragments
{
    public static RouteGroupBuilder MapFilePageFragments(this RouteGroupBuilder group)
    {
        group.MapPost("/files/{id:long}/metadata", CorrectAsync).DisableAntiforgery();
        group.MapPost("/files/{id:long}/re-extract", (long id, HttpContext http, IClusterClient c) => RunAsync(http, () => c.GetGrain<IFileGrain>(id).ReExtractAsync()));
        group.MapPost("/files/{id:long}/delete", (long id, HttpContext http, IClusterClient c) => RunAsync(http, () => c.GetGrain<IFileGrain>(id).DeleteAsync(DeleteMode.Soft)));
        group.MapPost("/files/{id:long}/restore", (long id, HttpContext http, IClusterClient c) => RunAsync(http, () => c.GetGrain<IFileGrain>(id).RestoreAsync()));
        group.MapPost("/files/{id:long}/hard-delete", (long id, HttpContext http, IClusterClient c) => RunAsync(http, () => c.GetGrain<IFileGrain>(id).DeleteAsync(DeleteMode.Hard)));
        return group;
    }

    internal static async Task<IResult> CorrectAsync(long id, HttpRequest request, IClusterClient client)
    {
        var grain = client.GetGrain<IFileGrain>(id);
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        string? error = null;
        FileRecord? record;
        try
        {
            record = await grain.CorrectAsync(CorrectionForm.Read(form));
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException)
        {
            error = ex.Message;
            record = await grain.GetAsync();
        }

        return record is null
            ? Html.Text($"No file has ingest id {id}.", error: true)
            : new RazorComponentResult<MetadataCard>(new { Record = record, Error = error });
    }

    /// <summary>Runs one file command; on success htmx reloads the page so every card shows the new state.</summary>
    private static async Task<ContentHttpResult> RunAsync(HttpContext http, Func<Task<FileRecord?>> call)
    {
        try
        {
            if (await call() is null) return Html.Text("No such file.", error: true);
        }
        catch (InvalidOperationException ex)
        {
            return Html.Text(ex.Message, error: true);
        }

        http.Response.Headers["HX-Refresh"] = "true";
        return Html.Text("Done.");
    }
}
