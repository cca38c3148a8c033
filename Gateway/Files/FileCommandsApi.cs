using System.Text.Json;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Gateway.Ingest;
using LaserGrains.Gateway.Queries;
using LaserGrains.Shared.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaserGrains.Gateway.Files;

/// <summary>Changing files: re-extraction, manual correction, soft and hard deletion, restore.</summary>
public static class FileCommandsApi
{
    public static RouteGroupBuilder MapFileCommandsApi(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapPost("/{id:long}/re-extract", ReExtractAsync)
            .WithSummary("Runs the current extractors again on the stored bytes (renames the file when its facts changed): 200 when done within LG_INGEST_WAIT_SECONDS, else 202 with the status URL.")
            .ProducesProblem(404).ProducesProblem(409);
        group.MapPatch("/{id:long}", CorrectAsync).WithQueryParameters()
            .WithSummary("Sets metadata fields by hand (they win over extraction); null clears a manual value.")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);
        group.MapDelete("/{id:long}", DeleteAsync)
            .WithSummary("Soft-deletes the file (restorable); hard_delete=true removes it and its bytes once nothing else uses them.")
            .ProducesProblem(404);
        group.MapPost("/{id:long}/restore", RestoreAsync).WithSummary("Restores a soft-deleted file.").ProducesProblem(404);
        return group;
    }

    internal static async Task<Results<Ok<FileRecordJson>, Accepted<FileRecordJson>, ProblemHttpResult>> ReExtractAsync(
        long id, IClusterClient client, SettleWaiter waiter, CancellationToken cancellationToken)
    {
        if (id <= 0) return FilesApi.NotFound(id);
        var deadline = waiter.DeadlineFromNow();
        var grain = client.GetGrain<IFileGrain>(id);
        FileRecord? accepted;
        try
        {
            accepted = await grain.ReExtractAsync();
        }
        catch (InvalidOperationException ex)
        {
            return TypedResults.Problem(title: "Not possible now", detail: ex.Message, statusCode: 409);
        }

        if (accepted is null) return FilesApi.NotFound(id);
        var progress = await waiter.WaitAsync(grain, new FileProgress(accepted, Busy: true), deadline, cancellationToken);
        var json = FileJson.ToJson(progress.Record ?? accepted);
        return progress.Busy ? TypedResults.Accepted($"/files/{id}", json) : TypedResults.Ok(json);
    }

    internal static async Task<Results<Ok<FileRecordJson>, ProblemHttpResult>> CorrectAsync(long id, HttpRequest request, IClusterClient client)
    {
        MetadataPatch patch;
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            patch = MetadataPatchReader.Read(body.RootElement);
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return TypedResults.Problem(title: "Invalid correction", detail: ex.Message, statusCode: 400);
        }

        return await RunAsync(id, g => g.CorrectAsync(patch), client);
    }

    internal static Task<Results<Ok<FileRecordJson>, ProblemHttpResult>> DeleteAsync(long id, IClusterClient client, bool hard_delete = false) =>
        RunAsync(id, g => g.DeleteAsync(hard_delete ? DeleteMode.Hard : DeleteMode.Soft), client);

    internal static Task<Results<Ok<FileRecordJson>, ProblemHttpResult>> RestoreAsync(long id, IClusterClient client) =>
        RunAsync(id, g => g.RestoreAsync(), client);

    private static async Task<Results<Ok<FileRecordJson>, ProblemHttpResult>> RunAsync(
        long id, Func<IFileGrain, Task<FileRecord?>> call, IClusterClient client)
    {
        if (id <= 0) return FilesApi.NotFound(id);
        try
        {
            return await call(client.GetGrain<IFileGrain>(id)) is { } record ? TypedResults.Ok(FileJson.ToJson(record)) : FilesApi.NotFound(id);
        }
        catch (InvalidOperationException ex)
        {
            return TypedResults.Problem(title: "Not possible now", detail: ex.Message, statusCode: 409);
        }
    }
}
