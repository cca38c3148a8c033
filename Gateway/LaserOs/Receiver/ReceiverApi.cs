using System.Data.Common;
using LaserGrains.Gateway.LaserOs.Events;
using LaserGrains.Gateway.LaserOs.Handling;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace LaserGrains.Gateway.LaserOs.Receiver;

/// <summary>The seed's receiver endpoints (POST /webhooks/module-n/event, GET /webhooks/module-n/health) and the batch endpoint POST /webhooks/module-n/events.</summary>
public static class ReceiverApi
{
    public static RouteGroupBuilder MapReceiverApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/webhooks/module-n").WithTags("Laser OS receiver");
        group.MapPost("/event", ReceiveAsync)
            .DisableAntiforgery()
            .Accepts<object>("application/json")
            .WithSummary("Receive one Module N event, signed with Standard Webhooks headers; idempotent per webhook-id.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status500InternalServerError)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapPost("/events", BatchReceiverApi.ReceiveAsync)
            .DisableAntiforgery()
            .Accepts<object>("application/json")
            .WithSummary("Receive a batch of Module N events ({\"events\":[{\"id\",\"event\"}]}), signed as one request; idempotent per entry id.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status500InternalServerError)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/health", HealthAsync).WithSummary("Whether the receiver's database answers, and when the last event was handled.");
        return group;
    }

    internal static async Task<Results<Ok<EventReceipt>, ProblemHttpResult>> ReceiveAsync(
        HttpRequest request, ReceiverVerifier verifier, EventRecorder recorder, IOptions<LaserOsOptions> options,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var log = loggers.CreateLogger(typeof(ReceiverApi).FullName!);
        var (body, refused) = await SignedBody.ReadAsync(request, verifier, options.Value.MaxBodyBytes, log, cancellationToken);
        if (refused is not null) return refused;

        var parsed = EventParser.Parse(body!);
        if (parsed.Event is not { } e)
        {
            ReceiverLog.Rejected(log, 400, parsed.Problem!);
            return Problem(400, parsed.Title!, parsed.Problem!);
        }

        var webhookId = ReceiverVerifier.Header(request, "webhook-id")!;
        try
        {
            var outcome = await recorder.RecordAsync(webhookId, e, cancellationToken);
            return TypedResults.Ok(new EventReceipt(outcome.Status, webhookId, e.EventType, e.IngestId, outcome.Message));
        }
        catch (DbException ex) when (!Errors.Unavailability.Is(ex))
        {
            // An outage is left to the exception handler (503 with Retry-After); this is the database refusing the event.
            // Rolled back: nothing of this event is stored, so the sender's retry starts from a clean slate.
            ReceiverLog.Failed(log, ex, webhookId, e.EventType, e.IngestId);
            return Problem(500, "Event not recorded", $"The event could not be stored and nothing was changed; retry later. ({ex.Message})");
        }
    }

    internal static async Task<Results<Ok<ReceiverHealthReport>, JsonHttpResult<ReceiverHealthReport>>> HealthAsync(
        ReceiverHealth health, CancellationToken cancellationToken)
    {
        var report = await health.CheckAsync(cancellationToken);
        return report.Database ? TypedResults.Ok(report) : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static ProblemHttpResult Problem(int status, string title, string detail) => SignedBody.Problem(status, title, detail);
}
