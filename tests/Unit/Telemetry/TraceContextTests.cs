using System.Diagnostics;
using LaserGrains.Shared.Telemetry;
using Xunit;

namespace LaserGrains.Tests.Unit.Telemetry;

/// <summary>The W3C text a file keeps: the current trace when there is one, else a new one; and its trace id read back.</summary>
public sealed class TraceContextTests
{
    [Fact]
    public void The_current_W3C_activity_is_kept()
    {
        using var activity = new Activity("upload").SetIdFormat(ActivityIdFormat.W3C).Start();
        var kept = TraceContext.CurrentOrNew();
        Assert.Equal(activity.Id, kept);
        Assert.Equal(activity.TraceId.ToHexString(), TraceContext.TraceIdOf(kept));
        Assert.Equal(activity.SpanId, TraceContext.Parse(kept).SpanId);
    }

    [Fact]
    public void Without_an_activity_every_call_starts_another_trace()
    {
        Assert.Null(Activity.Current);
        var a = TraceContext.CurrentOrNew();
        var b = TraceContext.CurrentOrNew();
        Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-01$", a);
        Assert.NotEqual(TraceContext.TraceIdOf(a), TraceContext.TraceIdOf(b));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("00-zz-00f067aa0ba902b7-01")]
    [InlineData("garbage")]
    public void Missing_or_malformed_text_has_no_trace_id(string? text) => Assert.Null(TraceContext.TraceIdOf(text));
}
