using LaserGrains.Tests.Common;

namespace LaserGrains.Tests.Integration.Hosting;

/// <summary>The deploy/sql scripts: idempotent, versioned, and complete for the Orleans providers.</summary>
public sealed class SchemaTests
{
    private static readonly string[] RequiredQueryKeys =
    [
        "UpdateIAmAlivetimeKey", "InsertMembershipVersionKey", "InsertMembershipKey", "UpdateMembershipKey",
        "MembershipReadRowKey", "MembershipReadAllKey", "DeleteMembershipTableEntriesKey", "GatewaysQueryKey",
        "CleanupDefunctSiloEntriesKey",
        "WriteToStorageKey", "ReadFromStorageKey", "ClearStorageKey", "DeleteStorageKey",
        "UpsertReminderRowKey", "ReadReminderRowsKey", "ReadReminderRowKey", "ReadRangeRows1Key", "ReadRangeRows2Key",
        "DeleteReminderRowKey", "DeleteReminderRowsKey",
    ];

    [Fact]
    public async Task ApplySchema_Twice_IsHarmlessAndRecordsEachScriptOnce()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using (var cmd = db.CreateDataSource().CreateCommand("SELECT nextval('lg_ingest_id_seq')"))
        {
            await cmd.ExecuteScalarAsync();
        }

        await db.ApplySchemaAsync();

        var scripts = Directory.GetFiles(Path.Combine(TestEnvironment.RepoRoot, "deploy", "sql"), "*.sql").Length;
        Assert.Equal(scripts, await db.ScalarAsync<long>("SELECT count(*) FROM lg_schema_version"));
        Assert.Equal(2, await db.ScalarAsync<long>("SELECT nextval('lg_ingest_id_seq')"));
    }

    [Fact]
    public async Task CatalogIndexes_NoneIsALeadingPartOfAnother()
    {
        // Every index costs each catalog write an entry; one whose columns lead another serves nothing the other does not.
        await using var db = await TestDatabase.CreateAsync();
        await using var cmd = db.CreateDataSource().CreateCommand("""
            SELECT c.relname, pg_get_indexdef(i.indexrelid)
            FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
            WHERE i.indrelid = 'lg_files'::regclass AND i.indpred IS NULL AND i.indexprs IS NULL AND NOT i.indisunique
            """);
        var columns = new Dictionary<string, string>();
        await using (var reader = await cmd.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var definition = reader.GetString(1);
                if (!definition.Contains("USING btree", StringComparison.Ordinal)) continue;
                columns[reader.GetString(0)] = definition[(definition.IndexOf('(', StringComparison.Ordinal) + 1)..definition.LastIndexOf(')')];
            }
        }

        Assert.True(columns.Count >= 10, $"only {columns.Count} plain btree indexes found on lg_files");
        var redundant = columns
            .SelectMany(a => columns.Where(b => b.Key != a.Key && b.Value.StartsWith(a.Value + ",", StringComparison.Ordinal))
                .Select(b => $"{a.Key} ({a.Value}) leads {b.Key} ({b.Value})"))
            .ToList();
        Assert.Empty(redundant);
    }

    [Fact]
    public async Task OrleansQuery_HasEveryKeyTheProvidersRead()
    {
        await using var db = await TestDatabase.CreateAsync();

        foreach (var key in RequiredQueryKeys)
        {
            Assert.Equal(1, await db.ScalarAsync<long>($"SELECT count(*) FROM OrleansQuery WHERE QueryKey = '{key}'"));
        }
    }
}
