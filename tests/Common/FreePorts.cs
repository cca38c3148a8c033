using System.Net;
using System.Net.Sockets;

namespace LaserGrains.Tests.Common;

/// <summary>Loopback ports that are free right now, so parallel test hosts never collide.</summary>
/// <remarks>
/// Ports come from below the kernel's ephemeral range (32768–60999 on Linux): a port the kernel handed out for
/// "any free port" can be taken moments later as the local end of an outgoing connection (a database pool, an HTTP
/// client), and the host meant to listen on it then cannot bind. Each port is handed out once per test process.
/// </remarks>
public static class FreePorts
{
    private const int First = 20000;
    private const int Last = 32000;
    private static readonly HashSet<int> HandedOut = [];
    private static readonly Lock Gate = new();

    public static int Next()
    {
        lock (Gate)
        {
            for (var attempt = 0; attempt < 1000; attempt++)
            {
                var port = Random.Shared.Next(First, Last);
                if (HandedOut.Contains(port) || !Bindable(port)) continue;
                HandedOut.Add(port);
                return port;
            }
        }

        throw new InvalidOperationException($"No free loopback port between {First} and {Last}.");
    }

    private static bool Bindable(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
