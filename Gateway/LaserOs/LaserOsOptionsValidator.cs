using LaserGrains.Shared.Webhooks;
using Microsoft.Extensions.Options;

namespace LaserGrains.Gateway.LaserOs;

/// <summary>Refuses to start with a secret that could never verify anything, instead of answering 401 forever.</summary>
public sealed class LaserOsOptionsValidator : IValidateOptions<LaserOsOptions>
{
    public ValidateOptionsResult Validate(string? name, LaserOsOptions options)
    {
        var failures = new List<string>();
        var parts = options.Secrets.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            if (!WebhookSecret.TryParse(parts[i], out _, out var problem)) failures.Add($"LG_RECEIVER_SECRETS entry {i + 1}: {problem}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
