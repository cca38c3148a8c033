namespace LaserGrains.Gateway.LaserOs.Handling;

/// <summary>
/// The second round trip of a shared transaction: every write its plan holds, in one batch: the handled webhook-ids with
/// their outcomes (one statement), the DesignFile changes in arrival order (one statement each, since one file may change
/// more than once), the activity rows (one statement).
/// </summary>
public static class BatchWrites
{
    /// <summary>False when another transaction recorded one of the plan's webhook-ids after it was read: the plan is void, roll back.</summary>
    public static async Task<bool> WriteAsync(LaserOsTransaction tx, BatchPlan plan)
    {
        await using var writes = tx.Batch();
        if (plan.Handled.Count > 0) writes.BatchCommands.Add(HandledEvents.Insert(plan.Handled));
        foreach (var w in plan.FileWrites)
        {
            writes.BatchCommands.Add(w.MarkDeleted ? DesignFiles.MarkDeleted(w.Event) : DesignFiles.Upsert(w.Event, w.Status!, w.FailureReason));
        }

        if (plan.Activity.Count > 0) writes.BatchCommands.Add(ActivityLog.Insert(plan.Activity));
        if (writes.BatchCommands.Count == 0) return true; // only duplicates

        await writes.ExecuteNonQueryAsync(tx.CancellationToken);
        return plan.Handled.Count == 0 || writes.BatchCommands[0].RecordsAffected == plan.Handled.Count;
    }
}
