using System.Net;
using System.Net.Sockets;

namespace LaserGrains.Tests.Common;

/// <summary>
/// A loopback TCP relay a test can cut and restore, to play a database outage without stopping the shared server:
/// cutting drops every relayed connection and refuses new ones; restoring listens again on the same port.
/// </summary>
public sealed class TcpForwarder : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly List<TcpClient> _open = [];
    private TcpListener? _listener;
    private CancellationTokenSource _cut = new();

    private readonly IPAddress _listenOn;

    public TcpForwarder(string targetHost, int targetPort) : this(targetHost, targetPort, IPAddress.Loopback) { }

    /// <summary>A relay listening on <paramref name="listenOn"/>: loopback, or an address the test itself gave a bridge of its own.</summary>
    public TcpForwarder(string targetHost, int targetPort, IPAddress listenOn)
    {
        _listenOn = listenOn;
        _target = new IPEndPoint(IPAddress.Parse(targetHost), targetPort);
        var probe = new TcpListener(listenOn, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Listen();
    }

    /// <summary>The loopback port to connect to instead of the target's.</summary>
    public int Port { get; }

    /// <summary>Drops every relayed connection and refuses new ones until <see cref="Restore"/>.</summary>
    public void Cut()
    {
        _listener?.Stop();
        _listener = null;
        _cut.Cancel();
        lock (_open)
        {
            foreach (var c in _open) c.Dispose();
            _open.Clear();
        }
    }

    public void Restore()
    {
        if (_listener is not null) return;
        _cut.Dispose();
        _cut = new CancellationTokenSource();
        Listen();
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        _cut.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Listen()
    {
        var listener = new TcpListener(_listenOn, Port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        _listener = listener;
        _ = AcceptAsync(listener, _cut.Token);
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken cut)
    {
        while (!cut.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await listener.AcceptTcpClientAsync(cut);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = RelayAsync(inbound, cut);
        }
    }

    private async Task RelayAsync(TcpClient inbound, CancellationToken cut)
    {
        var outbound = new TcpClient();
        lock (_open)
        {
            _open.Add(inbound);
            _open.Add(outbound);
        }

        try
        {
            await outbound.ConnectAsync(_target, cut);
            var a = inbound.GetStream();
            var b = outbound.GetStream();
            await Task.WhenAny(a.CopyToAsync(b, cut), b.CopyToAsync(a, cut));
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // The test cut the line, or one side hung up: either way this relay is over.
        }
        finally
        {
            inbound.Dispose();
            outbound.Dispose();
            lock (_open)
            {
                _open.Remove(inbound);
                _open.Remove(outbound);
            }
        }
    }
}
