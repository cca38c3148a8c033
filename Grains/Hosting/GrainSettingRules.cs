using LaserGrains.Grains.Extraction.CutTime;
using LaserGrains.Grains.Extraction.Naming;
using LaserGrains.Grains.Webhooks.Delivery;
using LaserGrains.Shared.Hosting;

namespace LaserGrains.Grains.Hosting;

/// <summary>The silo's stricter rules: its files and schedule must not only exist but parse, before anything uses them.</summary>
public static class GrainSettingRules
{
    public static IReadOnlyDictionary<string, SettingRule> Stricter { get; } = new Dictionary<string, SettingRule>
    {
        ["LG_MATERIALS_FILE"] = SettingChecks.LoadableFile(p => MaterialCatalog.Load(p)),
        ["LG_CUT_SPEEDS_FILE"] = SettingChecks.LoadableFile(p => CutSpeedTable.Load(p)),
        ["LG_WEBHOOK_RETRY_SCHEDULE"] = SettingChecks.Parses(v => RetrySchedule.Parse(v)),
    };
}
