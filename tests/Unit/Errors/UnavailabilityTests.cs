using System.Runtime.CompilerServices;
using LaserGrains.Gateway.Errors;
using Npgsql;
using Xunit;

namespace LaserGrains.Tests.Unit.Errors;

// Found by deploy/fault-suite.sh: during a PostgreSQL restart a PostgresException without its SqlState reached the
// handler, which threw, and the upload was answered 500 instead of 503.
public class UnavailabilityTests
{
    [Fact]
    public void Is_AdminShutdown_IsAnOutage() =>
        Assert.True(Unavailability.Is(new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01")));

    [Fact]
    public void Is_UniqueViolation_IsNotAnOutage() =>
        Assert.False(Unavailability.Is(new PostgresException("duplicate key value", "ERROR", "ERROR", "23505")));

    [Fact]
    public void Is_PostgresExceptionWithoutItsFields_DoesNotThrow()
    {
        var bare = (PostgresException)RuntimeHelpers.GetUninitializedObject(typeof(PostgresException));

        Assert.False(Unavailability.Is(bare));
    }

    [Fact]
    public void Is_StorageErrorNamingAnAdminShutdown_IsAnOutage()
    {
        var storage = new OrleansException("Error from storage provider AdoNetGrainStorage.file during WriteStateAsync for grain file/C9\n\nExc level 0: Npgsql.PostgresException: 57P01: terminating connection due to administrator command");

        Assert.True(Unavailability.Is(storage));
    }

    [Fact]
    public void Is_StorageErrorNamingAConstraint_IsNotAnOutage()
    {
        var storage = new OrleansException("Error from storage provider AdoNetGrainStorage.file during WriteStateAsync\n\nExc level 0: Npgsql.PostgresException: 23505: duplicate key value");

        Assert.False(Unavailability.Is(storage));
    }
}
