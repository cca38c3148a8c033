namespace LaserGrains.Gateway.LaserOs.Handling;

/// <summary>
/// The second round trip of a shared transaction: every write its plan holds, in one batch: the handled webhook-ids with
/// their outcomes (one statement), the DesignFile changes (one upsert statement per round of <see cref="FileWriteRounds"/>,
/// usually one, and one statement per deletion), the activity rows (one statement).
/// </summary>
public static class BatchWrites
{
    /// <summary>False when another transaction recorded one of the plan's webhook-ids after it was read: the plan is void, roll back.</summary>
    public static async Task<bool> WriteAsync(LaserOsTransaction tx, BatchPlan plan)
    {
        await using var writes = tx.Batch();
        if (plan.Handled.Count > 0) writes.BatchCommands.Add(HandledEvents.Insert(plan.Handled));
        foreach (var round in FileWriteRounds.Of(plan.FileWrites))
        {
            // Each file once per round, so the order between a round's upserts and its deletes does not matter.
            var upserts = round.Where(w => !w.MarkDeleted).ToList();
            if (upserts.Count > 0) writes.BatchCommands.Add(DesignFiles.Upsert(upserts));
            foreach (var delete in round.Where(w => w.MarkDeleted)) writes.BatchCommands.Add(DesignFiles.MarkDeleted(delete.Event));
        }

        if (plan.Activity.Count > 0) writes.BatchCommands.Add(ActivityLog.Insert(plan.Activity));
        if (writes.BatchCommands.Count == 0) return true; // only duplicates

        await writes.ExecuteNonQueryAsync(tx.CancellationToken);
        return plan.Handled.Count == 0 || writes.BatchCommands[0].RecordsAffected == plan.Handled.Count;
    }
}
