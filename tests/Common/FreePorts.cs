using System.Net;
using System.Net.Sockets;

namespace LaserGrains.Tests.Common;

/// <summary>Loopback ports that are free right now, so parallel test hosts never collide.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
