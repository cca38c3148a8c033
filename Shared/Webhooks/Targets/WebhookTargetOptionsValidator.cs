using Microsoft.Extensions.Options;

namespace LaserGrains.Shared.Webhooks.Targets;

/// <summary>Start-up check of LG_WEBHOOK_ALLOWED_TARGETS that names the entries it could not read.</summary>
public sealed class WebhookTargetOptionsValidator : IValidateOptions<WebhookTargetOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookTargetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return TargetAllowList.Problem(options.AllowedTargets, out _) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
