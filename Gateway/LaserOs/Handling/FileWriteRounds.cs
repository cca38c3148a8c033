namespace LaserGrains.Gateway.LaserOs.Handling;

/// <summary>
/// Splits a batch's DesignFile changes into rounds in which every file appears once: one statement may then change all
/// rows of a round (PostgreSQL refuses to change one row twice in one statement), and a file's changes, one per round,
/// still apply in arrival order. Most batches have one change per file, so one round.
/// </summary>
public static class FileWriteRounds
{
    public static IReadOnlyList<IReadOnlyList<FileWrite>> Of(IReadOnlyList<FileWrite> writes)
    {
        var rounds = new List<List<FileWrite>>();
        var seen = new Dictionary<long, int>();
        foreach (var write in writes)
        {
            var round = seen.GetValueOrDefault(write.Event.IngestId);
            seen[write.Event.IngestId] = round + 1;
            if (round == rounds.Count) rounds.Add([]);
            rounds[round].Add(write);
        }

        return rounds;
    }
}
