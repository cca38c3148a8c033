using System.Data.Common;
using LaserGrains.Gateway.LaserOs.Events;
using LaserGrains.Gateway.LaserOs.Handling;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace LaserGrains.Gateway.LaserOs.Receiver;

/// <summary>The seed's receiver endpoints: POST /webhooks/module-n/event and GET /webhooks/module-n/health.</summary>
public static class ReceiverApi
{
    private static readonly string[] RequiredHeaders = ["webhook-id", "webhook-timestamp", "webhook-signature"];

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
        group.MapGet("/health", HealthAsync).WithSummary("Whether the receiver's database answers, and when the last event was handled.");
        return group;
    }

    internal static async Task<Results<Ok<EventReceipt>, ProblemHttpResult>> ReceiveAsync(
        HttpRequest request, ReceiverVerifier verifier, EventRecorder recorder, IOptions<LaserOsOptions> options,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var log = loggers.CreateLogger(typeof(ReceiverApi).FullName!);
        if (!verifier.Configured)
        {
            return Problem(503, "Receiver not configured", "No receiver secret is configured (LG_RECEIVER_SECRETS); no event can be verified.");
        }

        // Refuse unsigned requests before reading their bodies.
        if (RequiredHeaders.FirstOrDefault(h => string.IsNullOrEmpty(ReceiverVerifier.Header(request, h))) is { } missing)
        {
            ReceiverLog.Rejected(log, 401, $"header {missing} missing");
            return Problem(401, "Unsigned event", "The webhook-id, webhook-timestamp and webhook-signature headers are all required.");
        }

        var body = await BodyReader.ReadAsync(request, options.Value.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            ReceiverLog.Rejected(log, 413, "body too large");
            return Problem(413, "Event too large", $"The event body is larger than the receiver accepts ({options.Value.MaxBodyBytes} bytes, LG_RECEIVER_MAX_BODY_BYTES).");
        }

        var verification = verifier.Verify(request, body);
        if (!verification.IsValid)
        {
            ReceiverLog.Rejected(log, 401, verification.Failure!);
            return Problem(401, "Invalid signature", verification.Failure!);
        }

        var parsed = EventParser.Parse(body);
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

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: status);
}
