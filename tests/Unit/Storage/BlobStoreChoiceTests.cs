using LaserGrains.Shared.Storage;
using Xunit;

namespace LaserGrains.Tests.Unit.Storage;

/// <summary>LG_BLOB_STORE: an explicit choice wins; "auto" picks PostgreSQL when the database is on another machine.</summary>
public sealed class BlobStoreChoiceTests
{
    [Theory]
    [InlineData("Host=127.0.0.1;Port=55432;Database=x", BlobStoreKind.FileSystem)]
    [InlineData("Host=localhost;Database=x", BlobStoreKind.FileSystem)]
    [InlineData("Host=::1;Database=x", BlobStoreKind.FileSystem)]
    [InlineData("Host=/var/run/postgresql;Database=x", BlobStoreKind.FileSystem)]
    [InlineData("Host=127.0.0.1:5432,localhost:5433;Database=x", BlobStoreKind.FileSystem)]
    [InlineData("Host=db.internal;Database=x", BlobStoreKind.Postgres)]
    [InlineData("Host=10.20.0.1;Port=5432;Database=x", BlobStoreKind.Postgres)]
    [InlineData("Host=127.0.0.1,db2.internal;Database=x", BlobStoreKind.Postgres)]
    [InlineData(null, BlobStoreKind.FileSystem)]
    public void Auto_FollowsWhereTheDatabaseIs(string? connectionString, BlobStoreKind expected) =>
        Assert.Equal(expected, BlobStoreChoice.Resolve("auto", connectionString));

    [Theory]
    [InlineData("filesystem", "Host=db.internal", BlobStoreKind.FileSystem)]
    [InlineData("postgres", "Host=127.0.0.1", BlobStoreKind.Postgres)]
    [InlineData(null, "Host=db.internal", BlobStoreKind.Postgres)]
    public void ExplicitChoice_Wins(string? kind, string connectionString, BlobStoreKind expected) =>
        Assert.Equal(expected, BlobStoreChoice.Resolve(kind, connectionString));
}
