using System.Net;
using System.Net.Sockets;
using System.Text;
using SafeguardingPortal.PageTests.Concerns.Inbox;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Web;

/// <summary>
/// With a collector named by the standard OTEL_EXPORTER_OTLP_ENDPOINT, the portal's metrics reach it over OTLP: here
/// an HTTP listener on loopback plays the collector and reads what arrives at /v1/metrics.
/// </summary>
public sealed class MetricsExportTests
{
    [Fact]
    public async Task The_portal_s_metrics_are_exported_to_the_configured_OTLP_collector()
    {
        var port = FreePort();
        using var collector = new HttpListener { Prefixes = { $"http://127.0.0.1:{port}/" } };
        collector.Start();
        await using var portal = new PortalFactory();
        portal.Settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{port}";
        portal.Settings["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        portal.Settings["OTEL_METRIC_EXPORT_INTERVAL"] = "200";

        await InboxConcerns.SubmitAsync(portal, "S02");

        // Protobuf keeps strings as UTF-8, so the metric's name can be found in the body as it is.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var context = await collector.GetContextAsync().WaitAsync(timeout.Token);
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body, timeout.Token);
            context.Response.StatusCode = 200;
            context.Response.Close();
            if (context.Request.Url!.AbsolutePath == "/v1/metrics" && Encoding.UTF8.GetString(body.ToArray()).Contains("portal.concerns.submitted", StringComparison.Ordinal))
            {
                Assert.Contains("safeguarding-portal", Encoding.UTF8.GetString(body.ToArray()), StringComparison.Ordinal);
                return;
            }
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
