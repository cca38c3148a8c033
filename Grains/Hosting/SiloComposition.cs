using LaserGrains.Shared.Hosting;
using LaserGrains.Grains.Webhooks;
using LaserGrains.Grains.Webhooks.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LaserGrains.Grains.Hosting;

/// <summary>
/// What every silo hosting LaserGrains' grains needs, whoever hosts it: grain storage and reminders on PostgreSQL, the
/// storage serializer, the grains' services and webhook delivery. The silo process and the grain test host both call it,
/// so tests run the composition that runs in production; clustering, endpoints and the dashboard stay with the host.
/// </summary>
public static class SiloComposition
{
    private const string Invariant = "Npgsql";

    public static ISiloBuilder AddLaserGrains(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        // Options are read when the silo starts, so a host may add its configuration after this call.
        foreach (var name in StorageNames.All)
        {
            silo.AddAdoNetGrainStorage(name, o => o.Configure<IOptions<DatabaseOptions>>((s, db) =>
            {
                s.Invariant = Invariant;
                s.ConnectionString = db.Value.ConnectionString;
            }));
        }

        silo.UseAdoNetReminderService(o => o.Configure<IOptions<DatabaseOptions>>((r, db) =>
        {
            r.Invariant = Invariant;
            r.ConnectionString = db.Value.ConnectionString;
        }));
        // Webhook retries use a reminder as backstop; a test may shorten its period below Orleans' 1-minute floor.
        silo.Services.AddOptions<ReminderOptions>().Configure<IOptions<WebhookOptions>>((r, w) =>
        {
            if (w.Value.ReminderPeriod < r.MinimumReminderPeriod) r.MinimumReminderPeriod = w.Value.ReminderPeriod;
        });
        // So does the sweep of accepted files (Files/Sweep).
        silo.Services.AddOptions<ReminderOptions>().Configure<IOptions<Files.FileGrainOptions>>((r, f) =>
        {
            if (f.Value.SweepPeriod < r.MinimumReminderPeriod) r.MinimumReminderPeriod = f.Value.SweepPeriod;
        });
        silo.UseSystemTextJsonGrainStorageSerializer();
        silo.Services.AddLaserGrainsServices();
        silo.Services.AddLaserGrainsWebhooks();
        return silo;
    }
}
