using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.PageTests.Web;

/// <summary>X-Forwarded-For counts only from a configured proxy: the per-address limit cannot be dodged by a header.</summary>
public class ForwardedHeadersTests
{
    private const string Proxy = "10.0.0.5";

    [Theory]
    [InlineData(true, HttpStatusCode.OK)]
    [InlineData(false, HttpStatusCode.TooManyRequests)]
    public async Task TwoClientsBehindAProxy_HaveTheirOwnLimitOnlyWhenTheProxyIsTrusted(bool trusted, HttpStatusCode second)
    {
        using var portal = new PortalFactory { ExtraServices = services => services.AddSingleton<IStartupFilter, FromProxy>() };
        portal.Settings["RateLimits:ApiPermitLimit"] = "1";
        if (trusted)
        {
            portal.Settings["ForwardedHeaders:KnownProxies:0"] = Proxy;
        }

        var client = portal.CreateBrowserlessClient();

        Assert.Equal(HttpStatusCode.OK, await PostAsync(client, "198.51.100.1"));
        Assert.Equal(second, await PostAsync(client, "198.51.100.2"));
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/concerns/route") { Content = JsonContent.Create(Scenario.All[1].Request) };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    // Every request arrives from the same load balancer, as it would in production.
    private sealed class FromProxy : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(Proxy);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
