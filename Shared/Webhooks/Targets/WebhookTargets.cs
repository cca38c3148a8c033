using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace LaserGrains.Shared.Webhooks.Targets;

/// <summary>
/// Decides where a webhook may go: when a subscription is created or changed (its URL's host, resolved) and again
/// for every connection (the sender's ConnectCallback), so a DNS answer that changes in between cannot reach inside.
/// </summary>
public sealed class WebhookTargets
{
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> _resolve;

    public WebhookTargets(IOptions<WebhookTargetOptions> options) : this(Parse(options), Dns.GetHostAddressesAsync)
    {
    }

    /// <summary>With a resolver of one's own: unit tests answer names without asking any DNS server.</summary>
    public WebhookTargets(TargetAllowList allowList, Func<string, CancellationToken, Task<IPAddress[]>> resolve)
    {
        AllowList = allowList;
        _resolve = resolve;
    }

    public TargetAllowList AllowList { get; }

    /// <summary>Null when deliveries to <paramref name="url"/> would be allowed; otherwise a sentence for a 400 problem.</summary>
    public async Task<string?> ProblemAsync(string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return "url must be an absolute http or https URL.";
        var host = Host(uri);
        if (AllowList.AllowsName(host, uri.Port)) return null;
        IPAddress[] addresses;
        try
        {
            addresses = await AddressesAsync(host, cancellationToken);
        }
        catch (SocketException ex)
        {
            return $"url's host {host} could not be resolved ({ex.SocketErrorCode}); a webhook's host must resolve to an allowed address.";
        }

        if (addresses.Length == 0) return $"url's host {host} resolves to no address.";
        foreach (var address in addresses)
        {
            if (AllowList.Refusal(address, uri.Port) is { } why)
            {
                var via = IPAddress.TryParse(host, out _) ? "" : $"{host} resolves to {address}; ";
                return $"url is refused: {via}{why}. Webhooks reach only public addresses unless an operator allows the host or range in {TargetAllowList.Variable}.";
            }
        }

        return null;
    }

    /// <summary>The addresses a connection to <paramref name="host"/>:<paramref name="port"/> may use, in resolver order; throws when none.</summary>
    public async Task<IReadOnlyList<IPAddress>> AllowedAddressesAsync(string host, int port, CancellationToken cancellationToken)
    {
        host = host.Trim('[', ']');
        var addresses = await AddressesAsync(host, cancellationToken);
        if (AllowList.AllowsName(host, port)) return addresses;
        var allowed = addresses.Where(a => AllowList.Refusal(a, port) is null).ToList();
        if (allowed.Count > 0) return allowed;
        var why = addresses.Length == 0 ? $"{host} resolves to no address" : AllowList.Refusal(addresses[0], port)!;
        throw new WebhookTargetRefusedException($"connection refused by LaserGrains: {why}");
    }

    /// <summary>The URL's host without IPv6 brackets and without a trailing dot.</summary>
    public static string Host(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.IdnHost.Trim('[', ']').TrimEnd('.');
    }

    private Task<IPAddress[]> AddressesAsync(string host, CancellationToken cancellationToken) =>
        IPAddress.TryParse(host, out var literal) ? Task.FromResult(new[] { literal }) : _resolve(host, cancellationToken);

    private static TargetAllowList Parse(IOptions<WebhookTargetOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return TargetAllowList.Parse(options.Value.AllowedTargets);
    }
}
