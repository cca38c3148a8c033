using System.Globalization;
using LaserGrains.Gateway.Ui.Shell;
using LaserGrains.Grains.Interfaces.Files;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaserGrains.Gateway.Ui.Catalog;

/// <summary>Bulk actions of the files table: one grain call per selected file, the same calls the API's endpoints make.</summary>
public static class CatalogFragments
{
    public static RouteGroupBuilder MapCatalogFragments(this RouteGroupBuilder group)
    {
        group.MapPost("/files/bulk", BulkAsync).DisableAntiforgery();
        return group;
    }

    internal static async Task<ContentHttpResult> BulkAsync(HttpRequest request, IClusterClient client)
    {
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var ids = form["ids"].Select(v => long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0).ToList();
        if (ids.Count == 0) return Html.Text("Select at least one file first.", error: true);
        Func<IFileGrain, Task<FileRecord?>> call;
        switch (form["action"].FirstOrDefault())
        {
            case "correct":
                MetadataPatch patch;
                try
                {
                    patch = CorrectionForm.Read(form);
                }
                catch (FormatException ex)
                {
                    return Html.Text(ex.Message, error: true);
                }

                call = g => g.CorrectAsync(patch);
                break;
            case "re-extract": call = g => g.ReExtractAsync(); break;
            case "delete": call = g => g.DeleteAsync(DeleteMode.Soft); break;
            case "restore": call = g => g.RestoreAsync(); break;
            default: return Html.Text("Unknown action.", error: true);
        }

        var failures = new List<string>();
        foreach (var id in ids)
        {
            try
            {
                if (await call(client.GetGrain<IFileGrain>(id)) is null) failures.Add($"#{id}: no such file");
            }
            catch (InvalidOperationException ex)
            {
                failures.Add($"#{id}: {ex.Message}");
            }
        }

        request.HttpContext.Response.Headers["HX-Trigger"] = "files-changed";
        var done = $"{ids.Count - failures.Count} of {ids.Count} file(s) done.";
        return Html.Text(failures.Count == 0 ? done + " Reload to see the changes." : $"{done} {string.Join("; ", failures)}", error: failures.Count > 0);
    }
}
