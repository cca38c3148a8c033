using System.Globalization;
using LaserGrains.LoadGen.Measure;

namespace LaserGrains.LoadGen.Report;

/// <summary>Writes a <see cref="RunResult"/> as a table a person can read.</summary>
public static class TablePrinter
{
    public static void Print(RunResult r, TextWriter w)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(w);
        var c = CultureInfo.InvariantCulture;
        w.WriteLine(string.Create(c, $"LaserGrains load: {r.File} ({r.FileBytes} B + a varied 999 comment), {r.Mode}, {(r.Wait ? "wait" : "no-wait")}, {r.DurationSeconds:0.#} s after {r.WarmupSeconds:0.#} s warm-up, {string.Join(' ', r.Gateways)}"));
        w.WriteLine(string.Create(c, $"load average: start {r.LoadAverageStart}, end {r.LoadAverageEnd}"));
        w.WriteLine(string.Create(c, $"accepted {r.Accepted} of {r.Sent} sent: {r.AcceptedPerSecond:0.0} files/s"));
        w.WriteLine();
        w.WriteLine("| latency, ms | n | p50 | p90 | p99 | max |");
        w.WriteLine("|---|---|---|---|---|---|");
        Row(w, "upload answer", r.UploadAnswerMs);
        Row(w, "upload → completed", r.UploadToCompletedMs);
        Row(w, "upload → DesignFile", r.UploadToDesignFileMs);
        w.WriteLine();
        w.WriteLine("| CPU | seconds | ms per file | processes | gone meanwhile |");
        w.WriteLine("|---|---|---|---|---|");
        foreach (var cpu in r.Cpu) w.WriteLine(string.Create(c, $"| {cpu.Name} | {cpu.Seconds:0.00} | {Num(cpu.MsPerFile, "0.00")} | {cpu.Processes} | {cpu.Vanished} |"));
        var pg = r.Postgres;
        w.WriteLine();
        w.WriteLine(string.Create(c, $"PostgreSQL per file: {Num(pg.CommitsPerFile, "0.00")} commits ({pg.Commits} in all, the generator's own {pg.OwnStatements} taken out; {pg.Rollbacks} rollbacks), {Num(pg.InsertsPerFile, "0.00")} inserts, {Num(pg.UpdatesPerFile, "0.00")} updates, {Num(pg.DeletesPerFile, "0.00")} deletes"));
        w.WriteLine(string.Create(c, $"errors: {(r.Errors.Count == 0 ? "none" : string.Join(", ", r.Errors.Select(e => $"{e.Key} ×{e.Value}")))}"));
        w.WriteLine(string.Create(c, $"slowest seconds of the run (second: answer max / p50 ms, uploads due): {string.Join("; ", r.SlowestSeconds.Select(x => string.Create(c, $"{x.Second}: {x.MaxMs:0} / {x.P50Ms:0}, {x.Uploads}")))}"));
        var s = r.Settlement;
        w.WriteLine(string.Create(c, $"settled: {(s.AllSettled ? "yes" : "NO")}: {s.Accepted} accepted (warm-up included), {s.Completed} completed, {s.Failed} failed, {s.Unsettled} unsettled, {s.DesignFiles} DesignFiles ({s.DesignFilesMissing} missing), {s.SecondsToSettle:0.0} s after the load stopped"));
    }

    private static void Row(TextWriter w, string name, LatencySummary l) =>
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {l.Count} | {Num(l.P50, "0.0")} | {Num(l.P90, "0.0")} | {Num(l.P99, "0.0")} | {Num(l.Max, "0.0")} |"));

    private static string Num(double? v, string format) => v is { } x ? x.ToString(format, CultureInfo.InvariantCulture) : "–";
}
