using LaserGrains.LoadGen.Load;
using LaserGrains.LoadGen.Report;
using Xunit;

namespace LaserGrains.Tests.Unit.LoadGen;

public class SlowSecondsTests
{
    private static UploadSample Sample(double dueSeconds, double answerMs, bool measured = true, int status = 201) => new()
    {
        Due = TimeSpan.FromSeconds(dueSeconds),
        Measured = measured,
        Answer = TimeSpan.FromMilliseconds(answerMs),
        Status = status,
        IngestId = 1,
    };

    [Fact]
    public void Worst_GroupsByTheSecondAnUploadWasDue_SlowestFirst()
    {
        UploadSample[] samples =
        [
            Sample(0.1, 10), Sample(0.9, 12),
            Sample(1.2, 900), Sample(1.5, 20), Sample(1.7, 30),
            Sample(2.0, 40),
        ];

        var worst = SlowSeconds.Worst(samples, 2);

        Assert.Equal([new SecondOfRun(1, 3, 30, 900), new SecondOfRun(2, 1, 40, 40)], worst);
    }

    [Fact]
    public void Worst_LeavesOutWarmUpAndRefusedUploads()
    {
        UploadSample[] samples = [Sample(0.5, 5000, measured: false), Sample(3.5, 4000, status: 429), Sample(4.1, 15)];

        var worst = SlowSeconds.Worst(samples, 5);

        Assert.Equal([new SecondOfRun(4, 1, 15, 15)], worst);
    }
}
