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
    public async Task OrleansQuery_HasEveryKeyTheProvidersRead()
    {
        await using var db = await TestDatabase.CreateAsync();

        foreach (var key in RequiredQueryKeys)
        {
            Assert.Equal(1, await db.ScalarAsync<long>($"SELECT count(*) FROM OrleansQuery WHERE QueryKey = '{key}'"));
        }
    }
}
