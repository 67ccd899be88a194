using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CrmTelnyx.Tests.Features.Calls.Recordings;

/// <summary>A storage host on a local port that answers every download as S3 does once a pre-signed link has expired: 403.</summary>
internal sealed class ExpiredLinkServer : IAsyncDisposable
{
    private const string Body = "<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>";
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly Task serving;
    private int requests;

    public ExpiredLinkServer()
    {
        listener.Start();
        serving = ServeAsync();
    }

    public int Requests => Volatile.Read(ref requests);

    public string Url(string path) => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/{path}";

    private async Task ServeAsync()
    {
        try
        {
            while (true)
            {
                using var client = await listener.AcceptTcpClientAsync(stop.Token);
                var stream = client.GetStream();
                var received = new StringBuilder();
                var buffer = new byte[4096];
                while (!received.ToString().Contains("\r\n\r\n"))
                {
                    var read = await stream.ReadAsync(buffer, stop.Token);
                    if (read == 0) break;
                    received.Append(Encoding.ASCII.GetString(buffer, 0, read));
                }
                Interlocked.Increment(ref requests);
                await stream.WriteAsync(Encoding.ASCII.GetBytes(
                    $"HTTP/1.1 403 Forbidden\r\nContent-Type: application/xml\r\nContent-Length: {Body.Length}\r\nConnection: close\r\n\r\n{Body}"), stop.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException or IOException)
        {
            // Stopped.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await serving;
        stop.Dispose();
    }
}
