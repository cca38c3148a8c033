using LaserGrains.Gateway.Hosting;
using LaserGrains.Gateway.Queries;
using LaserGrains.Grains.Interfaces.Files;
using LaserGrains.Shared.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace LaserGrains.Gateway.Ingest;

/// <summary>POST /ingest: the endpoint and its answers; the path from request to grain call reads in order in <see cref="IngestService"/>.</summary>
public static class IngestApi
{
    public static RouteGroupBuilder MapIngestApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/ingest").WithTags("Ingest");
        group.MapPost("", IngestAsync)
            .DisableAntiforgery()
            .WithQueryParameters("wait")
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Upload one or more files (multipart field 'file') with optional hints.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return group;
    }

    internal static async Task<Results<Created<FileRecordJson>, Accepted<FileRecordJson>, Ok<IngestBatchResponse>, ProblemHttpResult>> IngestAsync(
        HttpRequest request,
        IngestService ingest,
        IOptions<GatewayOptions> options,
        CancellationToken cancellationToken,
        bool wait = true)
    {
        try
        {
            var outcomes = await ingest.IngestAsync(request, wait, cancellationToken);
            if (outcomes.Count > 1)
            {
                return TypedResults.Ok(new IngestBatchResponse([.. outcomes.Select(o => o.ToItem())]));
            }

            var single = outcomes[0];
            var json = FileJson.ToJson(single.Record);
            return single.Record.Status is FileStatus.Completed or FileStatus.Failed
                ? TypedResults.Created(single.StatusUrl, json)
                : TypedResults.Accepted(single.StatusUrl, json);
        }
        catch (UploadRejectedException p)
        {
            return TypedResults.Problem(title: p.Title, detail: p.Message, statusCode: p.Status);
        }
    }
}
