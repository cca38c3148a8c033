using LaserGrains.Grains.Extraction.Detection;
using LaserGrains.Grains.Interfaces.Files;

namespace LaserGrains.Grains.Extraction;

/// <summary>Detects a file's kind from its bytes and runs the matching extractor within the limits.</summary>
public sealed class ExtractionPipeline(IEnumerable<IFileExtractor> extractors)
{
    private readonly IReadOnlyList<IFileExtractor> _extractors = extractors.ToList();

    /// <summary>Never throws for bad input: every failure becomes a reason on the outcome.</summary>
    public async Task<ExtractionOutcome> RunAsync(
        Func<Stream> open, string originalFilename, ExtractionContext template, CancellationToken cancellationToken)
    {
        DetectionResult detection;
        await using (var head = open())
        {
            var buffer = new byte[ContentDetector.HeadLength];
            var read = await head.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
            detection = ContentDetector.Detect(buffer.AsSpan(0, read), originalFilename);
        }

        var extractor = _extractors.FirstOrDefault(e => e.CanExtract(detection.Kind));
        if (extractor is null)
        {
            return detection.Kind is FileKind.Unknown or FileKind.Zip
                ? Failed(detection, "unsupported_kind", UnsupportedMessage(detection.Kind))
                : new ExtractionOutcome
                {
                    Kind = detection.Kind, ExtensionMismatch = detection.ExtensionMismatch,
                    Result = new ExtractionResult { Kind = detection.Kind, Warnings = [$"No content extractor is installed for {detection.Kind}."] },
                };
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(template.Limits.Timeout);
        var context = template with { Kind = detection.Kind, OriginalFilename = originalFilename };
        try
        {
            // Extractors are CPU-bound and synchronous: run them off the caller's scheduler.
            var result = await Task.Run(
                () =>
                {
                    using var stream = open();
                    return extractor.Extract(stream, context, timeout.Token);
                },
                timeout.Token);
            return new ExtractionOutcome
            {
                Kind = result.Kind, ExtensionMismatch = detection.ExtensionMismatch, Result = result,
                Extractor = extractor.Name, ExtractorVersion = extractor.Version,
            };
        }
        catch (ExtractionFailedException ex)
        {
            return Failed(detection, ex.Code, ex.Message, extractor);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(detection, "timeout", FailureReasons.Timeout(template.Limits.Timeout), extractor);
        }
#pragma warning disable CA1031 // A parser bug on hostile input must become a failed file, never a crashed silo.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            // The exception's own message is for developers (and may quote internals): the person gets a sentence.
            return Failed(detection, "invalid_file", FailureReasons.Unreadable(detection.Kind), extractor);
        }
    }

    private static string UnsupportedMessage(FileKind kind) => kind switch
    {
        FileKind.Unknown => "The file's content is not a kind LaserGrains reads (DXF, PDF, XLSX, XLS, CSV, LightBurn, SVG or an image).",
        _ => $"No extractor reads {kind} files.",
    };

    private static ExtractionOutcome Failed(DetectionResult d, string code, string reason, IFileExtractor? e = null) => new()
    {
        Kind = d.Kind, ExtensionMismatch = d.ExtensionMismatch, FailureCode = code, FailureReason = FailureReasons.Choose(code, d.Kind, reason),
        Extractor = e?.Name ?? "none", ExtractorVersion = e?.Version ?? "0",
    };
}
