using System.Net;
using System.Net.Sockets;
using LaserGrains.Shared.Webhooks.Targets;

namespace LaserGrains.Grains.Webhooks.Delivery;

/// <summary>
/// The webhook client's ConnectCallback: resolves the host itself, keeps only the addresses the target rule allows
/// and connects to one of those, so the address checked is the address connected to (no DNS swap after a check).
/// </summary>
internal static class GuardedConnect
{
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Using(WebhookTargets targets) =>
        async (context, cancellationToken) =>
        {
            var endpoint = context.DnsEndPoint;
            var addresses = await targets.AllowedAddressesAsync(endpoint.Host, endpoint.Port, cancellationToken);
            SocketException? last = null;
            foreach (var address in addresses)
            {
                var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch (SocketException ex)
                {
                    socket.Dispose();
                    last = ex; // the next allowed address may answer
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            }

            throw last!;
        };
}
