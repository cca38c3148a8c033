using LaserGrains.Gateway.LaserOs.Events;
using LaserGrains.Gateway.LaserOs.Handling;
using Xunit;

namespace LaserGrains.Tests.Unit.LaserOs.Handling;

public sealed class BatchPlannerTests
{
    private const long File = 4711;
    private const string Code = "JB-2025-10-CL0001-001";

    [Fact]
    public void SameWebhookIdTwiceInOneBatch_SecondIsDuplicateAndWritesNothing()
    {
        var plan = Plan([Received("msg_a", "file.processed", File, 2), Received("msg_a", "file.processed", File, 2)], Empty());

        Assert.Equal([HandlingOutcome.Handled, HandlingOutcome.Duplicate], plan.Outcomes.Select(o => o.Status));
        Assert.Equal("msg_a was handled before; nothing changed.", plan.Outcomes[1].Message);
        Assert.Single(plan.Handled);
        Assert.Single(plan.FileWrites);
        Assert.Single(plan.Activity);
    }

    [Fact]
    public void WebhookIdHandledBefore_IsDuplicate()
    {
        var plan = Plan([Received("msg_a", "file.processed", File, 2)], Empty(handled: ["msg_a"]));

        Assert.Equal(HandlingOutcome.Duplicate, plan.Outcomes[0].Status);
        Assert.Empty(plan.Handled);
        Assert.Empty(plan.FileWrites);
        Assert.Empty(plan.Activity);
    }

    [Fact]
    public void OlderSequenceAfterNewerInOneBatch_IsStaleRecordedNotApplied()
    {
        var plan = Plan([Received("msg_new", "file.re_extracted", File, 3), Received("msg_old", "file.processed", File, 2)], Empty());

        Assert.Equal([HandlingOutcome.Handled, HandlingOutcome.Stale], plan.Outcomes.Select(o => o.Status));
        Assert.Equal($"Sequence 2 is not newer than 3 already applied to ingest {File}; nothing changed.", plan.Outcomes[1].Message);
        Assert.Equal([HandlingOutcome.Handled, HandlingOutcome.Stale], plan.Handled.Select(h => h.Outcome));
        Assert.Equal("file.re_extracted", Assert.Single(plan.FileWrites).Event.EventType);
        Assert.Single(plan.Activity);
    }

    [Fact]
    public void SequenceNotNewerThanStored_IsStale()
    {
        var plan = Plan([Received("msg_a", "file.processed", File, 3)], Empty(files: new() { [File] = new FileState(true, 3) }));

        Assert.Equal(HandlingOutcome.Stale, plan.Outcomes[0].Status);
        Assert.Empty(plan.FileWrites);
    }

    [Fact]
    public void TwoUpsertsOfANewFileInOneBatch_CreatedThenUpdated()
    {
        var plan = Plan([Received("msg_a", "file.processed", File, 2), Received("msg_b", "file.re_extracted", File, 3)], Empty());

        Assert.Equal(
            [
                $"DesignFile bracket.dxf (ingest {File}) created, processed, unassigned until project {Code} is created.",
                $"DesignFile bracket.dxf (ingest {File}) updated, re-extracted, unassigned until project {Code} is created.",
            ],
            plan.Outcomes.Select(o => o.Message));
        Assert.Equal(2, plan.FileWrites.Count);
    }

    [Fact]
    public void DeleteAfterUpsertInOneBatch_FindsTheRowAndCountsItsSequence()
    {
        var plan = Plan(
            [Received("msg_a", "file.processed", File, 2), Received("msg_b", "file.deleted", File, 3), Received("msg_c", "file.processed", File, 3)],
            Empty());

        Assert.Equal($"DesignFile bracket.dxf (ingest {File}) soft deleted.", plan.Outcomes[1].Message);
        Assert.True(plan.FileWrites[1].MarkDeleted);
        Assert.Equal(HandlingOutcome.Stale, plan.Outcomes[2].Status);
    }

    [Fact]
    public void DeleteOfAFileWithoutRow_WritesOnlyActivity()
    {
        var plan = Plan([Received("msg_a", "file.deleted", File, 4)], Empty());

        Assert.Equal($"Module N deleted bracket.dxf (ingest {File}); there was no DesignFile for it.", plan.Outcomes[0].Message);
        Assert.Empty(plan.FileWrites);
        Assert.Single(plan.Activity);
    }

    [Fact]
    public void IngestedThenProcessed_ProcessedStillApplies()
    {
        var plan = Plan([Received("msg_a", "file.ingested", File, 1), Received("msg_b", "file.processed", File, 2)], Empty());

        Assert.Equal($"Module N received bracket.dxf (ingest {File}).", plan.Outcomes[0].Message);
        Assert.Equal(HandlingOutcome.Handled, plan.Outcomes[1].Status);
        Assert.Equal("file.processed", Assert.Single(plan.FileWrites).Event.EventType);
        Assert.Equal(["file.ingested", "file.processed"], plan.Activity.Select(a => a.Action));
    }

    [Fact]
    public void ExistingProject_Assigned_NoCode_UnassignedWithoutCode()
    {
        var plan = Plan(
            [Received("msg_a", "file.processed", File, 2), Received("msg_b", "file.processed", File + 1, 2, code: null)],
            Empty(files: new() { [File] = new FileState(true, 1) }, projects: [Code]));

        Assert.Equal(
            [
                $"DesignFile bracket.dxf (ingest {File}) updated, processed, under project {Code}.",
                $"DesignFile bracket.dxf (ingest {File + 1}) created, processed, unassigned (no project code).",
            ],
            plan.Outcomes.Select(o => o.Message));
    }

    [Fact]
    public void Failed_NamesTheReason()
    {
        var plan = Plan([Received("msg_a", "file.failed", File, 2, reason: "unreadable")], Empty());

        Assert.Equal($"DesignFile bracket.dxf (ingest {File}) created, failed: unreadable, unassigned until project {Code} is created.", plan.Outcomes[0].Message);
        Assert.Equal(("failed", "unreadable"), (plan.FileWrites[0].Status, plan.FileWrites[0].FailureReason));
    }

    private static BatchPlan Plan(ReceivedEvent[] batch, BatchSnapshot snapshot) => BatchPlanner.Plan(batch, snapshot);

    private static BatchSnapshot Empty(Dictionary<long, FileState>? files = null, string[]? handled = null, string[]? projects = null) =>
        new(files ?? [], new HashSet<string>(handled ?? []), new HashSet<string>(projects ?? []));

    private static ReceivedEvent Received(string webhookId, string type, long ingestId, long? sequence, string? code = Code, string? reason = null) =>
        new(webhookId, new ModuleNEvent(
            type, DateTimeOffset.UnixEpoch, ingestId, sequence,
            new DesignFileData { IngestId = ingestId, OriginalFilename = "bracket.dxf", ProjectCode = code, Status = type == "file.failed" ? "failed" : "completed" },
            "{}", false, reason));
}
