using System.Data.Common;
using LaserGrains.Gateway.LaserOs.Events;
using LaserGrains.Gateway.LaserOs.Handling;
using LaserGrains.Shared.Webhooks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace LaserGrains.Gateway.LaserOs.Receiver;

/// <summary>
/// POST /webhooks/module-n/events: several events in one signed request. Each entry is handled exactly as if it had come
/// alone under its id (deduped, stale-checked, in its file's order), and the entries share the recorder's group commit.
/// </summary>
public static class BatchReceiverApi
{
    /// <summary>Room for the envelope around an event at the size limit, which a sender may send as a batch of one.</summary>
    public const int EnvelopeAllowance = 4 * 1024;

    internal static async Task<Results<Ok<BatchReceipt>, ProblemHttpResult>> ReceiveAsync(
        HttpRequest request, ReceiverVerifier verifier, EventRecorder recorder, IOptions<LaserOsOptions> options,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var log = loggers.CreateLogger(typeof(BatchReceiverApi).FullName!);
        var limit = options.Value.MaxBodyBytes + EnvelopeAllowance;
        var (body, refused) = await SignedBody.ReadAsync(request, verifier, limit, log, cancellationToken);
        if (refused is not null) return refused;

        var parsed = BatchParser.Parse(body!, SubscriptionRules.MaxBatchLimit);
        if (parsed.Events is not { } events)
        {
            ReceiverLog.Rejected(log, 400, parsed.Problem!);
            return SignedBody.Problem(400, parsed.Title!, parsed.Problem!);
        }

        var webhookId = ReceiverVerifier.Header(request, "webhook-id")!;
        try
        {
            // Started together so they ride in one group commit; each entry's outcome is its own (handled, duplicate, stale).
            var outcomes = await Task.WhenAll(events.Select(b => recorder.RecordAsync(b.Id, b.Event, cancellationToken)));
            var receipts = events.Select((b, i) => new EventReceipt(outcomes[i].Status, b.Id, b.Event.EventType, b.Event.IngestId, outcomes[i].Message));
            return TypedResults.Ok(new BatchReceipt(webhookId, [.. receipts]));
        }
        catch (DbException ex) when (!Errors.Unavailability.Is(ex))
        {
            // Entries recorded before the failure stay recorded; the sender's retry finds them duplicates.
            ReceiverLog.BatchFailed(log, ex, webhookId, events.Count);
            return SignedBody.Problem(500, "Batch not recorded", $"Some events of the batch could not be stored; retry later, those stored are answered as duplicates. ({ex.Message})");
        }
    }
}
